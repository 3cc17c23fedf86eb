import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../lib/compare';
import type { FigureItem, Report } from '../../../lib/model';
import { oneFigure, report } from './build';

/** The item holding a mention of report `id`, with value `value`. */
function itemWith(items: FigureItem[], id: string, value: number): FigureItem | undefined {
  return items.find((n) => n.mentions.some((m) => m.report === id && m.value === value));
}

describe('figures line up across wordings of one count', () => {
  const killed = oneFigure('a', 'At least 18 police officers have been killed in clashes.', { text: 'At least 18 police officers', value: 18, bound: '>', hedge: 'at least', predicate: 'killed', unit: 'police officers', what: 'police officers killed' });
  it.each([
    ['casualties', oneFigure('b', 'At least 18 casualties among police officers were reported.', { text: 'At least 18 casualties', value: 18, bound: '>', hedge: 'at least', predicate: 'casualties', unit: 'casualties', what: 'casualties among police officers' }), ['term']],
    ['dead', oneFigure('b', 'At least 18 police officers are dead.', { text: 'At least 18 police officers', value: 18, bound: '>', hedge: 'at least', predicate: 'dead', unit: 'police officers', what: 'police officers dead' }), []],
    ['death toll', oneFigure('b', 'The police death toll stands at at least 18 officers.', { text: 'at least 18 officers', value: 18, bound: '>', hedge: 'at least', predicate: 'killed', unit: 'officers', what: 'police officers death toll' }), []],
    ['lost their lives', oneFigure('b', 'At least 18 police officers lost their lives.', { text: 'At least 18 police officers', value: 18, bound: '>', hedge: 'at least', predicate: 'killed', unit: 'police officers', what: 'police officers lost their lives' }), []],
  ])('killed / %s', (_, other, kinds) => {
    const c = compareReports([killed, other]);
    const item = itemWith(c.numbers, 'a', 18)!;
    expect(item.mentions.map((m) => m.report)).toEqual(['a', 'b']);
    expect(item.kinds).toEqual(kinds);
    expect(item.status).toBe(kinds.length ? 'differs' : 'agrees');
  });

  const injured = oneFigure('a', 'About 750 officers were injured.', { text: 'About 750 officers', value: 750, bound: '~', hedge: 'about', predicate: 'injured', unit: 'officers', what: 'officers injured' });
  it.each([
    ['wounded', 'wounded'], ['hurt', 'injured'], ['injuries', 'injured'],
  ])('injured / %s', (word, predicate) => {
    const other = oneFigure('b', `About 750 officers were ${word}.`, { text: 'About 750 officers', value: 750, bound: '~', hedge: 'about', predicate, unit: 'officers', what: `officers ${word}` });
    const item = itemWith(compareReports([injured, other]).numbers, 'a', 750)!;
    expect(item.mentions).toHaveLength(2);
    expect(item.kinds).toEqual([]);
  });

  it('keeps killed and injured apart even with the same value', () => {
    const hurt = oneFigure('b', 'At least 18 police officers were injured.', { text: 'At least 18 police officers', value: 18, bound: '>', hedge: 'at least', predicate: 'injured', unit: 'police officers', what: 'police officers injured' });
    const c = compareReports([killed, hurt]);
    expect(c.numbers).toHaveLength(2);
    expect(c.numbers.every((n) => n.status === 'single' && n.kinds.join() === 'only')).toBe(true);
  });

  it('keeps two places apart (Lee County 53, Charlotte County 24)', () => {
    const a = report({ id: 'a', sentences: ['Lee County has recorded 53 deaths.', 'Charlotte County has recorded 24 deaths.'], figures: [
      { s: 0, text: '53 deaths', value: 53, predicate: 'killed', what: 'deaths', unit: 'deaths' },
      { s: 1, text: '24 deaths', value: 24, predicate: 'killed', what: 'deaths', unit: 'deaths' }] });
    const b = report({ id: 'b', sentences: ['Charlotte County has two confirmed deaths.'], figures: [{ s: 0, text: 'two confirmed deaths', value: 2, predicate: 'killed', what: 'confirmed deaths', unit: 'deaths' }] });
    const c = compareReports([a, b]);
    expect(itemWith(c.numbers, 'b', 2)!.mentions.map((m) => m.value)).toEqual([24, 2]);
    expect(itemWith(c.numbers, 'a', 53)!.mentions).toHaveLength(1);
  });
});

describe('difference kinds', () => {
  const at = (h: number) => `2024-03-01T${String(h).padStart(2, '0')}:00:00Z`;
  const toll = (id: string, hour: number, value: number, words: string, bound: '=' | '>' | '~' | '<' = '=', hedge: string | null = null) =>
    oneFigure(id, `${words} people have been killed in the floods.`, { text: `${words} people`, value, bound, hedge, predicate: 'killed', unit: 'people', what: 'people killed' }, { publishedAt: at(hour) });
  const cases: Array<[string, Report[], string[]]> = [
    ['same figure: agree', [toll('a', 10, 31, '31'), toll('b', 11, 31, '31')], []],
    ['at least 27 and 31 at one time: compatible, different hedge', [toll('a', 10, 27, 'At least 27', '>', 'at least'), toll('b', 10, 31, '31')], ['hedge']],
    ['27 and 31 at one time: a value conflict', [toll('a', 10, 27, '27'), toll('b', 10, 31, '31')], ['value']],
    ['a later, higher toll: an update', [toll('a', 10, 164, '164'), toll('b', 18, 225, '225')], ['value', 'update']],
    ['a later, lower toll after a higher one: a contradiction', [toll('a', 10, 164, '164'), toll('b', 12, 225, '225'), toll('c', 18, 150, '150')], ['value']],
    ['about / around: one hedge', [toll('a', 10, 750, 'About 750', '~', 'about'), toll('b', 10, 750, 'Around 750', '~', 'around')], []],
    ['about / nearly: a hedge difference', [toll('a', 10, 750, 'About 750', '~', 'about'), toll('b', 10, 750, 'Nearly 750', '<', 'nearly')], ['hedge']],
  ];
  it.each(cases)('%s', (_, reports, kinds) => {
    const c = compareReports(reports);
    expect(c.numbers).toHaveLength(1);
    expect(c.numbers[0]!.kinds).toEqual(kinds);
    expect(c.numbers[0]!.status).toBe(kinds.length ? 'differs' : 'agrees');
  });

  it('says how a count moved: up from 164 to 225 between 10:00 and 18:00', () => {
    const item = compareReports([toll('a', 10, 164, '164'), toll('b', 18, 225, '225')]).numbers[0]!;
    expect(item.update).toEqual({ from: 164, to: 225, fromAt: at(10), toAt: at(18), direction: 'up' });
  });

  it('marks a later report that still carries the old count as stale', () => {
    const item = compareReports([toll('c', 20, 164, '164'), toll('a', 10, 164, '164'), toll('b', 18, 225, '225')]).numbers[0]!;
    expect(item.kinds).toEqual(['value', 'update']);
    expect(item.mentions.find((m) => m.report === 'c')!.stale).toBe(true);
    expect(item.mentions.find((m) => m.report === 'a')!.stale).toBeUndefined();
    expect(item.update).toMatchObject({ from: 164, to: 225 });
  });

  it('only: one outlet reports a figure', () => {
    const a = toll('a', 10, 31, '31');
    const b = report({ id: 'b', publishedAt: at(10), sentences: ['31 people have been killed.', 'Two bridges collapsed.'], figures: [
      { s: 0, text: '31 people', value: 31, predicate: 'killed', unit: 'people', what: 'people killed' },
      { s: 1, text: 'Two bridges', value: 2, unit: 'bridges', what: 'bridges collapsed', predicate: 'collapsed' }] });
    const c = compareReports([a, b]);
    expect(itemWith(c.numbers, 'b', 2)).toMatchObject({ status: 'single', kinds: ['only'] });
    expect(itemWith(c.numbers, 'a', 31)).toMatchObject({ status: 'agrees', kinds: [] });
  });

  const sourced = (id: string, source: string | null, cue: string, stance: 'neutral' | 'distancing' | 'assertive' = 'neutral') =>
    report({
      id, sentences: [source ? `${source} ${cue} 750 officers were injured.` : '750 officers were injured.'],
      figures: [{ s: 0, text: '750 officers', value: 750, predicate: 'injured', unit: 'officers', what: 'officers injured' }],
      attributions: source ? [{ s: 0, source, cue, content: '750 officers were injured', stance, figures: [0] }] : [],
    });
  it.each([
    ['attributed / stated as fact', sourced('a', 'The ministry', 'said'), sourced('b', null, ''), ['source']],
    ['two sources', sourced('a', 'The ministry', 'said'), sourced('b', 'The Red Cross', 'said'), ['source']],
    ['one source, said / claimed', sourced('a', 'The ministry', 'said'), sourced('b', 'The ministry', 'claimed', 'distancing'), ['cue']],
    ['one source, said / stated', sourced('a', 'The ministry', 'said'), sourced('b', 'The ministry', 'stated'), []],
  ])('%s', (_, a, b, kinds) => {
    const item = compareReports([a, b]).numbers[0]!;
    expect(item.kinds).toEqual(kinds);
    expect(item.mentions.map((m) => m.source)).toEqual([a.attributions[0]?.entity ?? null, b.attributions[0]?.entity ?? null]);
  });
});

describe('one mention per outlet, with evidence', () => {
  it('a figure given twice in one report is one mention, the most specific', () => {
    const a = report({ id: 'a', sentences: ['Floods kill 31.', 'At least 31 people have been killed, police said.'], figures: [
      { s: 0, text: '31', value: 31, predicate: 'killed', what: '' },
      { s: 1, text: 'At least 31 people', value: 31, bound: '>', hedge: 'at least', predicate: 'killed', unit: 'people', what: 'people killed' }],
      attributions: [{ s: 1, source: 'police', cue: 'said', content: 'At least 31 people have been killed', figures: [1] }] });
    const b = oneFigure('b', '31 people died.', { text: '31 people', value: 31, predicate: 'died', unit: 'people', what: 'people died' });
    const c = compareReports([a, b]);
    expect(c.numbers).toHaveLength(1);
    const mention = c.numbers[0]!.mentions[0]!;
    expect(mention).toMatchObject({ report: 'a', text: 'At least 31 people', source: 'police', cue: 'said' });
    expect(a.text.slice(mention.start, mention.end)).toBe(mention.sentence);
    expect(a.text.slice(mention.span!.start, mention.span!.end)).toBe('At least 31 people');
  });

  it('skips dates, years and ordinals', () => {
    const a = report({ id: 'a', sentences: ['On 4 August 2020, the first blast hit.'], figures: [
      { s: 0, text: '4 August 2020', value: 4, kind: 'date' }, { s: 0, text: 'first', value: 1, kind: 'ordinal' }] });
    const b = report({ id: 'b', sentences: ['In 2020 a blast hit.'], figures: [{ s: 0, text: '2020', value: 2020, kind: 'year' }] });
    expect(compareReports([a, b]).numbers).toEqual([]);
  });

  it('offsets are UTF-16 offsets, past emoji and accents', () => {
    const a = report({ id: 'a', sentences: ['🚨 Électricité du Liban: 31 people were killed.'], figures: [{ s: 0, text: '31 people', value: 31, predicate: 'killed', unit: 'people', what: 'people killed' }] });
    const m = compareReports([a]).numbers[0]!.mentions[0]!;
    expect(a.text.slice(m.span!.start, m.span!.end)).toBe('31 people');
  });
});

describe('copies of one story count once', () => {
  const wire = 'Floodwaters swept through the river valley overnight, and rescue teams said at least 31 people had been killed while hundreds more remained stranded on rooftops across the district.';
  const more = ['Officials opened schools as shelters and asked residents of low-lying streets to leave before the river crests again on Sunday evening.', 'Power and water were cut in several towns, and the main road to the coast remained closed after a bridge gave way.'];
  const a = report({ id: 'a', outlet: 'Paper A', sentences: [wire, ...more], figures: [{ s: 0, text: 'at least 31 people', value: 31, bound: '>', hedge: 'at least', predicate: 'killed', unit: 'people', what: 'people killed' }] });
  const b = report({ id: 'b', outlet: 'Paper B', sentences: [wire, ...more], figures: [{ s: 0, text: 'at least 31 people', value: 31, bound: '>', hedge: 'at least', predicate: 'killed', unit: 'people', what: 'people killed' }] });
  const c = oneFigure('c', '29 people died in the floods.', { text: '29 people', value: 29, predicate: 'died', unit: 'people', what: 'people died' });
  it('lists the copy under the report it copies and shows its figure once', () => {
    const cmp = compareReports([a, b, c]);
    expect(cmp.reports.find((r) => r.id === 'a')!.copies).toEqual(['b']);
    expect(cmp.reports.find((r) => r.id === 'b')!.copyOf).toBe('a');
    expect(cmp.numbers).toHaveLength(1);
    expect(cmp.numbers[0]!.mentions.map((m) => m.report)).toEqual(['a', 'c']);
    expect(cmp.numbers[0]!.kinds).toEqual(['value', 'hedge']);
  });
});

describe('alignFigures', () => {
  it('gives the same groups with the sparse score store as with the matrix', async () => {
    const { alignFigures, countedOf } = await import('../../../lib/compare/align');
    const reports = [27, 31, 29, 31].map((v, i) => oneFigure(`r${i}`, `${v} people were killed and ${v * 10} injured.`, { text: `${v} people`, value: v, predicate: 'killed', unit: 'people', what: 'people killed' }));
    const candidates = reports.map((r, i) => ({ report: i, index: 0, figure: r.figures[0]!, counted: countedOf(r.figures[0]!), anchors: [], source: null }));
    const ids = (groups: ReturnType<typeof alignFigures>) => groups.map((g) => g.map((c) => c.report));
    expect(ids(alignFigures(candidates, 0))).toEqual(ids(alignFigures(candidates)));
    expect(ids(alignFigures(candidates))).toEqual([[0, 1, 2, 3]]);
  });
});

describe('an amount restated in another unit', () => {
  it('is one figure: "$60m (£53m)"', () => {
    const a = report({ id: 'a', sentences: ['Biden pledged $60m (£53m) to help the territory.'], figures: [
      { s: 0, text: '$60m', value: 60_000_000, kind: 'money', unit: '$', what: '$' },
      { s: 0, text: '£53m', value: 53_000_000, kind: 'money', unit: '£', what: '£' }] });
    const b = oneFigure('b', 'The president pledged $60 million in aid.', { text: '$60 million', value: 60_000_000, kind: 'money', unit: '$', what: 'aid' });
    const c = compareReports([a, b]);
    expect(c.numbers.map((n) => n.mentions.map((m) => m.text))).toEqual([['$60m', '$60 million']]);
  });
});
