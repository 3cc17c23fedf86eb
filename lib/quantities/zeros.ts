import type { Token } from './tokens';
import { newMention, type Mention } from './mention';
import { predicateOf } from './predicates';

/**
 * Zero as a count: "no civilian casualties", "no one was killed", "none were injured",
 * "no deaths" ("zero" itself is a number word, read with the others). Only when what follows is a toll word or an event predicate, so "no reports"
 * or "no details" are not read as figures.
 */
const TOLL_ZERO = /^(casualties|deaths|fatalities|injuries|victims|dead|survivors|arrests)$/;
const AUX = /^(was|were|has|have|had|been|be|is|are|reported|seriously|critically|badly|immediately|reportedly)$/;

export function findZeros(tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w !== 'no' && w !== 'none' && w !== 'nobody') continue;
    if (w === 'no' && tokens[i + 1]?.lower === 'one') {
      if (predicateAfter(tokens, i + 2)) found.push(zero(i, i + 1));
      continue;
    }
    if (w === 'none' || w === 'nobody') {
      // "none of the passengers were hurt"
      let k = i + 1;
      if (tokens[k]?.lower === 'of') while (k < i + 6 && tokens[k + 1]?.kind === 'word' && !AUX.test(tokens[k + 1]!.lower)) k++;
      if (predicateAfter(tokens, k + 1)) found.push(zero(i, i));
      continue;
    }
    // "no (civilian) casualties", "no people were killed".
    for (let k = i + 1; k <= i + 3 && tokens[k]?.kind === 'word'; k++) {
      const lower = tokens[k]!.lower;
      if (TOLL_ZERO.test(lower)) {
        found.push(zero(i, i));
        break;
      }
      if (/s$/.test(lower) && predicateAfter(tokens, k + 1)) {
        found.push(zero(i, i));
        break;
      }
    }
  }
  return found;
}

function predicateAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 4 && tokens[k]?.kind === 'word'; k++) {
    if (predicateOf(tokens[k]!.lower) && /ed$|^(dead|hurt|missing)$/.test(tokens[k]!.lower)) return true;
    if (!AUX.test(tokens[k]!.lower)) return false;
  }
  return false;
}

function zero(first: number, last: number): Mention {
  return newMention(first, last, 0, true, false);
}
