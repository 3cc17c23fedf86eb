import { describe, expect, it } from 'vitest';
import { bestTitle, bySeverity, coverage, differenceCounts, splitByStatus, timeline } from '../../../lib/ui/view-model';
import { figureChips } from '../../../lib/ui/figure-chips';
import { groupAlike } from '../../../lib/ui/group';
import { REPORT_A, REPORT_B, REPORT_C, figure, seedLikeComparison } from '../../components/comparison-fixture';
import type { FigureItem, ReportRef } from '../../../lib/model';

const ref = (id: string, title: string, publishedAt: string | null = null): ReportRef => ({ id, outlet: id, title, publishedAt, url: null });

describe('bestTitle', () => {
  it('picks the title sharing most words with the others, not a slanted one', () => {
    const reports = [
      ref('a', 'Outrage as regime crushes dissent'),
      ref('b', 'Kazakhstan unrest: police death toll rises to 18'),
      ref('c', 'Police death toll in Kazakhstan unrest rises'),
    ];
    // b and c share all their words: a tie, which the earlier report (the one read first) wins.
    expect(bestTitle(reports)).toBe('Kazakhstan unrest: police death toll rises to 18');
    expect(bestTitle([reports[2]!, reports[0]!, reports[1]!])).toBe('Police death toll in Kazakhstan unrest rises');
  });
  it('gives the only title, skips empty ones, and "" when there is none', () => {
    expect(bestTitle([ref('a', ''), ref('b', ' Only one ')])).toBe('Only one');
    expect(bestTitle([])).toBe('');
  });
});

describe('timeline', () => {
  it('orders by publication time, unknown times last, positions 0..1', () => {
    const entries = timeline([ref('reading', 't', '2022-01-06T12:00:00Z'), ref('early', 't', '2022-01-06T06:00:00Z'), ref('unknown', 't'), ref('late', 't', '2022-01-07T06:00:00Z')]);
    expect(entries.map((e) => e.report.id)).toEqual(['early', 'reading', 'late', 'unknown']);
    expect(entries.map((e) => e.position)).toEqual([0, 0.25, 1, null]);
    expect(entries.find((e) => e.reading)?.report.id).toBe('reading');
  });
  it('centres a single dated report', () => {
    expect(timeline([ref('a', 't', '2022-01-06')])[0]!.position).toBe(0.5);
  });
});

describe('counts and groups', () => {
  it('counts differing items by kind, once per item', () => {
    const counts = differenceCounts(seedLikeComparison());
    // The energy ministry, cited by one outlet ("single", kind "only"), is a difference too.
    expect(counts).toMatchObject({ figures: 2, attributions: 3, total: 5 });
    expect(counts.byKind).toEqual({ hedge: 1, cue: 2, only: 2, quote: 1 });
  });
  it('splits by status in order', () => {
    const split = splitByStatus(seedLikeComparison().attributions, 2);
    // Most serious first: a source only one outlet cites, then a verb, then quoted words.
    expect(split.differs.map((i) => i.entity)).toEqual(['energy ministry', 'OHCHR', 'the authorities']);
    expect(split.single).toEqual([]);
    expect(split.agrees.map((i) => i.entity)).toEqual(['law enforcement']);
    // With one report there is nothing to differ from.
    expect(splitByStatus(seedLikeComparison().attributions, 1).single.map((i) => i.entity)).toEqual(['energy ministry']);
  });
  it('finds the reports that lack an item', () => {
    const { present, missing } = coverage([figure('rB')], [REPORT_A, REPORT_B]);
    expect(present.map((p) => p.report.id)).toEqual(['rB']);
    expect(missing.map((r) => r.id)).toEqual(['rA']);
  });
});

describe('figureChips', () => {
  const item = (kinds: FigureItem['kinds'], mentions = [figure('rA'), figure('rB', { hedge: 'nearly', cue: 'claimed' }), figure('rC')]): FigureItem => ({ what: 'injured', status: kinds.length ? 'differs' : 'agrees', kinds, mentions });

  it('marks only the outlet whose hedge is the odd one out', () => {
    const { chips } = figureChips(item(['hedge']), [REPORT_A, REPORT_B, REPORT_C]);
    expect(chips.map((c) => c.marks)).toEqual([[], ['hedge'], []]);
  });
  it('marks every chip when two outlets disagree (no majority)', () => {
    const { chips } = figureChips(item(['hedge', 'cue'], [figure('rA'), figure('rB', { hedge: 'nearly', cue: 'claimed' })]), [REPORT_A, REPORT_B]);
    expect(chips.map((c) => c.marks.sort())).toEqual([['cue', 'hedge'], ['cue', 'hedge']]);
  });
  it('marks nothing when the comparison found no difference, even if wording varies', () => {
    const { chips } = figureChips(item([]), [REPORT_A, REPORT_B, REPORT_C]);
    expect(chips.every((c) => c.marks.length === 0)).toBe(true);
  });
  it('counts further mentions in one report and lists the missing reports', () => {
    const { chips, missing } = figureChips(item(['only'], [figure('rA'), figure('rA', { value: 751 })]), [REPORT_A, REPORT_B]);
    expect(chips).toHaveLength(1);
    expect(chips[0]!.more).toBe(1);
    expect(missing.map((r) => r.outlet)).toEqual(['Eastern Post']);
  });
});

describe('bySeverity', () => {
  it('puts contradicting values first, then one-outlet items, sources, hedges, verbs, wording; stable within a kind', () => {
    const items = [['term'], ['hedge', 'cue'], ['value'], ['quote'], ['only'], ['cue'], ['source', 'term'], ['hedge']].map((kinds, i) => ({ id: i, kinds: kinds as FigureItem['kinds'] }));
    expect(bySeverity(items).map((i) => i.id)).toEqual([2, 4, 6, 1, 7, 5, 3, 0]);
  });
});

describe('groupAlike', () => {
  const reports = Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, outlet: `O${i}`, title: '', publishedAt: null, url: null }));
  it('keeps every outlet apart up to the limit', () => {
    const present = reports.slice(0, 8).map((report) => ({ report, mentions: ['same'] }));
    expect(groupAlike(present, (m) => m.join()).map((g) => g.alike.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
  it('groups outlets saying the same beyond it, led by the first', () => {
    const present = reports.map((report, i) => ({ report, mentions: [i % 3 ? 'about 750' : 'nearly 750'] }));
    const groups = groupAlike(present, (m) => m.join());
    expect(groups.map((g) => [g.report.outlet, g.mentions[0], g.alike.length])).toEqual([['O0', 'nearly 750', 3], ['O1', 'about 750', 7]]);
  });
  it('groups figure chips of many outlets by their whole version', () => {
    const many = reports.map((r, i) => figure(r.id, { hedge: i < 4 ? 'nearly' : 'about' }));
    const { chips } = figureChips({ what: 'injured', status: 'differs', kinds: ['hedge'], mentions: many }, reports);
    expect(chips.map((c) => [c.report.outlet, c.mention.hedge, c.alike.length, c.marks])).toEqual([['O0', 'nearly', 3, ['hedge']], ['O4', 'about', 7, []]]);
  });
});
