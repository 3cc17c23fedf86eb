import { describe, expect, it } from 'vitest';
import { eventFigures, read } from './read';

/** Figures read with what they measure: a fraction of a unit, pounds, a named scale, a crowd, points. */

describe('written fractions of a unit', () => {
  it.each([
    ['It takes more than 10 1/2 miles of cable.', 10.5, 'miles'],
    ['The track is a 1/4 mile paved oval.', 0.25, 'mile'],
    // Areas: the power glued to a length unit, as a superscript or a digit.
    ['The flat is 500 m2.', 500, 'm²'],
    ['The fire burned 3 km² of forest.', 3, 'km²'],
    ['The 24703m2 park opened.', 24703, 'm²'],
  ])('%s is a measure of %d %s', (sentence, value, unit) => {
    const figure = eventFigures(sentence)[0];
    expect(figure).toMatchObject({ kind: 'measure', unit });
    expect(figure!.value).toBeCloseTo(value, 6);
  });
});

describe('pounds: sterling or weight', () => {
  it.each([
    ['Its quarterly operating profit improved to 361 million pounds.', 'money'],
    ['The bank reported losses of 5 million pounds.', 'money'],
    ['He paid 50 pounds for it.', 'money'],
    ['The boat landed 29.4 million pounds of halibut.', 'measure'],
    ['He lost 20 pounds over the summer.', 'measure'],
  ])('%s -> %s', (sentence, kind) => {
    expect(read(sentence).find((f) => /pounds/.test(f.text))).toMatchObject({ kind });
  });
});

describe('readings on a named scale', () => {
  it.each([
    ['A Category 4 storm hit.', 4, 'category'],
    ['It weakened to a category 3 storm.', 3, 'category'],
    ['A magnitude 7.8 quake struck.', 7.8, 'magnitude'],
    ['A 7.7-magnitude quake struck.', 7.7, 'magnitude'],
    ['The quake had a magnitude of 6.8 at a depth of 10 km.', 6.8, 'magnitude'],
  ])('%s -> %d on the %s scale', (sentence, value, unit) => {
    expect(eventFigures(sentence)[0]).toMatchObject({ kind: 'measure', value, unit });
  });
});

describe('a crowd and what it did', () => {
  it.each([
    ['Tens of thousands marched in Paris.', ''],
    ['Hundreds gathered outside.', ''],
    ['Thousands protested Saturday in the capital.', ''],
    ['Two armed men were arrested.', 'armed men'],
    // A capital "Go" with a noun after it is a name, not the verb "go".
    ['It runs 11 automated Go convenience stores.', 'automated Go convenience stores'],
  ])('%s -> counted %j', (sentence, unit) => {
    expect(read(sentence)[0]?.unit).toBe(unit);
  });
});

describe('a change in points and the level it reaches', () => {
  it.each([
    ['Unemployment fell 0.5 percentage points to 4.1%.', 0.5],
    ['Unemployment fell half a percentage point to 4.1%.', 0.5],
  ])('%s', (sentence, points) => {
    // Two figures, not a range from 0.5 to 4.1.
    expect(eventFigures(sentence)).toMatchObject([
      { value: points, high: null, unit: 'percentage points', change: 'down' },
      { value: 4.1, high: null, unit: '%' },
    ]);
  });
});
