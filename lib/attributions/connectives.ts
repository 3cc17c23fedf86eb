import type { Token } from './tokens';
import { isComma } from './words';

/** Words that tie a sentence to the one before ("However, ...", "In addition, ..."): the writer's, not the source's. */
const CONNECTIVES = new Set(['however', 'meanwhile', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'besides', 'thus', 'hence']);
const CONNECTIVE_PHRASES = [['in', 'addition'], ['as', 'a', 'result']];

/**
 * "However, slower growth is being offset ..., she said": a connective and its comma opening
 * the sentence stay out of a content that runs back to the sentence's start. Returns the token
 * after them, or `floor`.
 */
export function pastConnective(tokens: readonly Token[], floor: number, end: number): number {
  let k = floor;
  const phrase = CONNECTIVE_PHRASES.find((p) => p.every((w, n) => tokens[floor + n]?.lower === w));
  if (phrase && isComma(tokens[floor + phrase.length])) k = floor + phrase.length;
  // Only with its comma: "However laudable the goal, ..." is a degree, and a bare "But" the corpus often keeps.
  else if (CONNECTIVES.has(tokens[floor]?.lower ?? '') && isComma(tokens[floor + 1])) k = floor + 1;
  else return floor;
  k++;
  // Keep at least a few words of content.
  return end - k >= 3 ? k : floor;
}
