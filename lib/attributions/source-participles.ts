import type { Token } from './tokens';
import type { TokenRange } from './sources';
import { cueWords } from './cues';
import { DETERMINERS, PREPOSITIONS } from './words';

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
