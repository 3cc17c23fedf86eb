import type { Token } from './tokens';
import type { Mention } from './mention';

/**
 * "minus 20 degrees", "moins 10 degrés", "menos 5 grados": the word is the sign. English and
 * German "minus" before any amount that no number or "plus or" precedes; French
 * "moins", Spanish and Portuguese "menos" only before degrees, since elsewhere they mean "less".
 */
const DEGREES = /^(degrees?|degrés?|grados?|graus?|grad|°|°c|°f|c|f)$/i;

export function readMinusWords(tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.dropped || m.value <= 0 || (m.kind !== 'count' && m.kind !== 'measure' && m.kind !== 'percent')) continue;
    const word = tokens[m.first - 1]?.lower;
    if (word !== 'minus' && word !== 'moins' && word !== 'menos') continue;
    // "10 minus 3" is a sum; "plus or minus 4 points" a margin of error, not a fall.
    if (tokens[m.first - 2]?.kind === 'num' || (tokens[m.first - 2]?.lower === 'or' && tokens[m.first - 3]?.lower === 'plus')) continue;
    if (word !== 'minus' && !(m.kind === 'measure' && DEGREES.test(m.unit))) continue;
    m.value = -m.value;
    m.low = m.value;
    m.first--;
  }
}
