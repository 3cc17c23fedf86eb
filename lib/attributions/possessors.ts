import type { Token } from './tokens';
import { skipTimePhrase } from './words';
import { sourceBefore, type TokenRange } from './sources';

/**
 * The possessor before a nominal cue ("Tulsa police’s earlier claim", "Mr. Obama's announcement
 * in 2014 of"): where it starts, and where the noun's preposition comes after a time.
 */

/** Prepositions that end the clause before a possessor ("swayed by Mr. Obama's", "pointed to Britain's"). */
const BEFORE_POSSESSOR = new Set(['by', 'to', 'from', 'with', 'at', 'on', 'in', 'into', 'over', 'under', 'about', 'against', 'than', 'for']);
const NAME_JOINS = new Set(['and', 'of', '&', '.', '-']);

/**
 * A possessor is a noun phrase, which the walk back from the cue may overrun ("a metaphor for
 * the GOP's", "difficult to assess North Korea's"): it starts at its last determiner, or else
 * at the name right before the mark, or after a preposition or participle.
 */
function possessorOnly(tokens: readonly Token[], source: { start: number; end: number } | null, possessive: boolean): { start: number; end: number } | null {
  if (!source || !possessive || source.end - source.start < 2) return source;
  const determiner = (t: Token | undefined): boolean => !!t && /^(the|a|an|this|that)$/.test(t.lower);
  let j = source.end;
  while (j > source.start && (tokens[j - 1]!.upper || (NAME_JOINS.has(tokens[j - 1]!.lower) && tokens[j - 2]?.upper))) j--;
  if (j < source.end && j > source.start) return { start: determiner(tokens[j - 1]) ? j - 1 : j, end: source.end };
  for (let d = source.end - 1; d > source.start; d--) if (determiner(tokens[d])) return { start: d, end: source.end };
  for (let k = source.end - 1; k > source.start; k--) {
    const t = tokens[k - 1]!;
    if (t.kind === 'word' && !t.upper && (BEFORE_POSSESSOR.has(t.lower) || /ed$/.test(t.lower))) return { start: k, end: source.end };
  }
  return source;
}

/** The index after a time phrase at i ("Tuesday", "in 2014"), or i. */
export function afterTime(tokens: readonly Token[], i: number, to: number): number {
  const j = skipTimePhrase(tokens, i, to);
  if (j > i) return j;
  return tokens[i]?.lower === 'in' && /^(1[89]|20)\d\d$/.test(tokens[i + 1]?.text ?? '') ? i + 2 : i;
}

/**
 * The possessor whose mark ("'s", "’") is at `mark`, with the mark: the corpus mostly keeps it
 * in the source ("Tulsa police’s | earlier claim"). The walk back may end short of the mark
 * ("to stop the government's determination"): then only the few words before it are read.
 */
export function possessorBefore(tokens: readonly Token[], from: number, mark: number): TokenRange | null {
  const found = sourceBefore(tokens, from, mark);
  const reaching = found && found.end !== mark ? { start: Math.max(from, mark - 4), end: mark } : found;
  const named = possessorOnly(tokens, reaching, true);
  return named && { start: named.start, end: mark + 1 };
}
