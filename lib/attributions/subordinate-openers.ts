import type { Token } from './tokens';
import { cueReadings } from './cues';
import { opensClause } from './clauses';
import { isAuxiliary, isComma, isDeterminer } from './words';

/**
 * "And while Trump has railed against the provisions that pock the tax code, he’s sought to
 * protect breaks ...": a frame inside a subordinate clause that opens the sentence says only
 * what that clause holds; its content stops at the comma where the main clause begins.
 */

const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'because', 'since', 'after', 'before', 'when', 'if', 'once', 'unless']);

/** Longest stretch searched for the main clause's comma. */
const MAX_REACH = 40;

/**
 * For a frame whose source starts at `sourceStart`: the comma ending its opening subordinate
 * clause, or -1 when the frame is in no such clause or the main clause cannot be seen.
 */
export function subordinateClauseEnd(tokens: readonly Token[], floor: number, sourceStart: number, cueEnd: number, limit: number): number {
  const link = tokens[sourceStart - 1];
  if (!link || !SUBORDINATORS.has(link.lower) || !opensClause(tokens, floor, sourceStart - 1)) return -1;
  for (let k = cueEnd; k < limit && k < cueEnd + MAX_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.text === ';') return -1;
    if (isComma(t) && mainClauseAt(tokens, k + 1, limit)) return k;
  }
  return -1;
}

/** A subject (a pronoun, or a name or determined noun of a few words) then its verb, from i. */
function mainClauseAt(tokens: readonly Token[], i: number, limit: number): boolean {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return false;
  if (/^(he|she|they|we|i|it)$/.test(first.lower) || first.lower === "he's" || first.lower === "she's") return true;
  if (!first.upper && !isDeterminer(first)) return false;
  for (let k = i + 1; k < limit && k < i + 5; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (isAuxiliary(t) || cueReadings(t).some((r) => r.form === 'past' || r.form === 'third')) return true;
  }
  return false;
}
