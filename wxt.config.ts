import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are the least the product needs (see PRIVACY.md): hosts are optional and asked for
// per source at run time; any other page is analysed on demand through activeTab.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    // UI strings live in public/_locales; Chrome refuses to load an extension with locales but no default.
    default_locale: 'en',
    description: "See where outlets' reports of the same event disagree: figures and attributions, compared on your machine.",
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Parallax' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parallax@parallax.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
