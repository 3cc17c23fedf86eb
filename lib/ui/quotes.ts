/** Which of the reader's quotations another outlet's quotation should be diffed against. */
import { quoteSimilarity } from '../compare/quote-diff';

/** Below this letter-pair likeness, two quotations with no word in common are unrelated. */
const MIN_LETTER_LIKENESS = 0.5;

/**
 * Of the reference quotations, the one sharing most words with `quote`; failing any shared word,
 * the one most alike letter by letter ("counter-terrorism" / "counter-terrorist" share no whole
 * word); null when none is related. An outlet quoting two passages is compared passage by passage.
 */
export function closestQuote(quote: string, references: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const reference of references) {
    const score = quoteSimilarity(reference, quote);
    if (score > bestScore) [best, bestScore] = [reference, score];
  }
  if (best) return best;
  for (const reference of references) {
    const score = letterLikeness(reference, quote);
    if (score >= MIN_LETTER_LIKENESS && score > bestScore) [best, bestScore] = [reference, score];
  }
  return best;
}

/** Dice coefficient of letter pairs, case-folded: 1 for the same letters, 0 for none shared. */
export function letterLikeness(a: string, b: string): number {
  const pairs = (s: string) => {
    const folded = s.toLocaleLowerCase();
    const counts = new Map<string, number>();
    for (let i = 0; i < folded.length - 1; i++) counts.set(folded.slice(i, i + 2), (counts.get(folded.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const [pa, pb] = [pairs(a), pairs(b)];
  let shared = 0;
  let total = 0;
  for (const n of pa.values()) total += n;
  for (const n of pb.values()) total += n;
  for (const [pair, n] of pa) shared += Math.min(n, pb.get(pair) ?? 0);
  return total ? (2 * shared) / total : 0;
}

/** Every quoted passage of a mention (older comparisons carry only the first, as `quote`). */
export function quotesOf(mention: { quote: string | null; quotes?: string[] }): string[] {
  if (mention.quotes?.length) return mention.quotes;
  return mention.quote ? [mention.quote] : [];
}
