import type { Comparison, Report, ReportRef } from '../model';
import { copyGroups } from '../match/near-duplicate';
import { compareFigures } from './figures';
import { compareAttributions } from './attributions';
import { withInnerClaims } from './inner-claims';

export { quoteDiff, quoteSimilarity } from './quote-diff';
export { describeUpdate } from './describe';
export type { QuotePart } from './quote-diff';
export { compatible, hedgeGroup } from './values';
export { countedOf } from './counted';
export { sameEntity, normaliseEntity } from './entities';

/**
 * Compares one event's reports; the first is the one being read.
 *
 * Copies of one story (a wire story republished, two versions of one address) count once:
 * the first of them stands for the group and lists the others in `copies`, so a figure five
 * papers took from one wire is not shown as five confirmations.
 *
 * Kinds follow shared/gold/seed-pair.json. A later count ("up from 164 to 225") carries both
 * "value" (the gold's convention: the values differ) and "update" (the contract's name for why),
 * with `update` saying from what to what and when; a later report still carrying a replaced
 * count has `stale` on its mention. Show "value" without "update" as a contradiction.
 *
 * @example
 * const comparison = compareReports([reading, ...sameEvent]);
 * comparison.numbers.filter((n) => n.status === 'differs');
 */
export function compareReports(reports: readonly Report[]): Comparison {
  const leader = copyGroups(reports);
  const refs: ReportRef[] = reports.map((r, i) => {
    const ref: ReportRef = { id: r.id, outlet: r.outlet, title: r.title, publishedAt: r.publishedAt, url: r.url };
    const copies = reports.filter((_, j) => j !== i && leader[j] === i).map((c) => c.id);
    if (copies.length) ref.copies = copies;
    if (leader[i] !== i) ref.copyOf = reports[leader[i]!]!.id;
    return ref;
  });
  const independent = reports.filter((_, i) => leader[i] === i).map(withInnerClaims);
  return {
    reports: refs,
    numbers: compareFigures(independent),
    attributions: compareAttributions(independent),
  };
}
