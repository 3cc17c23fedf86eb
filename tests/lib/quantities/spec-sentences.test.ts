import { describe, expect, it } from 'vitest';
import { read } from './read';

/**
 * Sentences of the kinds the Recognizers-Text specs test, each read by a rule a careful editor
 * would state. Each case: the sentence, the page language, the kind and value expected among
 * the figures read (high for a range).
 */
type Case = [sentence: string, lang: string, kind: string, value: number, high?: number | null];

const has = ([sentence, lang, kind, value, high]: Case) => {
  const figures = read(sentence, lang);
  const hit = figures.find((f) => f.kind === kind && Math.abs(f.value - value) <= 1e-6 * Math.max(1, Math.abs(value)) && (high === undefined || f.high === high));
  expect(hit, JSON.stringify(figures.map((f) => [f.text, f.kind, f.value, f.high]))).toBeDefined();
};

describe('scales', () => {
  it.each<Case>([
    // Indian English counts in lakhs and crores, and a lakh of crores multiplies.
    ['The total is three lakh crore', 'en', 'count', 3e12],
    ['The scheme costs Rs 2.5 lakh crore.', 'en', 'money', 2.5e12],
    // The long scale: a French trillion is a million billions, a Spanish "trillón" likewise.
    ['La dette atteint deux billions.', 'fr', 'count', 2e12],
    ['vingt et un trillions', 'fr', 'count', 21e18],
  ])('%s (%s)', (...c) => has(c));
});

describe('currencies', () => {
  it.each<Case>([
    // French, Spanish and Portuguese join the amount to its currency with "de".
    ["Le coût est de 3 millions d'euros.", 'fr', 'money', 3e6],
    ['Le contrat vaut 3 millions de dollars.', 'fr', 'money', 3e6],
    ['Costó 5 millones de dólares.', 'es', 'money', 5e6],
    ['Custou 2 milhões de reais.', 'pt', 'money', 2e6],
    // Currencies before the euro, and whose currency it is.
    ['a rights issue valued at 6.65 billion pesetas', 'en', 'money', 6.65e9],
    ['250 million dutch guilders of bonds', 'en', 'money', 2.5e8],
    // A scale and a currency in one: "M€", "Md€", "k€"; German "Mio." and "Mrd." with their dot.
    ['un budget de 3 M€', 'fr', 'money', 3e6],
    ['2,5 Md€ de dette', 'fr', 'money', 2.5e9],
    ['500 k€', 'fr', 'money', 5e5],
    ["2 Mds d'euros", 'fr', 'money', 2e9],
    ['Das kostet 5 Mio. Euro.', 'de', 'money', 5e6],
    ['Es sind 3 Mrd. € Schulden.', 'de', 'money', 3e9],
    ['La deuda es de 50 mdd.', 'es', 'money', 5e7],
    // A word that is a name of every object's own ("constructor") is no scale of a currency.
    ['They built 5 constructor cranes.', 'en', 'count', 5],
    // ISO codes in capitals before or after the amount; the rand and the Kenyan shilling by letter.
    ['AED 5 million', 'en', 'money', 5e6],
    ['100 million SEK', 'en', 'money', 1e8],
    ['R50 million in damages', 'en', 'money', 5e7],
    ['R1,500 each', 'en', 'money', 1500],
    ['KSh2.5bn', 'en', 'money', 2.5e9],
  ])('%s (%s)', (...c) => has(c));
});

describe('sums written in two parts', () => {
  it.each<Case>([
    // A scaled currency code: millions (or thousands) of that currency.
    ['five more losses in excess of 30 MUSD were reported', 'en', 'money', 3e7],
    ['The client estimates an increase to 120 MEUR', 'en', 'money', 1.2e8],
    ['The company has annual revenues of about MAUD 60', 'en', 'money', 6e7],
    ['They lost 75 USD million in the past three years.', 'en', 'money', 7.5e7],
    // Dollars and cents said together.
    ['it only cost 3 dollars 50 cents.', 'en', 'money', 3.5],
    ['it only cost thirteen dollars and forty-five cents', 'en', 'money', 13.45],
    ['It costs 15 dollars 50.', 'en', 'money', 15.5],
    ['5 euros con 50 céntimos', 'es', 'money', 5.5],
    ['5 euros et 50 centimes', 'fr', 'money', 5.5],
    ['5 Euro und 50 Cent', 'de', 'money', 5.5],
    ['cinco millones de yenes', 'es', 'money', 5e6],
    ['20 Schweizer Franken', 'de', 'money', 20],
    // A sign belongs to one amount: the one it is tight against, else the one before it.
    ['1 $10 dollars bill', 'en', 'money', 10],
    ['10 $ 30 $', 'en', 'money', 30],
  ])('%s (%s)', (...c) => has(c));

  it.each<[string, number[]]>([
    ['between $20 and 30.', [20]],
    ['He paid $5 and 10 others paid $7.', [5, 7]],
    ['rmb 10 usd 20', [10]],
  ])('%s: no cents joined', (sentence, values) => {
    const money = read(sentence).filter((f) => f.kind === 'money').map((f) => f.value);
    expect(money.filter((v) => !Number.isInteger(v))).toEqual([]);
    for (const v of values) expect(money).toContain(v);
  });
});

describe('bounds and ranges', () => {
  it.each<Case>([
    // Two opposite comparisons joined by "and" make an interval.
    ['This is a number which is greater than 100 and smaller than 300', 'en', 'count', 100, 300],
    ['x is larger than 10 and smaller than 20.', 'en', 'count', 10, 20],
    // After a comparison and standing alone, four digits are an amount, not a year.
    ['The number is above 1000 and below 1500', 'en', 'count', 1000, 1500],
    ['More than 2000.', 'en', 'count', 2000],
    ['Emissions fell below 1990 levels.', 'en', 'year', 1990],
    // "and over" closing the figure is a lower bound.
    ['People aged 65 and over were hit hardest.', 'en', 'age', 65, null],
    ['There are about five hundred and more in these products.', 'en', 'count', 500, null],
  ])('%s (%s)', (...c) => has(c));

  it.each([
    ['It fell 5 and over the next week rose 3.', 5],
    ['Police arrested 5 and more than 20 were hurt.', 5],
  ])('%s: %d is exact', (sentence, value) => {
    expect(read(sentence).find((f) => f.value === value)?.bound).toBe('=');
  });
});

describe('capitals that are no currency', () => {
  it.each(['COP 26 opened', 'PHP 8 released', 'the R101 road', 'He drove an R2 car.'])('%s', (sentence) => {
    expect(read(sentence).filter((f) => f.kind === 'money')).toEqual([]);
  });
});

describe('units of measure', () => {
  it.each([
    ['30 nautical miles', 'nautical miles'],
    ['a 5-carat diamond', 'carat'],
    ['10 pints of beer', 'pints'],
    ['12 fl oz', 'fl oz'],
    ['2 terawatt hours', 'terawatt hours'],
    ['20 kilotons', 'kilotons'],
    // A length per hour is a speed.
    ['50 kilometres per hour', 'kilometres per hour'],
    ['winds of 120 miles an hour', 'miles per hour'],
    // The inch mark before a word of size, and a height in feet and inches.
    ['He has a pen that is 10 " long.', 'in'],
    ['a 65″ TV', 'in'],
    ["He is 5'10\" tall.", 'ft'],
    ["He is 5'10\" tall.", 'in'],
    // A spaced short unit between the sides of a size.
    ['a 10 m × 20 m pool', 'm'],
  ])('%s -> %s', (sentence, unit) => {
    expect(read(sentence).map((f) => [f.kind, f.unit])).toContainEqual(['measure', unit]);
  });
});

describe('years next to counts', () => {
  it.each<Case>([
    // A year stays a year when a large count follows later in the sentence; only a range's start is no year.
    ['In 2014 the company cut 5,000 jobs.', 'en', 'year', 2014],
    ['The prison population stood at 200,000 in 1972 and has since exploded to 2.3 million.', 'en', 'year', 1972],
    ['between 1000 and 5000 people', 'en', 'count', 1000, 5000],
    ['The number rose from 1000-5000.', 'en', 'count', 1000, 5000],
    // A doubled apostrophe opens a quotation: "''27 companies" counts companies.
    ["''27 companies reported 16,389 total subsidiaries", 'en', 'count', 27],
  ])('%s (%s)', (...c) => has(c));
});

it('a closing quote after a number is no inch', () => {
  expect(read('He said "I lost 10" and left.').map((f) => f.kind)).toEqual(['count']);
});

describe('a pair', () => {
  it('"a pair of explosions" counts two explosions', () => {
    const f = read('A pair of explosions killed 5 people.')[0];
    expect([f?.value, f?.unit]).toEqual([2, 'explosions']);
  });

  it.each(['A couple of people were hurt.', 'The pair left.'])('%s: no figure', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('fractions of a scale and identifiers', () => {
  it.each<Case>([
    ['two thirds of a million', 'en', 'count', 2e6 / 3],
    ['half of a million people', 'en', 'count', 5e5],
    ['a 2-3m wall', 'en', 'measure', 2, 3],
  ])('%s (%s)', (...c) => has(c));

  it('"scp2-173m" is an identifier, no measure', () => {
    expect(read('scp2-173m').filter((f) => f.kind === 'measure')).toEqual([]);
  });
});
