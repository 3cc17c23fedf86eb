import type { AttributionItem, Comparison } from '../model';
import { sameEntity } from './entities';
import { goldOfMentions, homeItem, lettersOf, placeGold, type Gold, type GoldAttribution } from './gold';

/**
 * Scores one comparison against a careful reader's gold (lib/compare/gold.ts):
 * - figures aligned: gold figures whose outlets' mentions all sit in one item, with no other
 *   gold figure's mention in it;
 * - kinds found: the gold's difference kinds present on that item;
 * - false alarms: items the gold says agree (no kind) that the comparison flags;
 * - spurious value conflicts: items flagged "value" that the gold gives no value difference
 *   (or that mix two gold figures);
 * - attributions found: gold (source, outlet) pairs the comparison cites under that source.
 */
export interface EventScore {
  figures: number;
  aligned: number;
  multiOutlet: number;
  multiAligned: number;
  kinds: number;
  kindsFound: number;
  agreeing: number;
  falseAlarms: number;
  valueItems: number;
  spuriousValue: number;
  unverifiedValue: number;
  attributions: number;
  attributionsFound: number;
  attributionKinds: number;
  attributionKindsFound: number;
  attributionFalseAlarms: number;
  /** Gold stale mentions (a later report carrying a replaced count) and how many were marked. */
  stale: number;
  staleFound: number;
  /** Gold copies (a wire story republished) and how many the comparison folded into their original. */
  copies: number;
  copiesFound: number;
  misses: string[];
}

function namesOf(g: GoldAttribution): string[] {
  return [g.source, ...(g.aliases ?? [])];
}

function citesSource(item: AttributionItem, g: GoldAttribution, report: string): boolean {
  return item.mentions.some((m) => m.report === report && namesOf(g).some((n) => sameEntity(n, m.source ?? item.entity)));
}

export function scoreComparison(gold: Gold, comparison: Comparison, reportOf: (letter: string) => string): EventScore {
  const s: EventScore = {
    figures: 0, aligned: 0, multiOutlet: 0, multiAligned: 0, kinds: 0, kindsFound: 0, agreeing: 0, falseAlarms: 0,
    valueItems: 0, spuriousValue: 0, unverifiedValue: 0, attributions: 0, attributionsFound: 0,
    attributionKinds: 0, attributionKindsFound: 0, attributionFalseAlarms: 0, stale: 0, staleFound: 0, copies: 0, copiesFound: 0, misses: [],
  };
  for (const [copy, original] of Object.entries(gold.copies ?? {})) {
    s.copies++;
    if (comparison.reports.find((r) => r.id === reportOf(copy))?.copyOf === reportOf(original)) s.copiesFound++;
    else s.misses.push(`copy ${copy} of ${original} not recognised`);
  }
  // A copy's figures are shown on the report it copies.
  const letterOf = (l: string) => gold.copies?.[l] ?? l;
  const placement = placeGold(gold, comparison, (l) => reportOf(letterOf(l)));
  const goldOf = goldOfMentions(placement);
  for (const g of gold.numbers) {
    const letters = [...new Set(lettersOf(g, gold).map(letterOf))];
    const placed = placement.get(g.id);
    const home = homeItem(placed);
    const item = home === null ? null : comparison.numbers[home]!;
    const together = !!item && letters.every((l) => placed?.get(l)?.item === home) && item.mentions.every((m) => (goldOf.get(m) ?? g.id) === g.id);
    s.figures++;
    if (together) s.aligned++;
    if (letters.length > 1) {
      s.multiOutlet++;
      if (together) s.multiAligned++;
    }
    if (!together) s.misses.push(`figure ${g.id}: ${placed?.size ?? 0}/${letters.length} found${item ? `, item "${item.what}"` : ''}`);
    for (const l of (g as { stale?: string[] }).stale ?? []) {
      s.stale++;
      if (placed?.get(l)?.mention.stale) s.staleFound++;
      else s.misses.push(`figure ${g.id}: ${l} not marked stale`);
    }
    for (const kind of g.differs) {
      s.kinds++;
      if (item?.kinds.includes(kind as never)) s.kindsFound++;
      else s.misses.push(`figure ${g.id}: kind ${kind} not found (has ${item ? item.kinds.join(',') || 'none' : 'no item'})`);
    }
    if (!g.differs.length && letters.length > 1) {
      s.agreeing++;
      // Nothing found is a miss (counted above), not an alarm; split or flagged is an alarm.
      const split = !!placed && new Set([...placed.values()].map((p) => p.item)).size > 1;
      if (split || (item && item.kinds.length)) {
        s.falseAlarms++;
        s.misses.push(`figure ${g.id}: false alarm (${split ? 'split' : item!.kinds.join(',')})`);
      }
    }
  }
  for (const item of comparison.numbers) {
    if (!item.kinds.includes('value')) continue;
    s.valueItems++;
    const ids = new Set(item.mentions.map((m) => goldOf.get(m)).filter((x): x is string => !!x));
    if (!ids.size) {
      s.unverifiedValue++;
      continue;
    }
    const g = gold.numbers.find((n) => n.id === [...ids][0]);
    if (ids.size > 1 || !g?.differs.includes('value')) {
      s.spuriousValue++;
      s.misses.push(`spurious value: "${item.what}" (${[...ids].join(', ')})`);
    }
  }
  for (const g of gold.attributions) {
    const letters = [...new Set(lettersOf(g, gold).map(letterOf))];
    const byItem = new Map<number, number>();
    for (const l of letters) {
      s.attributions++;
      const at = comparison.attributions.findIndex((a) => citesSource(a, g, reportOf(l)));
      if (at >= 0) {
        s.attributionsFound++;
        byItem.set(at, (byItem.get(at) ?? 0) + 1);
      } else s.misses.push(`source ${g.id}: not found in ${l}`);
    }
    const home = [...byItem.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const item = home === undefined ? null : comparison.attributions[home]!;
    for (const kind of g.differs) {
      s.attributionKinds++;
      if (item?.kinds.includes(kind as never)) s.attributionKindsFound++;
      else s.misses.push(`source ${g.id}: kind ${kind} not found (has ${item ? item.kinds.join(',') || 'none' : 'no item'})`);
    }
    if (!g.differs.length && letters.length > 1 && (!item || item.kinds.length || byItem.size > 1)) {
      s.attributionFalseAlarms++;
      s.misses.push(`source ${g.id}: false alarm (${item?.kinds.join(',') ?? 'not found'})`);
    }
  }
  return s;
}

/** Adds event scores up. */
export function addScores(scores: readonly EventScore[]): EventScore {
  const total = { ...scores[0]!, misses: [] as string[] };
  for (const key of Object.keys(total) as (keyof EventScore)[]) if (key !== 'misses') (total[key] as number) = scores.reduce((n, s) => n + (s[key] as number), 0);
  return total;
}
