import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'wxt';

/**
 * The built manifests against PRIVACY.md's permission table: what a store reviewer reads must be
 * what the extension asks for. Builds the store builds (never the test-hosts build) into a
 * scratch folder.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
type Manifest = { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[]; optional_permissions?: string[]; content_scripts?: unknown; content_security_policy?: unknown; sidebar_action?: unknown; browser_specific_settings?: unknown };
const manifests: Record<string, Manifest> = {};

function documentedPermissions(): Set<string> {
  const privacy = readFileSync(join(root, 'PRIVACY.md'), 'utf8');
  const table = privacy.slice(privacy.indexOf('## Permissions'));
  const names = new Set<string>();
  for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
    const firstCell = row.split('|')[1] ?? '';
    for (const [, name] of firstCell.matchAll(/`([^`]+)`/g)) names.add(name!);
  }
  return names;
}

beforeAll(async () => {
  delete process.env.PARALLAX_TEST_HOSTS;
  for (const browser of ['chrome', 'firefox'] as const) {
    const outDir = mkdtempSync(join(tmpdir(), `parallax-manifest-${browser}-`));
    await build({ root, browser, outDir, logger: { debug() {}, log() {}, info() {}, warn() {}, error: console.error, fatal: console.error, success() {}, level: 0 } as never });
    const folder = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
    manifests[browser] = JSON.parse(readFileSync(join(outDir, folder, 'manifest.json'), 'utf8'));
  }
}, 120_000);

describe.each(['chrome', 'firefox'])('the %s store build', (browser) => {
  it('asks for no host at install: hosts are optional, per source', () => {
    const manifest = manifests[browser]!;
    const hostsAtInstall = [
      ...(manifest.host_permissions ?? []),
      ...((manifest.permissions ?? []) as string[]).filter((p) => p.includes('://') || p === '<all_urls>'),
    ];
    expect(hostsAtInstall).toEqual([]);
    const optional = (manifest.optional_host_permissions ?? manifest.optional_permissions ?? []) as string[];
    expect(optional.length).toBeGreaterThan(0);
  });

  it('declares no content script for all pages (they are registered per source at run time)', () => {
    const scripts = (manifests[browser]!.content_scripts ?? []) as Array<{ matches: string[] }>;
    expect(scripts.flatMap((s) => s.matches)).toEqual([]);
  });

  it('asks only for permissions that PRIVACY.md explains', () => {
    const documented = documentedPermissions();
    const asked = (manifests[browser]!.permissions ?? []) as string[];
    expect(asked.filter((p) => !documented.has(p))).toEqual([]);
  });

  it('keeps the default content security policy and loads no remote code', () => {
    const manifest = manifests[browser]!;
    expect(manifest.content_security_policy).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!\*)/);
  });
});

it('PRIVACY.md explains every permission the store builds ask for, and no more', () => {
  const asked = new Set(Object.values(manifests).flatMap((m) => (m.permissions ?? []) as string[]));
  const documented = [...documentedPermissions()].filter((p) => !p.includes('_action'));
  expect(documented.filter((p) => !asked.has(p))).toEqual([]);
});

it('the Firefox build shows the panel as a sidebar and has an add-on id', () => {
  const manifest = manifests.firefox!;
  expect(manifest.sidebar_action).toBeDefined();
  expect((manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id).toMatch(/@/);
});
