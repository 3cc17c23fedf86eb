import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../lib/quantities';
import { eventFigures, read } from './read';

describe('offsets', () => {
  it.each([
    ['😀 At least 18 people 🇰🇿 were killed, and about 750 👮 were injured.'],
    ['Kazakhstan’s ministry: “Almost 1,000 people have been injured.”'],
    ['Tiếng Việt có 3 người. 中文 20 人. Ελληνικά 45 άτομα.'],
    ['A\u00a0total\u202fof 1\u202f234 people.'],
  ])('are UTF-16 offsets into the text: %s', (text) => {
    const figures = read(text);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('numbers the sentences it read', () => {
    const text = 'First, 12 people died. Then 30 more were hurt.';
    expect(eventFigures(text).map((f) => f.sentence)).toEqual([0, 1]);
  });

  it('reads only inside the sentences it is given', () => {
    const text = '5 cats. 7 dogs.';
    expect(readFigures(text, [{ start: 8, end: 15 }], 'en').map((f) => f.value)).toEqual([7]);
    expect(readFigures(text, [], 'en')).toEqual([]);
  });
});
