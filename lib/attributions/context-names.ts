import type { Sentence } from '../model';
import type { ContextName } from './coreference';
import { DETERMINERS, LEADING_LINKS, PREPOSITIONS, TIME_WORDS } from './words';

/**
 * People named outside any attribution ("Mr Biden is due in Florida", "a number Mayor Daniella
 * Levine Cava called staggering"), so that a later "he" or "she" can find them.
 */

/** A person's name opening a sentence ("Mr Biden is due ...", "President Kassym-Jomart Tokayev ..."). */
const SUBJECT_NAME = /^(?:(?:Mr|Mrs|Ms|Dr|President|Governor|Gov|Senator|Sen|Rep|General|Gen|Mayor|Sheriff|Chief|Minister|Prime Minister|Secretary)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?=\s+\p{Ll})/u;

const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Dr|President|Governor|Gov|Senator|Sen|Mayor|Sheriff|Minister|Secretary|Chancellor|Judge|Chief)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}/gu;

/** Capitalised first words that start an adverbial, not a name ("On Monday he ..."). */
const NOT_NAMES = new Set([...PREPOSITIONS, ...TIME_WORDS, ...DETERMINERS, ...LEADING_LINKS, 'when', 'after', 'as', 'while', 'if', 'although', 'since', 'because']);

/**
 * Names that open sentences, as context for "he"/"she": each with the index of the first
 * attribution after it (`offsets` are the attributions' first offsets, in order).
 */
export function subjectNames(text: string, sentences: readonly Sentence[], offsets: readonly number[]): ContextName[] {
  const out: ContextName[] = [];
  let k = 0;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const m = SUBJECT_NAME.exec(sentence.slice(0, 80));
    const names: [number, string][] = [];
    if (m && /\s/.test(m[0]) && !NOT_NAMES.has(m[0].split(/\s/)[0]!.toLowerCase())) names.push([s.start, m[0]]);
    // A titled name anywhere ("a number Mayor Daniella Levine Cava called ...").
    // An exec loop, not matchAll, which builds a new RegExp for every sentence.
    TITLED_NAME.lastIndex = 0;
    for (let t = TITLED_NAME.exec(sentence); t; t = TITLED_NAME.exec(sentence)) names.push([s.start + t.index, t[0]]);
    for (const [at, raw] of names) {
      while (k < offsets.length && offsets[k]! <= at) k++;
      out.push({ before: k, raw });
    }
  }
  return out.sort((a, b) => a.before - b.before);
}
