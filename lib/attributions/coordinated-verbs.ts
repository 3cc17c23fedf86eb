import type { Token } from './tokens';
import { isAuxiliary, isCueAdverb, isEnd, isDeterminer, isPreposition } from './words';

/**
 * "took to Twitter to accuse Clinton’s campaign ... and encourage Americans to ...", "could
 * reverse the rules or decline to appeal", "should change the laws rather than criticize him":
 * a bare verb after "and", "or" or "rather than" shares the infinitive or modal of the verb
 * before it, and with it that verb's subject. Without such a marker the bare word is more often
 * a noun ("jobs and support").
 */

const COORDINATORS = new Set(['and', 'or', 'than']);
const MARKERS = new Set(['to', 'would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', "'ll", "'d"]);

/** How far back the marker may stand ("to accuse Clinton’s campaign of being “duped” by “a con” and"). */
const MAX_REACH = 24;

/**
 * The index of the infinitive marker or modal that the base-form verb at tokens[k] shares with
 * an earlier verb, or -1 when it is not so coordinated.
 */
export function coordinatedMarker(tokens: readonly Token[], k: number, floor: number): number {
  const link = tokens[k - 1];
  if (!link || !COORDINATORS.has(link.lower)) return -1;
  if (link.lower === 'than' && tokens[k - 2]?.lower !== 'rather') return -1;
  // A verb has its object or clause next ("encourage Americans", "criticize him", "explain how");
  // "demand from China", "support needed" are nouns.
  const next = tokens[k + 1];
  if (!next || (next.kind !== 'quote' && (next.kind !== 'word' || isPreposition(next) && next.lower !== 'to' || /ed$/.test(next.lower) || isAuxiliary(next)))) return -1;
  for (let j = k - 2; j >= floor && j >= k - MAX_REACH; j--) {
    const t = tokens[j]!;
    if (isEnd(t) || t.text === ';' || t.text === ':') return -1;
    if (!MARKERS.has(t.lower)) continue;
    const next = tokens[j + 1];
    // "to the store", "to Iowa": a preposition, not an infinitive marker.
    if (!next || next.kind !== 'word' || next.upper || isDeterminer(next)) continue;
    return j;
  }
  return -1;
}

/** Where the subject of a modal's clause ends: before the modal and the words that lead to it ("the government could"). */
export function modalSubjectEnd(tokens: readonly Token[], marker: number, floor: number): number {
  if (tokens[marker]!.lower === 'to') return -1;
  let s = marker;
  while (s > floor && tokens[s - 1]!.kind === 'word' && isCueAdverb(tokens[s - 1]!)) s--;
  return s;
}
