/**
 * Size budgets of the built Chrome extension, gzip -9. Sizes are deterministic for a source, so
 * these are exact checks (times are noisy and live in `npm run bench` instead). The build is made
 * first when it is missing or older than the sources; a failing build fails here, loudly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from '../bench/budgets';
import { ensureBuild, entrySizes, fileSizes, gzipSize, readabilityAlone, type EntrySize } from '../bench/sizes';
import { BUILD_DIR } from '../bench/paths';

let entries: EntrySize[];
let readability: { bytes: number; gzip: number };

beforeAll(async () => {
  ensureBuild();
  entries = entrySizes();
  readability = await readabilityAlone();
}, 300_000);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('size budgets (gzip)', () => {
  it.each(Object.entries(BUDGETS.entries))('%s stays within its budget', (name, budget) => {
    const entry = entries.find((e) => e.entry === name);
    expect(entry, `no entry "${name}" in ${BUILD_DIR} (built: ${entries.map((e) => e.entry).join(', ')})`).toBeDefined();
    expect(entry!.gzip, `${name} is ${kb(entry!.gzip)} gzip, budget ${kb(budget)}`).toBeLessThanOrEqual(budget);
  });

  it('every entry point of the build has a budget', () => {
    const unbudgeted = entries.map((e) => e.entry).filter((name) => !(name in BUDGETS.entries));
    expect(unbudgeted, 'add a budget in bench/budgets.ts for each new entry point').toEqual([]);
  });

  it('the content script adds little to Readability alone', () => {
    const content = entries.filter((e) => e.entry.startsWith('content-scripts/'));
    expect(content.length).toBeGreaterThan(0);
    for (const c of content) {
      const limit = readability.gzip + BUDGETS.contentOverReadability;
      expect(c.gzip, `${c.entry} is ${kb(c.gzip)}; Readability alone ${kb(readability.gzip)} + ${kb(BUDGETS.contentOverReadability)} allowed`).toBeLessThanOrEqual(limit);
    }
  });

  it('the whole extension stays within its budget', () => {
    const total = fileSizes().reduce((s, f) => s + f.gzip, 0);
    expect(total, `whole extension ${kb(total)} gzip`).toBeLessThanOrEqual(BUDGETS.total);
  });
});

describe('how sizes are measured', () => {
  it('gzip size is deterministic and matches the listed file', () => {
    const file = join(BUILD_DIR, 'manifest.json');
    const data = readFileSync(file);
    const size = gzipSize(data);
    expect(size).toBeGreaterThan(0);
    expect(size).toBe(gzipSize(data));
    const listed = fileSizes().find((f) => f.file === 'manifest.json');
    expect(listed).toEqual({ file: 'manifest.json', bytes: data.length, gzip: size });
  });

  it('an extension page counts the scripts and styles it loads, not just its HTML', () => {
    const page = entries.find((e) => e.entry === 'sidepanel');
    expect(page).toBeDefined();
    expect(page!.files).toContain('sidepanel.html');
    expect(page!.files.some((f) => f.endsWith('.js'))).toBe(true);
    const html = readFileSync(join(BUILD_DIR, 'sidepanel.html'));
    expect(page!.bytes).toBeGreaterThan(html.length);
  });

  it('Readability alone is a real minified bundle of the library', () => {
    // Readability 0.6 minifies to about 35 KB, 12 KB gzip (TOOLCHAIN.md measured 37.5 / 12.3).
    expect(readability.bytes).toBeGreaterThan(20_000);
    expect(readability.bytes).toBeLessThan(60_000);
    expect(readability.gzip).toBeLessThan(readability.bytes / 2);
  });
});
