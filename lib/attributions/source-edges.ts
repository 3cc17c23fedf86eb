import type { Token } from './tokens';
import { sourceBefore, type TokenRange } from './sources';
import { cueWords } from './cues';
import { DETERMINERS, PREPOSITIONS, isEnd } from './words';

/** Edges of a source phrase: a participle inside it, an aside between dashes after it. */

/**
 * A source holds no verb: "Protesters marching through the streets" is the protesters, and
 * "seizing upon a New York Times (report)" is the Times. A participle of saying, or one with a
 * preposition or determiner after it, splits the phrase; the name is the part before it, or the
 * part after when it opens the phrase.
 */
export function withoutParticiple(tokens: readonly Token[], r: TokenRange): TokenRange | null {
  for (let k = r.start; k < r.end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.upper || !t.lower.endsWith('ing') || t.lower.length < 6) continue;
    const before = tokens[k - 1];
    if (k > r.start && before && (DETERMINERS.has(before.lower) || before.lower === "'s")) continue;
    const after = tokens[k + 1];
    const verbLike = cueWords(t.lower).some((c) => c.form === 'ing') || (!!after && k + 1 < r.end && (PREPOSITIONS.has(after.lower) || DETERMINERS.has(after.lower) || after.lower === 'upon'));
    if (!verbLike) continue;
    if (k > r.start) return { start: r.start, end: k };
    let s = k + 1;
    while (s < r.end && (PREPOSITIONS.has(tokens[s]!.lower) || tokens[s]!.lower === 'upon')) s++;
    return s < r.end ? { start: s, end: r.end } : null;
  }
  return r;
}

/**
 * "John Dickey, the chief executive of Ora Media -- the production company that ... -- told
 * me": a name with an aside between dashes, which the corpus counts in the source.
 */
export function dashedAside(tokens: readonly Token[], floor: number, end: number): TokenRange | null {
  const close = dashStart(tokens, end - 1);
  if (close < 0) return null;
  for (let k = close - 1; k > floor && k > close - 45; k--) {
    if (isEnd(tokens[k])) return null;
    const open = dashStart(tokens, k);
    if (open < 0) continue;
    const head = open > floor ? sourceBefore(tokens, floor, open) : null;
    return head && head.end === open ? { start: head.start, end } : null;
  }
  return null;
}

/** The first token of a dash ending at token k ("—", "–", "―", or "--" as two hyphens), or -1. */
function dashStart(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'punct') return -1;
  if (t.text === '—' || t.text === '–' || t.text === '―') return k;
  return t.text === '-' && tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === t.start ? k - 1 : -1;
}
