import type { Attribution, Figure, Report } from '../lib/model';

/** A figure as the command contract writes it (more fields than the contract asks are kept). */
export function figureJson(f: Figure) {
  return {
    text: f.text, start: f.start, end: f.end, value: f.value, low: f.low, high: f.high, bound: f.bound,
    hedge: f.hedge, change: f.change, from: f.from, kind: f.kind, unit: f.unit, what: f.what,
    predicate: f.predicate, part: f.part,
  };
}

export function attributionJson(a: Attribution) {
  return {
    source: a.source, cue: a.cue, content: a.content, entity: a.entity, stance: a.stance, quote: a.quote,
    quotes: a.quotes, hedges: a.hedges, figures: a.figures,
  };
}

export function extractJson(report: Report) {
  return {
    title: report.title, outlet: report.outlet, url: report.url, canonicalUrl: report.canonicalUrl,
    publishedAt: report.publishedAt, modifiedAt: report.modifiedAt, byline: report.byline, lang: report.lang,
    text: report.text,
    quantities: report.figures.map(figureJson),
    attributions: report.attributions.map(attributionJson),
  };
}

/** A plain table for people: columns padded to their widest cell. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.min(60, Math.max(...rows.map((r) => (r[i] ?? '').length)))) ?? [];
  return rows.map((r) => r.map((cell, i) => (cell.length > 60 ? cell.slice(0, 57) + '...' : cell).padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
