import { describe, expect, it } from 'vitest';
import { eventFigures } from './read';

// The seed pair's sentences (shared/seeds, shared/gold/seed-pair.json): what a careful reader takes from each.
describe('seed sentences', () => {
  it.each([
    ['At least 18 casualties among police officers and military servicemen were reported.', { value: 18, bound: '>', hedge: 'at least', kind: 'count', unit: 'casualties', predicate: 'casualties', what: 'police officers and military servicemen casualties' }],
    ['At least 18 police officers and military servicemen have been killed in clashes in Kazakhstan.', { value: 18, bound: '>', hedge: 'at least', predicate: 'killed', what: 'police officers and military servicemen killed' }],
    ["According to the update, about 750 law enforcement have evidenced injuries occurring during the ongoing unrest.", { value: 750, bound: '~', hedge: 'about', unit: 'law enforcement', predicate: 'injured', what: 'law enforcement injured' }],
    ['Nearly 750 law enforcement have received various injuries in the ongoing unrest, it claimed.', { value: 750, bound: '~', hedge: 'nearly', predicate: 'injured', what: 'law enforcement injured' }],
    ['“Almost 1,000 people have reportedly been injured in the protests” the OHCHR said.', { value: 1000, bound: '~', hedge: 'almost', unit: 'people', predicate: 'injured', what: 'people injured' }],
    ['Security officials have reported "dozens of attackers" eliminated in two separate attacks.', { value: 24, bound: '>', kind: 'vague', unit: 'attackers', predicate: 'eliminated', what: 'attackers eliminated' }],
    ['The central Republic Square, where hundreds of protesters had previously gathered, was cleared.', { value: 200, bound: '>', kind: 'vague', what: 'protesters' }],
    ['The CSTO is a security treaty between six former Soviet states, incorporating Armenia.', { value: 6, bound: '=', kind: 'count', what: 'former Soviet states' }],
    ['Mass protests were triggered by a twofold hike in liquefied petroleum gas prices.', { value: 2, kind: 'multiplier', change: 'up', what: 'hike in liquefied petroleum gas prices' }],
  ])('%s', (sentence, expected) => {
    const [first] = eventFigures(sentence);
    expect(first).toMatchObject(expected);
  });

  it('reads "two separate attacks" as a count of attacks after the vague amount', () => {
    const figures = eventFigures('Security officials have reported "dozens of attackers" eliminated in two separate attacks in the city of Almaty.');
    expect(figures.map((f) => [f.value, f.what])).toEqual([[24, 'attackers eliminated'], [2, 'separate attacks']]);
  });
});
