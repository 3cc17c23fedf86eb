/**
 * Word-level difference of two quotations ("counter-terrorism" vs "counter-terrorist"), with
 * diff-match-patch run over words instead of characters: each word becomes one character, the
 * trick its line mode uses, so the result never splits a word in the middle.
 */
import DiffMatchPatch from 'diff-match-patch';

export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** Words, runs of space, and single punctuation marks (so "counter-terrorism" is three tokens). */
const TOKEN = /[\p{L}\p{N}\p{M}'’]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu;

/**
 * @example
 * diffWords('a counter-terrorism operation', 'a counter-terrorist operation')
 * // [same 'a counter-', removed 'terrorism', added 'terrorist', same ' operation']
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const vocabulary = new Map<string, string>();
  const words: string[] = [];
  const encode = (text: string) =>
    (text.match(TOKEN) ?? []).map((word) => {
      let code = vocabulary.get(word);
      if (code === undefined) {
        // One UTF-16 unit per word from U+0100 up: below the surrogates for any quote under 55,000 words.
        code = String.fromCharCode(0x100 + words.length);
        vocabulary.set(word, code);
        words.push(word);
      }
      return code;
    }).join('');
  const dmp = new DiffMatchPatch();
  const diffs = dmp.diff_main(encode(before), encode(after), false);
  dmp.diff_cleanupSemantic(diffs);
  const parts: DiffPart[] = [];
  for (const [op, codes] of diffs) {
    const text = [...codes].map((c) => words[c.charCodeAt(0) - 0x100]!).join('');
    const kind: DiffPart['op'] = op === 0 ? 'same' : op < 0 ? 'removed' : 'added';
    const last = parts[parts.length - 1];
    if (last && last.op === kind) last.text += text;
    else parts.push({ op: kind, text });
  }
  return parts;
}

/** Of the reference quotations, the one sharing most words with `quote` (null when none shares any). */
export function closestQuote(quote: string, references: readonly string[]): string | null {
  const words = (s: string) => new Set(s.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const mine = words(quote);
  let best: string | null = null;
  let bestShared = 0;
  for (const reference of references) {
    let shared = 0;
    for (const w of words(reference)) if (mine.has(w)) shared++;
    if (shared > bestShared) [best, bestShared] = [reference, shared];
  }
  return best;
}
