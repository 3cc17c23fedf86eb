import type { Token } from './tokens';
import { newMention, type Mention } from './mention';
import { lexicon } from './lexicon';

/**
 * Vague amounts: "dozens", "scores of", "hundreds", "thousands", "tens of thousands",
 * "hundreds of thousands", "millions", "several hundred". Kind "vague", the value is the
 * lower bound the words imply (two of the unit: "hundreds" >= 200) and the bound is ">".
 */
export const PLURAL_SCALES: ReadonlyMap<string, number> = lexicon({ dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9 });
export const SINGULAR_SCALES: ReadonlyMap<string, number> = lexicon({ dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 });

export function findVagueAmounts(tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    // "several hundred", "a few thousand", "many thousands".
    if ((w === 'several' || w === 'few' || w === 'many') && (SINGULAR_SCALES.get(tokens[i + 1]?.lower ?? '') || PLURAL_SCALES.get(tokens[i + 1]?.lower ?? ''))) {
      const scale = SINGULAR_SCALES.get(tokens[i + 1]!.lower) ?? PLURAL_SCALES.get(tokens[i + 1]!.lower)!;
      const first = w === 'few' && tokens[i - 1]?.lower === 'a' ? i - 1 : i;
      let last = i + 1;
      let value = (w === 'several' ? 3 : 2) * scale;
      // "several hundred thousand", "a few hundred million": the bigger scale multiplies.
      const bigger = SINGULAR_SCALES.get(tokens[i + 2]?.lower ?? '');
      if (bigger && bigger > scale && bigger >= 1000) {
        value *= bigger;
        last = i + 2;
      } else if (tokens[i + 2]?.lower === 'of' && PLURAL_SCALES.get(tokens[i + 3]?.lower ?? '') && PLURAL_SCALES.get(tokens[i + 3]!.lower)! > scale) {
        value *= PLURAL_SCALES.get(tokens[i + 3]!.lower)!;
        last = i + 3;
      }
      found.push(vague(first, last, value));
      i = last;
      continue;
    }
    let scale = PLURAL_SCALES.get(w);
    let first = i;
    if (w === 'tens' && tokens[i + 1]?.lower === 'of' && PLURAL_SCALES.get(tokens[i + 2]?.lower ?? '') && tokens[i + 2]!.lower !== 'dozens') {
      scale = 10 * PLURAL_SCALES.get(tokens[i + 2]!.lower)!;
      i += 2;
    }
    if (scale === undefined) continue;
    const prev = tokens[first - 1];
    // "the 1990s" style and "3 hundreds" are not vague amounts; "scores" is one only before "of".
    if (prev?.kind === 'num' || (w === 'scores' && tokens[i + 1]?.lower !== 'of')) continue;
    let last = i;
    // "hundreds of thousands"
    if (tokens[i + 1]?.lower === 'of' && PLURAL_SCALES.get(tokens[i + 2]?.lower ?? '') && PLURAL_SCALES.get(tokens[i + 2]!.lower)! > scale && tokens[i + 2]!.lower !== 'dozens' && tokens[i + 2]!.lower !== 'scores') {
      scale *= PLURAL_SCALES.get(tokens[i + 2]!.lower)!;
      last = i + 2;
    }
    found.push(vague(first, last, 2 * scale));
    i = last;
  }
  return found;
}

function vague(first: number, last: number, value: number): Mention {
  const m = newMention(first, last, value, true, true);
  m.kind = 'vague';
  m.bound = '>';
  return m;
}
