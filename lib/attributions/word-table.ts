/**
 * The distinct spellings the tokenizer has met, each made once and shared by every token that
 * spells it. A report repeats its words: looking a spelling up here by its characters in the text
 * (a hash taken while scanning them) costs no slice, no lower-casing and no string hashing, and the
 * facts of a spelling (its kind, its lower case, the rules it triggers) are worked out once.
 */

import type { CueWord } from './cues';

export type TokenKind = 'word' | 'punct' | 'quote';

/** One spelling as written ("Said" and "said" are two). */
export interface Word {
  readonly text: string;
  /** Lower case, curly apostrophes straightened ("’s" -> "'s"). */
  readonly lower: string;
  readonly kind: TokenKind;
  /** First letter is upper case (a name, or the first word of a sentence). */
  readonly upper: boolean;
  /** The rules this spelling can trigger (triggers.ts fills it on first need; -1 until then). */
  triggers: number;
  /** Its closed word classes as bits (words.ts fills it on first need; -1 until then). */
  classes: number;
  /** Its readings as a reporting verb (cues.ts fills it on first need). */
  readings: readonly CueWord[] | undefined;
  /** Whether it heads an idiom of saying: 1 or 0 (cue-idioms.ts fills it on first need; -1 until then). */
  idiomHead: number;
}

/** A new spelling's record, its facts not yet worked out (every field set: one object shape). */
export function newWord(text: string, lower: string, kind: TokenKind, upper: boolean): Word {
  return { text, lower, kind, upper, triggers: -1, classes: -1, readings: undefined, idiomHead: -1 };
}

/**
 * Open addressing over a power of two, each slot a pair (spelling's index + 1, its hash) so that a
 * probe reads one place; small enough to stay in cache (a report has a few thousand spellings).
 * The table starts afresh when it holds LIMIT spellings.
 */
const BITS = 14;
const SIZE = 1 << BITS;
const LIMIT = SIZE >> 1;
const slots = new Int32Array(2 * SIZE);
const words: Word[] = [];

/** The hash step of a spelling's characters, as the scanner takes it: h = hashStep(h, code). */
export function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

/** The packing step of a short ASCII spelling's characters: p = packStep(p, code), seven bits each. */
export function packStep(p: number, code: number): number {
  return (p << 7) | code;
}

/**
 * The key of a spelling in the table: a spelling of at most four ASCII characters (half the
 * tokens of a text) is keyed by its characters and length themselves, the sign bit set, so that a
 * key found is the spelling, with nothing to compare; any other spelling by its hash, sign bit
 * clear. `packed` is the packing of its characters (meaningful only for those four or fewer).
 */
export function keyOf(h: number, packed: number, length: number, ascii: boolean): number {
  return ascii && length <= 4 ? (EXACT | (length << 28) | packed) : h & ~EXACT;
}

const EXACT = 1 << 31;

/** The key of text[from, to) (for spellings not keyed while scanned). */
export function keyAt(text: string, from: number, to: number): number {
  let h = 0;
  let packed = 0;
  let ascii = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h = hashStep(h, c);
    if (c >= 128) ascii = false;
    else packed = packStep(packed, c);
  }
  return keyOf(h, packed, to - from, ascii);
}

/** The first slot to probe: the hash's bits mixed (a short word's hash varies little in its low bits). */
function home(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
}

/**
 * The shared Word spelled by text[from, to), whose key (keyOf) is `h`; `make` builds it when the
 * spelling is new (from the slice it is given).
 */
export function wordAt(text: string, from: number, to: number, h: number, make: (raw: string) => Word): Word {
  const length = to - from;
  let s = home(h);
  for (; ; s = (s + 1) & (SIZE - 1)) {
    const e = slots[2 * s]!;
    if (e === 0) break;
    if (slots[2 * s + 1] !== h) continue;
    const w = words[e - 1]!;
    // A short spelling's key is the spelling (h < 0); a hash must be checked letter by letter.
    if (h < 0 || (w.text.length === length && spells(text, from, w.text))) return w;
  }
  if (words.length >= LIMIT) {
    slots.fill(0);
    words.length = 0;
    s = home(h);
  }
  const w = make(text.slice(from, to));
  words.push(w);
  while (slots[2 * s] !== 0) s = (s + 1) & (SIZE - 1);
  slots[2 * s] = words.length;
  slots[2 * s + 1] = h;
  return w;
}

function spells(text: string, from: number, spelling: string): boolean {
  for (let k = 0; k < spelling.length; k++) if (text.charCodeAt(from + k) !== spelling.charCodeAt(k)) return false;
  return true;
}
