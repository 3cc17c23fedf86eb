import type { Token } from './tokens';
import type { Mention } from './mention';
import { CURRENCY_NAMES, MEASURE_UNITS } from './units';

/**
 * Digits with scale words, continued as number words are: "4 thousand 3 hundred and 21" is
 * 4,321, "3 hundred and one" 301, "6 crore and two hundred" 60,000,200. Each part must be
 * below the smallest scale before it. A part without a scale joins only after "and", and only
 * where the number ends there: "2 thousand and 50 were hurt" stays two counts, since a
 * plural verb says the 50 are counted apart.
 */
export function joinScaledParts(tokens: readonly Token[], mentions: Mention[]): void {
  for (let n = 0; n + 1 < mentions.length; n++) {
    const a = mentions[n]!;
    if (a.dropped || a.words || !a.scale || a.scale < 100 || !Number.isInteger(a.value / a.scale)) continue;
    let smallest = a.scale;
    while (n + 1 < mentions.length) {
      const b = mentions[n + 1]!;
      const and = tokens[a.last + 1]?.lower === 'and' && b.first === a.last + 2;
      if (!(b.first === a.last + 1 || and) || !Number.isInteger(b.value) || b.value <= 0 || b.value >= smallest) break;
      if (b.scale ? b.scale >= smallest : !and || !endsHere(tokens[b.last + 1])) break;
      a.value += b.value;
      a.low = a.value;
      a.last = b.last;
      b.dropped = true;
      smallest = b.scale ?? 1;
      n++;
    }
  }
}

/** After the last part: the end, punctuation, a unit or currency, or a singular verb ("is"). */
function endsHere(t: Token | undefined): boolean {
  return !t || t.kind === 'punct' || t.lower === 'is' || CURRENCY_NAMES.has(t.lower) || MEASURE_UNITS.has(t.lower);
}
