import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * PARALLAX_TEST_HOSTS=1 builds the end-to-end / demo extension into its own folder
 * (.output/e2e-<browser>-mv<n>). Headless Chromium cannot click a permission prompt, so that
 * build alone is granted http://127.0.0.1/* and http://localhost/* (the local fixture server) and
 * runs the reader script there from the manifest. The store build never has these: it has no
 * host permission at install, only optional ones asked per source (see PRIVACY.md).
 */
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
const TEST_HOSTS = process.env.PARALLAX_TEST_HOSTS === '1' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];

/**
 * lib/ui/i18n.ts bundles the English messages into every page (its fallback and its key types).
 * The translators' notes ("description") in that file are for people, not for the pages: each
 * page would carry them, so they are dropped from the bundled copy (the store file keeps them).
 */
function messagesWithoutNotes(): Plugin {
  return {
    name: 'parallax:messages-without-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/_locales[\\/]en[\\/]messages\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, { description?: string }>;
      for (const entry of Object.values(messages)) delete entry.description;
      return { code: JSON.stringify(messages), map: null };
    },
  };
}

// Permissions are the least the product needs (see PRIVACY.md): hosts are optional and asked for
// per source at run time; any other page is analysed on demand through activeTab.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  ...(TEST_HOSTS.length ? { outDirTemplate: 'e2e-{{browser}}-mv{{manifestVersion}}' } : {}),
  vite: () => ({ plugins: [preact(), messagesWithoutNotes()] }),
  manifest: ({ browser, manifestVersion }) => ({
    // Name and description come from public/_locales (extName, extDescription), so the browser and
    // the store show them in the reader's language; the English file holds the English text.
    name: '__MSG_extName__',
    // Required: the UI's strings are in public/_locales, and Chrome refuses to load an extension
    // with _locales but no default_locale (checked: the service worker never starts). Keep this line.
    default_locale: 'en',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // Firefox's MV2 manifest has no optional_host_permissions: hosts go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: OPTIONAL_HOSTS } : { optional_host_permissions: OPTIONAL_HOSTS }),
    ...(TEST_HOSTS.length ? { host_permissions: TEST_HOSTS } : {}),
    action: { default_title: 'Parallax' },
    // Firefox 140 (142 on Android) is the first to read data_collection_permissions, where we
    // declare that nothing is collected; earlier versions would ignore the declaration.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parallax@parallax.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
  hooks: {
    // The test build runs the reader script on the local fixture server from the manifest; the
    // store build registers it at run time for the reader's chosen sources only.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!TEST_HOSTS.length) return;
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({ matches: TEST_HOSTS, js: ['content-scripts/reader.js'], run_at: 'document_idle' });
    },
  },
});
