import type { Token } from './tokens';
import { newMention, type Mention } from './mention';
import { SCALES } from './number-words';
import { lexicon } from './lexicon';

/**
 * Common fractions in words: "half of", "more than half", "two-thirds of", "a quarter of",
 * "three quarters of". Kind "multiplier" (a share of a whole), value the fraction. Only read
 * before "of" or after a hedge, so "the first half" and "a third person" are left alone.
 */
export const DENOMINATORS: ReadonlyMap<string, number> = lexicon({ half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 });
/** "half a century", "a half-century": a fraction of a span of time or length is a measure. */
const MEASURE_AFTER = /^(century|decade|year|month|week|day|hour|minute|mile|metre|meter|kilometre|kilometer|dozen)$/;
const NUMERATORS: ReadonlyMap<string, number> = lexicon({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 });
const HEDGED = /^(than|nearly|almost|about|around|over|roughly|just|some|under|by|above|below)$/;

export function findFractions(tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    let first = i;
    let numerator = 1;
    let d = i;
    const n = NUMERATORS.get(w);
    if (n !== undefined) {
      d = tokens[i + 1]?.lower === '-' ? i + 2 : i + 1;
      numerator = n;
    } else if (w !== 'half' && !(w === 'quarter' && SCALES.has(tokens[i + 1]?.lower ?? ''))) {
      continue;
    }
    const denominator = DENOMINATORS.get(tokens[d]?.lower ?? '');
    if (!denominator || (numerator > 1) !== /s$/.test(tokens[d]!.lower) && denominator !== 2) continue;
    const after = tokens[d + 1];
    // "two thirds of a million": a fraction of a scale, said with "of a".
    const ofA = after?.lower === 'of' && tokens[d + 2]?.lower === 'a' && (tokens[d + 3]?.lower ?? '').length > 3 ? SCALES.get(tokens[d + 3]!.lower) : undefined;
    if (ofA !== undefined && ofA >= 1000) {
      found.push(newMention(first, d + 3, (numerator / denominator) * ofA, true, true));
      i = d + 3;
      continue;
    }
    // "half a million", "quarter million": a fraction of a scale.
    const scale = after && SCALES.get(after.lower) && after.lower.length > 3 ? SCALES.get(after.lower)! : after?.lower === 'a' && SCALES.get(tokens[d + 2]?.lower ?? '') ? -1 : 0;
    if (scale > 0) {
      const m = newMention(first, d + 1, (numerator / denominator) * scale, true, true);
      found.push(m);
      i = d + 1;
      continue;
    }
    const spanAt = after?.lower === 'a' ? d + 2 : after?.lower === '-' && !after.gap ? d + 2 : -1;
    if (spanAt > 0 && MEASURE_AFTER.test(tokens[spanAt]?.lower ?? '')) {
      const m = newMention(first, spanAt, numerator / denominator, true, false);
      m.kind = tokens[spanAt]!.lower === 'dozen' ? 'count' : 'measure';
      if (m.kind === 'count') m.value = m.low = 6;
      m.unit = tokens[spanAt]!.text;
      found.push(m);
      i = spanAt;
      continue;
    }
    // Otherwise a share: before "of", after a hedge, or unmistakable ("two thirds", "a half" alone).
    const alone = (numerator > 1 || w === 'a' || w === 'one') && after?.kind !== 'word' && scale === 0;
    const halfThe = w === 'half' && (after?.lower === 'the' || after?.lower === 'its' || after?.lower === 'their');
    if (after?.lower !== 'of' && !halfThe && !HEDGED.test(tokens[first - 1]?.lower ?? '') && !alone) continue;
    if (scale < 0) continue; // "half a million" is read by the number words
    const m = newMention(first, d, numerator / denominator, true, false);
    m.kind = 'multiplier';
    found.push(m);
    i = d;
  }
  return found;
}
