import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { f1, loadSet, scoreSet } from '../../fixtures/figures-dev/score';

// The hand-annotated dev set (tests/fixtures/figures-dev, built by its build.ts from annotations.txt).
// The targets are asserted here so that a change that loses accuracy fails the suite;
// `npm run eval -- quantities` prints the full table, with the held-out set beside it.
const DEV = fileURLToPath(new URL('../../fixtures/figures-dev/', import.meta.url));
const HELDOUT = fileURLToPath(new URL('../../fixtures/figures-heldout/', import.meta.url));

describe('hand-annotated figures', () => {
  it.each([[DEV, 12, 200], [HELDOUT, 7, 100]])('%s has enough figures, each at its offsets', (dir, texts, figures) => {
    const pages = loadSet(dir);
    expect(pages.length).toBeGreaterThanOrEqual(texts);
    expect(pages.reduce((n, p) => n + p.figures.length, 0)).toBeGreaterThanOrEqual(figures);
    for (const page of pages) for (const g of page.figures) expect(page.text.slice(g.start, g.end)).toBe(g.text);
  });

  it('meets the targets on the dev set: value F1 >= 0.93, value+bound F1 >= 0.90, what >= 0.80', () => {
    const score = scoreSet(DEV);
    expect(f1(score.value)).toBeGreaterThanOrEqual(0.93);
    expect(f1(score.valueBound)).toBeGreaterThanOrEqual(0.9);
    expect(score.whatOverlap).toBeGreaterThanOrEqual(0.8);
  });

  it('stays at the CQE level on the held-out set (value F1 >= 0.92)', () => {
    expect(f1(scoreSet(HELDOUT).value)).toBeGreaterThanOrEqual(0.92);
  });

  it('scores phrase overlap by tokens', async () => {
    const { tokenF1 } = await import('../../fixtures/figures-dev/score');
    expect(tokenF1('people killed', 'people killed')).toBe(1);
    expect(tokenF1('police officers killed', 'officers killed')).toBeCloseTo(0.8);
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('dead', '')).toBe(0);
  });
});
