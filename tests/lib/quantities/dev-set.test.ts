import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventFigures } from './read';

// The hand-annotated dev set (tests/fixtures/figures-dev, built by its build.ts from annotations.txt).
// The targets are asserted here so that a change that loses accuracy fails the suite;
// `npm run eval -- quantities` prints the full table.
const DEV = fileURLToPath(new URL('../../fixtures/figures-dev/', import.meta.url));
interface Gold { text: string; start: number; end: number; value: number; high: number | null; bound: string; kind: string; what: string }
const pages = readdirSync(DEV)
  .filter((d) => existsSync(`${DEV}${d}/expected.json`))
  .map((d) => JSON.parse(readFileSync(`${DEV}${d}/expected.json`, 'utf8')) as { page: string; lang: string; text: string; figures: Gold[] });

describe('figures dev set', () => {
  it('has at least 200 figures from at least 12 pages, each at its offsets', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.reduce((n, p) => n + p.figures.length, 0)).toBeGreaterThanOrEqual(200);
    for (const page of pages) for (const g of page.figures) expect(page.text.slice(g.start, g.end)).toBe(g.text);
  });

  it('meets the targets: value F1 >= 0.93, value+bound F1 >= 0.90', () => {
    let tp = 0, fp = 0, fn = 0, boundTp = 0;
    for (const page of pages) {
      const used = new Set<Gold>();
      for (const f of eventFigures(page.text, page.lang)) {
        const g = page.figures.find((x) => !used.has(x) && f.start < x.end && x.start < f.end && Math.abs(f.value - x.value) < 1e-6 * Math.max(1, x.value));
        if (!g) { fp++; continue; }
        used.add(g);
        tp++;
        if (g.bound === f.bound) boundTp++;
      }
      fn += page.figures.length - used.size;
    }
    const f1 = (t: number, p: number, n: number) => (2 * t) / (2 * t + p + n);
    expect(f1(tp, fp, fn)).toBeGreaterThanOrEqual(0.93);
    expect(f1(boundTp, fp + tp - boundTp, fn + tp - boundTp)).toBeGreaterThanOrEqual(0.9);
  });
});
