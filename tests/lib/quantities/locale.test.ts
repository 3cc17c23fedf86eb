import { describe, expect, it } from 'vitest';
import { numberLocale, parseDigits } from '../../../lib/quantities/locale';
import { eventFigures } from './read';

describe('parseDigits by the page language', () => {
  it.each([
    ['1,234.5', 'en', 1234.5],
    ['1,175', 'en', 1175],
    ['0.65', 'en', 0.65],
    ['1.234,5', 'de', 1234.5],
    ['1.234', 'de', 1234],
    ['3,5', 'de', 3.5],
    ['3.5', 'de', 3.5], // a decimal point on a German page is still read, not as 35
    ['1.234', 'en', 1.234],
    ['12,5', 'fr', 12.5],
    ['1.234.567', 'es', 1234567],
    ['1,234,567', 'en-GB', 1234567],
    // Both marks in one numeral: the one written last is the decimal mark, on any page.
    ['1.111,11', 'en', 1111.11],
    ['1,111.11', 'es', 1111.11],
    ['1.234.567,8', 'en', 1234567.8],
    // No grouped number starts with a zero.
    ['0.683', 'es', 0.683],
    ['0.0638', 'es', 0.0638],
    // Indian grouping, on any page: invalid in every other convention.
    ['1,50,000', 'en', 150000],
    ['12,34,56,789.50', 'en', 123456789.5],
    ['12,34,567.89', 'fr', 1234567.89],
  ])('%s in %s -> %d', (raw, lang, value) => {
    expect(parseDigits(raw, numberLocale(lang))).toBeCloseTo(value, 9);
  });

  it.each([
    ['192.168.1.2', 'en'],
    ['1,5', 'en'],
    ['1.2,3', 'en'],
    ['1,000.5.5', 'en'],
    ['1'.repeat(40), 'en'],
  ])('%s in %s is no number', (raw, lang) => {
    expect(parseDigits(raw, numberLocale(lang))).toBeNull();
  });

  it('never assumes English when the page says otherwise', () => {
    expect(numberLocale('pt-BR').decimal).toBe(',');
    expect(numberLocale(null).decimal).toBe('.');
    expect(numberLocale('xx-unknown').decimal).toBe('.');
  });
});

describe('figures in other languages', () => {
  it.each([
    ['Es gab 1.234,5 Tonnen.', 'de', 1234.5],
    ['Mindestens 2 Millionen Menschen.', 'de', 2e6],
    ['Il y a 3 000 morts.', 'fr', 3000],
    ['Il y a 12,5 % de chômage.', 'fr', 12.5],
    ['Hubo 1.500 heridos.', 'es', 1500],
    ['10 € pro Person.', 'de', 10],
  ])('%s (%s)', (sentence, lang, value) => {
    expect(eventFigures(sentence, lang)[0]?.value).toBeCloseTo(value, 9);
  });

  it('reads the same digits differently by language', () => {
    expect(eventFigures('1.500 people', 'en')[0]?.value).toBe(1.5);
    expect(eventFigures('1.500 Menschen', 'de')[0]?.value).toBe(1500);
  });
});

describe('parseDigits without separators (the short path)', () => {
  it.each<[string, number | null]>([
    ['0', 0],
    ['00123', 123],
    ['1234567890123456', 1234567890123456],
    ['12345678901234567', null], // longer than 16 digits: an identifier
  ])('%s -> %s', (raw, value) => {
    expect(parseDigits(raw, numberLocale('en'))).toBe(value);
    expect(parseDigits(raw, numberLocale('de'))).toBe(value);
  });
});

describe('Swiss grouping with an apostrophe', () => {
  it.each([
    ["Das kostet CHF 1'500.", 'de-CH', 1500],
    ['Es sind 2’300’000 Franken.', 'de-CH', 2300000],
  ])('%s (%s)', (sentence, lang, value) => {
    expect(eventFigures(sentence, lang)[0]?.value).toBe(value);
  });

  it("a height (5'10\") is no group", () => {
    expect(eventFigures("He is 5'10\" tall.").map((f) => f.value)).not.toContain(510);
  });
});
