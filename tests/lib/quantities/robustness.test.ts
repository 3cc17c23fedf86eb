import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFigures } from '../../../lib/quantities';

/** Whole text as one sentence, so a pathological input meets every step at once. */
const readAll = (text: string) => readFigures(text, text ? [{ start: 0, end: text.length }] : [], 'en');

/** Milliseconds allowed per kilobyte: generous (the densest input, 50,000 numbers in 100 KB, on a loaded machine), yet far below what backtracking or a quadratic step costs (minutes). */
const MS_PER_KB = 50;

function timed(text: string): number {
  const t = performance.now();
  readAll(text);
  return performance.now() - t;
}

describe('pathological text', () => {
  it.each([
    ['100,000 digits', '7'.repeat(100_000)],
    ['digits with separators', '1,2.3,4.5,'.repeat(10_000)],
    ['10,000 nested brackets', '('.repeat(10_000) + '12 people' + ')'.repeat(10_000)],
    ['only punctuation', '.,;:!?-–—()[]{}"\'“”‘’%$€£'.repeat(4_000)],
    ['number words without end', 'one hundred and '.repeat(5_000)],
    ['vague words without end', 'tens of thousands of hundreds of '.repeat(3_000)],
    ['mixed scripts', 'مرحبا 12 שלום 中文 ٣٤ हिन्दी 5 😀 '.repeat(3_000)],
    ['hedges without numbers', 'at least more than about nearly '.repeat(3_000)],
  ])('%s: no throw, linear time', (_, text) => {
    const ms = timed(text);
    expect(ms).toBeLessThan(50 + (MS_PER_KB * text.length) / 1024);
  });

  it('scales linearly: ten times the text takes about ten times as long', () => {
    const unit = 'About 750 law enforcement were injured and at least 18 killed, up from 12 on 6 January 2022. ';
    timed(unit.repeat(200)); // warm up
    const small = Math.max(timed(unit.repeat(500)), 1);
    const large = timed(unit.repeat(5_000));
    expect(large / small).toBeLessThan(40);
  });

  it('never throws and keeps its promises on random input', () => {
    const pieces = fc.constantFrom('1', '0', '12', '1,000', '3.5', ',', '.', '-', '–', '/', ':', '%', '$', '€', '£', ' ', '\u00a0', '\n',
      'one', 'twenty', 'hundred', 'thousand', 'million', 'dozens', 'tens', 'of', 'and', 'or', 'to', 'between', 'from', 'up', 'down',
      'at least', 'more than', 'about', 'nearly', 'people', 'killed', 'injured', 'no', 'none', 'Jan', 'May', 'a.m.', 'twofold', 'half',
      '😀', 'ش', '中', 'é', '(', ')', '"', '“', "'", '#', 'x', '^', 'km', 'm', 'bn');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 120 }).map((a) => a.join(' ')), fc.array(pieces, { maxLength: 120 }).map((a) => a.join(''))), (text) => {
        const figures = readAll(text);
        for (const f of figures) {
          if (text.slice(f.start, f.end) !== f.text) return false;
          if (!Number.isFinite(f.value) || (f.high !== null && !Number.isFinite(f.high))) return false;
          if (f.start < 0 || f.end > text.length || f.start >= f.end) return false;
        }
        return true;
      }),
      { numRuns: 3_000 },
    );
  });
});
