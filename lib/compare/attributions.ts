import type { Attribution, AttributionItem, AttributionMention, DifferenceKind, Report, Stance } from '../model';
import { evidenceOf } from './evidence';
import { normaliseEntity, sameEntity } from './entities';
import { sourceName } from './sources';

/**
 * Attribution items: each source the event's reports cite, lined up by normalised name, with
 * what differs between outlets: the stance of the reporting verbs (cue), the quoted words
 * (quote), whether every outlet cites it (only), and whether an outlet keeps the claim at arm's
 * length with an adverb of its own ("allegedly", "reportedly") where another does not (stance).
 */

interface Cited {
  report: number;
  name: string;
  attribution: Attribution;
}


/**
 * Groups cited names into sources. Longer names go first so that a short name ("the ministry")
 * joins a full one; where it could join several, it joins the one its own report cites, since
 * within one report it refers back to a source named there.
 */
function groupSources(cited: readonly Cited[]): Cited[][] {
  const groups: Cited[][] = [];
  const names = [...new Set(cited.map((c) => c.name))].sort((a, b) => normaliseEntity(b).length - normaliseEntity(a).length || (a < b ? -1 : 1));
  const groupOfName = new Map<string, number>();
  for (const name of names) {
    const reportsOfName = new Set(cited.filter((c) => c.name === name).map((c) => c.report));
    const fits = groups.map((g, i) => [g, i] as const).filter(([g]) => sameEntity(g[0]!.name, name));
    const own = fits.find(([g]) => g.some((c) => reportsOfName.has(c.report)));
    const at = (own ?? fits[0])?.[1];
    if (at === undefined) {
      groupOfName.set(name, groups.length);
      groups.push(cited.filter((c) => c.name === name));
    } else {
      groupOfName.set(name, at);
      groups[at]!.push(...cited.filter((c) => c.name === name));
    }
  }
  return groups;
}

/** Quoted passages of an attribution, without quote marks. */
function quotesOf(report: Report, a: Attribution): string[] {
  if (a.quotes?.length) return a.quotes.map((q) => q.text);
  return a.quote ? [a.content.text] : [];
}

function quoteKey(q: string): string {
  return q.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Two quoted passages are the same words if they share nearly all of them. A quote cut short
 * ("fully certified" of "fully certified and inspected last month") is a difference the reader
 * should see: the outlet chose which words to keep.
 */
function sameQuote(a: string, b: string): boolean {
  const ka = quoteKey(a);
  const kb = quoteKey(b);
  if (!ka || !kb) return ka === kb;
  if (ka === kb) return true;
  const wa = new Set(ka.split(' '));
  const wb = new Set(kb.split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size) >= 0.8;
}

function quotesDiffer(perReport: ReadonlyArray<readonly string[]>): boolean {
  if (perReport.every((qs) => !qs.length)) return false;
  for (let i = 0; i < perReport.length; i++) {
    for (let j = 0; j < perReport.length; j++) {
      if (i === j) continue;
      if (perReport[i]!.some((q) => !perReport[j]!.some((r) => sameQuote(q, r)))) return true;
    }
  }
  return false;
}

function stancesDiffer(perReport: ReadonlyArray<ReadonlySet<Stance>>): boolean {
  const keys = perReport.map((s) => [...s].sort().join(','));
  return new Set(keys).size > 1;
}

function mentionOf(report: Report, c: Cited): AttributionMention {
  const a = c.attribution;
  const quotes = quotesOf(report, a);
  return { ...evidenceOf(report, a.sentence, a.cue.start, a.cue.end), cue: a.cue.text, stance: a.stance, quote: quotes[0] ?? null, quotes, source: c.name };
}

/** Compares who said what across one event's reports (copies set aside); `reports[0]` is the one being read. */
export function compareAttributions(reports: readonly Report[]): AttributionItem[] {
  const cited: Cited[] = [];
  reports.forEach((r, i) => {
    for (const a of r.attributions) {
      const name = sourceName(r, a);
      if (name && normaliseEntity(name)) cited.push({ report: i, name, attribution: a });
    }
  });
  const items = groupSources(cited).map((group) => {
    const byReport = [...new Set(group.map((c) => c.report))].sort((a, b) => a - b);
    const kinds: DifferenceKind[] = [];
    if (byReport.length > 1) {
      const stances = byReport.map((r) => new Set(group.filter((c) => c.report === r).map((c) => c.attribution.stance)));
      if (stancesDiffer(stances)) kinds.push('cue');
      const quotes = byReport.map((r) => group.filter((c) => c.report === r).flatMap((c) => quotesOf(reports[r]!, c.attribution)));
      if (quotesDiffer(quotes)) kinds.push('quote');
      const hedged = byReport.map((r) => group.some((c) => c.report === r && c.attribution.hedges.length > 0));
      if (new Set(hedged).size > 1) kinds.push('stance');
    }
    if (byReport.length < reports.length) kinds.push('only');
    const ordered = [...group].sort((a, b) => a.report - b.report || a.attribution.cue.start - b.attribution.cue.start);
    // The fullest name any outlet gives, as written, names the source.
    const fullest = ordered.reduce((best, c) => (normaliseEntity(c.name).length > normaliseEntity(best.name).length ? c : best)).name;
    const entity = fullest.replace(/^(the|a|an)\s+/i, '').trim();
    const item: AttributionItem = {
      entity,
      status: byReport.length < 2 ? 'single' : kinds.length ? 'differs' : 'agrees',
      kinds,
      mentions: ordered.map((c) => mentionOf(reports[c.report]!, c)),
    };
    return { item, key: ordered[0]!.report * 1e9 + ordered[0]!.attribution.cue.start };
  });
  return items.sort((a, b) => a.key - b.key).map((x) => x.item);
}
