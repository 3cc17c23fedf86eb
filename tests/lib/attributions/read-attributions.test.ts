import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAttributions } from '../../../lib/attributions';
import { sameEntity } from '../../../lib/attributions/entities';
import { segmentSentences } from '../../../lib/text/sentences';
import { read } from './read';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));

describe('patterns: source, cue, content', () => {
  it.each([
    ['The ministry said that 18 officers died.', 'The ministry', 'said', 'that 18 officers died'],
    ['“We will win,” said Caddell.', 'Caddell', 'said', '“We will win,”'],
    ['“We will win,” Caddell said.', 'Caddell', 'said', '“We will win,”'],
    ['Secret Service protocol called for a trauma center, sources said.', 'sources', 'said', 'Secret Service protocol called for a trauma center'],
    ['According to the interior ministry, about 750 officers were injured.', 'the interior ministry', 'According to', 'about 750 officers were injured'],
    ['About 750 officers were injured, according to the ministry.', 'the ministry', 'according to', 'About 750 officers were injured'],
    ['The updated figure was published by the interior ministry late on Thursday.', 'the interior ministry', 'was published', 'The updated figure'],
    ['Police Chief Jordan told reporters on Monday that the case was closed.', 'Police Chief Jordan', 'told', 'that the case was closed'],
    ['The state’s campaign chairman, Phil Lovas, said he had not seen it.', 'The state’s campaign chairman, Phil Lovas,', 'said', 'he had not seen it'],
    ['Trump has repeatedly claimed that the election is rigged.', 'Trump', 'has repeatedly claimed', 'that the election is rigged'],
    ['PENCE: Well, look, this is serious business.', 'PENCE', ':', 'Well, look, this is serious business'],
    ['He’s claiming that voting fraud is a big problem.', 'He', '’s claiming', 'that voting fraud is a big problem'],
    ['“We must not overreact,” said Alan Cole, an economist at the Tax Foundation.', 'Alan Cole, an economist at the Tax Foundation', 'said', '“We must not overreact,”'],
    ['Last week Stumpf in a televised interview appeared to blame low-level workers.', 'Stumpf', 'appeared to blame', 'low-level workers'],
    ['Republicans weren’t too concerned about this shift in strategy.', 'Republicans', 'weren’t too concerned about', 'this shift in strategy'],
    ['The commission says on its website that there were issues.', 'The commission', 'says', 'that there were issues'],
    ['Trump, speaking to a veterans group in Virginia, said he would order a review.', 'Trump', 'said', 'he would order a review'],
    ['He cited tax returns ― Trump boasted, “That makes me smart.”', 'Trump', 'boasted', '“That makes me smart.”'],
    ["The network said ''we never interfere'' with its hosts.", 'The network', 'said', "''we never interfere'' with its hosts"],
    ['A source familiar with the talks said the deal was close.', 'A source familiar with the talks', 'said', 'the deal was close'],
    ['Yonhap reported that 18 people had died.', 'Yonhap', 'reported', 'that 18 people had died'],
    ['In a statement, the ministry said 18 people had died.', 'the ministry', 'said', '18 people had died'],
    ['The ministry’s statement that 18 people died was disputed.', 'The ministry’s', 'statement', 'that 18 people died was disputed'],
    ['Reuters quoted a senior official as saying that 18 people had died.', 'a senior official', 'as saying', 'that 18 people had died'],
    ['The ministry put the death toll at 18.', 'The ministry', 'put', 'the death toll at 18'],
    ['Security sources told AFP that 18 people died.', 'Security sources', 'told', 'that 18 people died'],
  ])('%s', (text, source, cue, content) => {
    const a = read(text).find((x) => x.cue.text === cue)!;
    expect(a.source?.text).toBe(source);
    expect(a.cue.text).toBe(cue);
    expect(a.content.text).toBe(content);
    expect(text.slice(a.cue.start, a.cue.end)).toBe(cue);
  });

  it.each([
    ['The two separate attacks in the city left dozens dead.'],
    ['The New York Post building was closed.'],
    ['Six former Soviet states, including Armenia, signed the treaty.'],
    ['They continue to handle the situation.'],
  ])('finds no attribution in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('stance, quotes and hedges', () => {
  it.each([
    ['The ministry said 18 died.', 'neutral'],
    ['The ministry confirmed 18 died.', 'assertive'],
    ['The ministry estimated that 18 died.', 'tentative'],
    ['The ministry claimed 18 died.', 'distancing'],
    ['Tokayev branded the unrest a “terrorist attack”.', 'distancing'],
    ['Tokayev labeled the unrest a “terrorist attack”.', 'neutral'],
  ])('%s -> %s', (text, stance) => {
    expect(read(text)[0]!.stance).toBe(stance);
  });

  it('reads partial and scare quotes without their marks, and hedges', () => {
    const [a] = read('Those who put up “armed resistance” will be “eliminated,” it warned. Officials said the groups allegedly acted alone.').filter((x) => x.cue.text === 'warned');
    expect(a!.quotes.map((q) => q.text)).toEqual(['armed resistance', 'eliminated']);
    expect(a!.quote).toBe(false);
    const b = read('Officials said the groups allegedly acted alone.')[0]!;
    expect(b.hedges).toEqual(['allegedly']);
  });

  it.each([
    ['The ministry said «18 people died in the clashes».', '18 people died in the clashes'],
    ['The ministry said „18 people died“ in the clashes.', '18 people died'],
    ['Officials said 「18 people died」.', '18 people died'],
    ["Officials said ''18 people died'' on Friday.", '18 people died'],
  ])('reads quotations in other conventions: %s', (text, words) => {
    expect(read(text)[0]!.quotes.map((q) => q.text)).toEqual([words]);
  });

  it('marks a whole quotation and follows it across sentences', () => {
    const text = '“This is in their heads. This is in their consciousness,” said Caddell.';
    const a = read(text)[0]!;
    expect(a.quote).toBe(true);
    expect(a.content.text).toBe('“This is in their heads. This is in their consciousness,”');
  });

  it('reads a speaker after a quotation that ended the sentence before', () => {
    const a = read('“Why isn’t this too big to regulate?” Vitter demanded. Nobody answered.')[0]!;
    expect([a.source?.text, a.cue.text, a.content.text, a.quote]).toEqual(['Vitter', 'demanded', '“Why isn’t this too big to regulate?”', true]);
  });

  it('gives a linked verb the source of its clause', () => {
    const got = read('Trump visited the plant on Monday, promising to lift environmental rules.').map((a) => [a.source?.text, a.cue.text, a.content.text]);
    expect(got).toEqual([['Trump', 'promising', 'to lift environmental rules']]);
  });

  it('calls "what X are calling" distancing', () => {
    const a = read('Clashes continued amid what the authorities are calling a “counter-terrorist” operation.')[0]!;
    expect(a.entity).toBe('authorities');
    expect(a.cue.text).toBe('are calling');
    expect(a.stance).toBe('distancing');
    expect(a.quotes[0]!.text).toBe('counter-terrorist');
  });
});

describe('coreference', () => {
  it('resolves it, the short form and surnames to the full entity', () => {
    const text = 'The figure was published by Kazakstan’s interior ministry. Nearly 750 officers were hurt, it claimed. President Kassym-Jomart Tokayev said the unrest was over. Tokayev added that help was coming. The ministry warned rioters.';
    const got = read(text).map((a) => [a.cue.text, a.entity]);
    expect(got).toEqual([
      ['was published', 'interior ministry'],
      ['claimed', 'interior ministry'],
      ['said', 'kassym-jomart tokayev'],
      ['added', 'kassym-jomart tokayev'],
      ['warned', 'interior ministry'],
    ]);
  });

  it('resolves "he" to a person named as the subject of an earlier sentence', () => {
    const text = 'Sheriff Carmine Marceno said 35 people died. Mr Biden is due in Florida on Wednesday. On Monday he travelled to Puerto Rico, and pledged $60m to help the territory recover.';
    expect(read(text).map((a) => [a.cue.text, a.entity])).toEqual([['said', 'carmine marceno'], ['pledged', 'biden']]);
  });

  it('gives an opening participle the speaker of the clause after it', () => {
    const got = read('Admitting that identifying the dead was a challenge, the Chief Secretary said details were online.').map((a) => [a.source?.text, a.cue.text, a.content.text]);
    expect(got).toEqual([
      ['the Chief Secretary', 'Admitting', 'that identifying the dead was a challenge'],
      ['the Chief Secretary', 'said', 'details were online'],
    ]);
  });

  it('does not read a disaster "claiming lives" as a claim', () => {
    expect(read('The blast has now claimed 158 lives, the health ministry said.').map((a) => a.cue.text)).toEqual(['said']);
  });

  it('links figures in the content, and "the updated figure" to the sentence before', () => {
    const text = 'At least 18 officers have been killed. The updated figure was published by the ministry.';
    const sentences = segmentSentences(text, 'en');
    const figure = { text: '18', start: 9, end: 11, value: 18, low: 18, high: null, bound: '>' as const, hedge: 'at least', change: null, from: null, kind: 'count' as const, unit: 'officers', what: 'officers killed', predicate: 'killed', part: false, sentence: 0 };
    const [a] = readAttributions(text, sentences, [figure]);
    expect(a!.figures).toEqual([0]);
    expect(a!.sentence).toBe(1);
  });
});

interface SeedAttribution { id: string; source: string; aliases: string[]; A?: { cues?: string[]; quotes?: string[]; hedges?: string[] }; B?: { cues?: string[]; quotes?: string[]; hedges?: string[] } }
const gold = JSON.parse(readFileSync(SHARED + 'gold/seed-pair.json', 'utf8')) as { reports: Record<'A' | 'B', string>; attributions: SeedAttribution[] };
const seedReports = { A: read(readFileSync(SHARED + 'seeds/' + gold.reports.A, 'utf8')), B: read(readFileSync(SHARED + 'seeds/' + gold.reports.B, 'utf8')) };
const seedCases = gold.attributions.flatMap((item) => (['A', 'B'] as const).flatMap((side) => (item[side]?.cues ?? []).map((cue) => [side, item.id, cue, item] as const)));

describe('seed pair gold', () => {
  it.each(seedCases)('%s %s "%s"', (side, _id, cue, item) => {
    const word = cue.split(' ').pop()!;
    const names = [item.source, ...item.aliases];
    const hits = seedReports[side].filter((a) => a.cue.text.toLowerCase().includes(word) && a.entity && names.some((n) => sameEntity(n, a.entity!)));
    expect(hits.length).toBeGreaterThan(0);
  });

  it.each(gold.attributions.flatMap((item) => (['A', 'B'] as const).flatMap((side) => [...(item[side]?.quotes ?? []).map((q) => [side, item.id, 'quote', q, item] as const), ...(item[side]?.hedges ?? []).map((h) => [side, item.id, 'hedge', h, item] as const)])))('%s %s %s "%s"', (side, _id, what, word, item) => {
    const names = [item.source, ...item.aliases];
    const mine = seedReports[side].filter((a) => a.entity && names.some((n) => sameEntity(n, a.entity!)));
    const words = mine.flatMap((a) => (what === 'quote' ? a.quotes.map((q) => q.text) : a.hedges));
    if (what === 'quote' && word === 'counter-terrorism') {
      expect(words.some((w) => w.includes('counter-terror'))).toBe(true);
    } else {
      expect(words).toContain(word);
    }
  });
});
