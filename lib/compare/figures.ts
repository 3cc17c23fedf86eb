import type { FigureItem, FigureMention, Report, Stance } from '../model';
import { alignFigures } from './align';
import { classifyFigures, type Placed } from './classify';
import { evidenceOf } from './evidence';
import { claimStances } from './sources';
import { sameEntity } from './entities';
import { classesIn } from './counted';
import { namesOfEvent, readReport, type Read } from './read-figures';

/**
 * Figure items: the event's figures lined up across its reports, one mention per outlet, each
 * with its evidence and the kinds of difference between outlets.
 */

function mentionOf(report: Report, read: Read): FigureMention {
  const f = read.candidate.figure;
  return {
    ...evidenceOf(report, f.sentence, f.start, f.end),
    text: f.text,
    value: f.value,
    low: f.low,
    high: f.high,
    bound: f.bound,
    hedge: f.hedge,
    kind: f.kind,
    unit: f.unit,
    what: f.what,
    source: read.source?.entity ?? null,
    cue: read.source?.cue ?? null,
    stance: read.source?.attribution.stance ?? null,
  };
}

/** The item's name: the fullest counted phrase, the report being read first. */
function itemWhat(mentions: readonly FigureMention[]): string {
  const named = mentions.filter((m) => m.what);
  if (!named.length) return mentions[0]?.unit || mentions[0]?.text || '';
  return named.reduce((best, m) => (m.what.length > best.what.length * 1.5 ? m : best)).what;
}

/**
 * Compares the figures of one event's reports (copies already set aside): `reports[0]` is the
 * one being read.
 */
export function compareFigures(reports: readonly Report[]): FigureItem[] {
  const eventNames = namesOfEvent(reports);
  const reads = reports.flatMap((r, i) => readReport(r, i, eventNames));
  const byCandidate = new Map(reads.map((r) => [r.candidate, r]));
  const groups = alignFigures(reads.map((r) => r.candidate));
  const items: FigureItem[] = groups.map((group) => {
    const placed: Placed[] = group.map((c) => {
      const report = reports[c.report]!;
      const at = report.publishedAt ? Date.parse(report.publishedAt) : NaN;
      const read = byCandidate.get(c)!;
      const cls = c.counted.cls;
      const stances = read.source
        ? claimStances(report, c.figure.sentence, read.source, (content) => cls !== null && classesIn(content).has(cls), sameEntity)
        : new Set<Stance>();
      return { mention: mentionOf(report, read), at, publishedAt: report.publishedAt, term: c.counted.term, stances };
    });
    // Only a tally (deaths, injured, missing...) moves with time; a magnitude revised is a conflict.
    const tally = group.some((c) => c.counted.cls !== null && c.counted.cls !== 'aboard');
    const { kinds, status, update, stale } = classifyFigures(placed, reports.length, tally);
    const mentions = placed.map((p) => (stale.has(p.mention) ? { ...p.mention, stale: true } : p.mention));
    return { what: itemWhat(mentions), status, kinds, mentions, ...(update ? { update } : {}) };
  });
  // Reading order of the report being read, then of the others.
  const key = (item: FigureItem) => {
    const m = item.mentions[0]!;
    return reports.findIndex((r) => r.id === m.report) * 1e9 + (m.span?.start ?? m.start);
  };
  return items.sort((a, b) => key(a) - key(b));
}
