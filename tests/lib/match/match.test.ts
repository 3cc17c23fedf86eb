import { describe, expect, it } from 'vitest';
import { EventIndex, bcubed, clusterReports, matchAmong, eventTerms, sameEvent, thresholdFor, areCopies, minHash, overlapEstimate } from '../../../lib/match';
import type { Report } from '../../../lib/model';
import { report } from '../compare/build';

const story = (id: string, title: string, sentences: string[], extra: Partial<Parameters<typeof report>[0]> = {}): Report => report({ id, title, sentences, outlet: `Outlet ${id}`, ...extra });

const beirut1 = story('beirut1', 'Huge explosion rocks Beirut port', [
  'A massive explosion tore through the port of Beirut on Tuesday, killing at least 30 people.',
  'Lebanon health minister Hamad Hassan said thousands were injured as the blast shattered windows across the Lebanese capital.',
  'The explosion was linked to ammonium nitrate stored in a port warehouse, officials in Beirut said.',
]);
const beirut2 = story('beirut2', 'Beirut blast toll climbs to 135', [
  'The death toll from the Beirut port explosion has risen to 135, Lebanon health ministry said.',
  'President Michel Aoun said 2,750 tonnes of ammonium nitrate had been stored unsafely at the port of Beirut for six years.',
  'Hospitals across the Lebanese capital were overwhelmed.',
], { publishedAt: '2024-03-02T10:00:00Z' });
const hurricane = story('dorian', 'Hurricane Dorian death toll rises', [
  'The death toll from Hurricane Dorian in the Bahamas has risen to 50, officials said.',
  'Prime Minister Hubert Minnis said search teams were still reaching flattened neighbourhoods on Abaco and Grand Bahama.',
  'Thousands of residents were evacuated from Abaco to Nassau.',
], { publishedAt: '2024-03-01T12:00:00Z' });
const floods = story('floods', 'Germany floods: death toll passes 100', [
  'More than 100 people have died in the floods in western Germany, police said.',
  'Rivers burst their banks in Rhineland-Palatinate and North Rhine-Westphalia after torrential rain.',
  'Chancellor Angela Merkel said she was shocked by the scale of the disaster in Germany.',
], { publishedAt: '2024-03-01T12:00:00Z' });

describe('eventTerms', () => {
  it('keeps names, content words and figure values, not function words or the outlet', () => {
    const terms = eventTerms(beirut1);
    expect(terms).toContain('e:beirut');
    expect(terms).toContain('e:hamad hassan');
    expect(terms).toContain('w:explosion');
    expect(terms.some((t) => /^w:(the|and|said|outlet)$/.test(t))).toBe(false);
    expect(terms.every((t) => /^[enw]:/.test(t))).toBe(true);
    expect(terms.length).toBeLessThanOrEqual(56);
  });
  it('is deterministic, so the stored multiEntry index stays valid', () => {
    expect(eventTerms(beirut2)).toEqual(eventTerms(beirut2));
  });
});

describe('sameEvent', () => {
  it.each([
    ['two reports of one blast', beirut1, beirut2, true],
    ['a blast and a hurricane sharing "death toll"', beirut2, hurricane, false],
    ['a hurricane and floods sharing "death toll", "officials", "thousands"', hurricane, floods, false],
  ])('%s', (_, a, b, expected) => {
    expect(sameEvent(a, b)).toBe(expected);
  });

  it('the bar rises as reports grow apart in time, and stays reachable', () => {
    expect(thresholdFor(1)).toBeLessThan(thresholdFor(30));
    expect(thresholdFor(30)).toBeLessThanOrEqual(thresholdFor(3000));
    expect(thresholdFor(3000)).toBeLessThan(0.2);
  });
});

describe('near-duplicates', () => {
  const long = [
    'Floodwaters swept through the river valley overnight, and rescue teams said at least 31 people had been killed while hundreds more remained stranded on rooftops.',
    'Officials opened schools as shelters and asked residents of low-lying streets to leave before the river crests again on Sunday evening.',
    'Power and water were cut in several towns, and the main road to the coast remained closed after a bridge gave way.',
  ];
  it.each([
    ['the same wire story', story('w1', 'Floods', long), story('w2', 'Floods kill 31', long), true],
    ['a wire story lightly edited', story('w1', 'Floods', long), story('w3', 'Floods', [long[0]!.replace('overnight', 'on Friday night'), long[1]!, long[2]!, 'Our correspondent adds: more rain is due.']), true],
    ['two versions of one address', story('v1', 'x', ['31 dead.'], { url: 'https://news.example/floods?ref=rss' }), story('v2', 'y', ['33 dead.'], { url: 'https://www.news.example/floods' }), true],
    ['two outlets writing their own', beirut1, beirut2, false],
    ['two one-line reports saying the same', story('s1', 'x', ['31 people died.']), story('s2', 'y', ['31 people died.']), false],
  ])('%s', (_, a, b, expected) => {
    expect(areCopies(a, b)).toBe(expected);
  });
  it('MinHash estimates overlap', () => {
    expect(overlapEstimate(minHash(long.join(' ')), minHash(long.join(' ')))).toBe(1);
    expect(overlapEstimate(minHash(long.join(' ')), minHash(beirut1.text))).toBeLessThan(0.2);
  });
});

describe('EventIndex', () => {
  it('adds, finds candidates by shared terms, matches, removes', () => {
    const index = new EventIndex();
    for (const r of [beirut1, hurricane, floods]) index.add(r);
    expect(index.size).toBe(3);
    expect(index.df('e:beirut')).toBe(1);
    const candidates = index.candidates(beirut2);
    expect(candidates[0]!.id).toBe('beirut1');
    expect(index.match(beirut2).map((m) => m.id)).toEqual(['beirut1']);
    expect(index.match(beirut2)).toEqual(index.scan(beirut2));
    index.add(beirut2);
    expect(index.df('e:beirut')).toBe(2);
    expect(index.candidates(beirut2).some((c) => c.id === 'beirut2')).toBe(false);
    expect(index.remove('beirut1')).toBe(true);
    expect(index.remove('beirut1')).toBe(false);
    expect(index.df('e:beirut')).toBe(1);
    expect(index.match(beirut2)).toEqual([]);
  });

  it('replaces a report stored again under the same id', () => {
    const index = new EventIndex();
    index.add(beirut1);
    index.add(beirut1);
    expect(index.size).toBe(1);
    expect(index.df('e:beirut')).toBe(1);
  });
});

describe('clusterReports', () => {
  it('groups reports of one event and leaves distractors alone, in input order', () => {
    const clusters = clusterReports([beirut1, hurricane, beirut2, floods]);
    expect(clusters.map((c) => c.map((r) => r.id))).toEqual([['beirut1', 'beirut2'], ['dorian'], ['floods']]);
  });
});

describe('bcubed', () => {
  const gold = (x: string) => x[0]!;
  it.each([
    ['perfect', [['a1', 'a2'], ['b1']], 1, 1],
    ['all merged', [['a1', 'a2', 'b1']], (2 / 3 + 2 / 3 + 1 / 3) / 3, 1],
    ['all split', [['a1'], ['a2'], ['b1']], 1, (1 / 2 + 1 / 2 + 1) / 3],
  ])('%s', (_, clusters, precision, recall) => {
    const s = bcubed(clusters, gold);
    expect(s.precision).toBeCloseTo(precision as number);
    expect(s.recall).toBeCloseTo(recall as number);
  });
});

describe('matchAmong (candidates fetched from IndexedDB)', () => {
  it('gives the same answer as the in-memory index', () => {
    const index = new EventIndex();
    for (const r of [beirut1, hurricane, floods]) index.add(r);
    expect(matchAmong(beirut2, [beirut1, hurricane, floods], index)).toEqual(index.match(beirut2));
  });
});
