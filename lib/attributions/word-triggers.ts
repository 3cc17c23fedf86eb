import type { Token } from './tokens';
import { DOCUMENT_FORMS } from './document-subjects';
import { EVIDENT } from './evident';
import { PREDICATE_NOUNS } from './predicate-stances';
import { FEELINGS, JUDGEMENTS } from './reception';

/**
 * The words that open the smaller frames (a document's verb, "obvious", "opponent", "criticism",
 * "chagrin"), found in one pass over a sentence with one look-up per word: each frame then
 * reads only its own few places instead of walking the sentence again. Most sentences hold none.
 */
export interface Triggers {
  document: number[];
  evident: number[];
  predicate: number[];
  judgement: number[];
  feeling: number[];
}

const DOCUMENT = 1;
const EVIDENT_WORD = 2;
const PREDICATE = 4;
const JUDGEMENT = 8;
const FEELING = 16;

const KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) kinds.set(w, (kinds.get(w) ?? 0) | bit);
  };
  add(DOCUMENT_FORMS.keys(), DOCUMENT);
  add(EVIDENT, EVIDENT_WORD);
  add(PREDICATE_NOUNS.keys(), PREDICATE);
  add(JUDGEMENTS, JUDGEMENT);
  add(FEELINGS, FEELING);
  return kinds;
})();

/** The trigger words of tokens [from, to), by frame. */
export function scanTriggers(tokens: readonly Token[], from: number, to: number): Triggers {
  const found: Triggers = { document: [], evident: [], predicate: [], judgement: [], feeling: [] };
  for (let k = from; k < to; k++) {
    const bits = KINDS.get(tokens[k]!.lower);
    if (bits === undefined) continue;
    if (bits & DOCUMENT) found.document.push(k);
    if (bits & EVIDENT_WORD) found.evident.push(k);
    if (bits & PREDICATE) found.predicate.push(k);
    if (bits & JUDGEMENT) found.judgement.push(k);
    if (bits & FEELING) found.feeling.push(k);
  }
  return found;
}
