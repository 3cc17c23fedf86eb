import { describe, expect, it } from 'vitest';
import { coveredFigures } from '../../../lib/attributions/coverage';
import type { Figure } from '../../../lib/model';

const figure = (start: number, end: number): Figure => ({ text: 'x'.repeat(end - start), start, end, value: 1, low: 1, high: null, bound: '=', hedge: null, change: null, from: null, kind: 'count', unit: '', what: '', predicate: null, part: false, sentence: 0 });
const text = 'x'.repeat(100);
const span = (start: number, end: number) => ({ text: text.slice(start, end), start, end });

describe('coveredFigures: the figures inside a content span', () => {
  const inOrder = [figure(0, 5), figure(10, 15), figure(20, 25), figure(30, 40), figure(40, 45)];
  const outOfOrder = [figure(30, 40), figure(0, 5), figure(20, 25), figure(10, 15), figure(40, 45)];
  it.each([
    ['in text order', inOrder, span(10, 40), [1, 2, 3]],
    ['in text order, a figure ending past the span', inOrder, span(10, 35), [1, 2]],
    ['in text order, a span ending where a figure starts', inOrder, span(0, 40), [0, 1, 2, 3]],
    ['in text order, nothing inside', inOrder, span(6, 9), []],
    ['out of order', outOfOrder, span(10, 40), [0, 2, 3]],
  ] as const)('%s', (_, figures, content, expected) => {
    expect(coveredFigures(text, content, 0, [{ start: 0, end: 100 }], figures)).toEqual(expected);
  });

  it('checks the order again when the list grew', () => {
    const figures = [figure(10, 15), figure(20, 25)];
    expect(coveredFigures(text, span(0, 30), 0, [], figures)).toEqual([0, 1]);
    figures.push(figure(0, 5));
    expect(coveredFigures(text, span(0, 30), 0, [], figures)).toEqual([0, 1, 2]);
  });
});
