import DiffMatchPatch from 'diff-match-patch';

/**
 * A word-level diff of two outlets' quoted words, for the panel to render: "counter-terrorism"
 * against "counter-terrorist" shows the one word changed, not a jumble of letters.
 *
 * diff-match-patch diffs characters; words are mapped to single characters first (its
 * documented line-mode trick, applied to words) and mapped back after.
 */

export type QuotePart = { op: 'same' | 'removed' | 'added'; text: string };

const WORD_OR_SPACE = /\s+|[^\s]+/gu;
const PRIVATE_USE = 0xe000;
const PRIVATE_USE_SIZE = 0x1900;

function encode(text: string, table: Map<string, string>, words: string[]): string {
  let out = '';
  for (const m of text.matchAll(WORD_OR_SPACE)) {
    let code = table.get(m[0]);
    if (code === undefined) {
      // One UTF-16 unit per word (the diff works on code units, so no surrogate pairs): the
      // private-use area holds 6,400 codes, far more distinct words than any quotation has.
      code = String.fromCharCode(PRIVATE_USE + (words.length % PRIVATE_USE_SIZE));
      table.set(m[0], code);
      words.push(m[0]);
    }
    out += code;
  }
  return out;
}

function decode(codes: string, words: readonly string[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i++) out += words[codes.charCodeAt(i) - PRIVATE_USE] ?? '';
  return out;
}

/**
 * The word-level differences from quote `a` (the report being read) to quote `b`.
 *
 * @example
 * quoteDiff('a counter-terrorism operation', 'a counter-terrorist operation')
 * // [{op:'same',text:'a '},{op:'removed',text:'counter-terrorism'},{op:'added',text:'counter-terrorist'},{op:'same',text:' operation'}]
 */
export function quoteDiff(a: string, b: string): QuotePart[] {
  const table = new Map<string, string>();
  const words: string[] = [];
  const ea = encode(a, table, words);
  const eb = encode(b, table, words);
  const dmp = new DiffMatchPatch();
  // Past the code space (a whole article quoted), fall back to a character diff.
  const wordLevel = words.length <= PRIVATE_USE_SIZE;
  const diffs = wordLevel ? dmp.diff_main(ea, eb, false) : dmp.diff_main(a, b, false);
  dmp.diff_cleanupSemantic(diffs);
  const parts: QuotePart[] = [];
  for (const [op, codes] of diffs) {
    const text = wordLevel ? decode(codes, words) : codes;
    if (!text) continue;
    const kind = op === 0 ? 'same' : op < 0 ? 'removed' : 'added';
    const last = parts.at(-1);
    if (last && last.op === kind) last.text += text;
    else parts.push({ op: kind, text });
  }
  return parts;
}

/** Share of words two quotes have in common, from their diff (1 = the same words). */
export function quoteSimilarity(a: string, b: string): number {
  const parts = quoteDiff(a, b);
  const count = (t: string) => (t.match(/[^\s]+/g) ?? []).length;
  const same = parts.filter((p) => p.op === 'same').reduce((n, p) => n + count(p.text), 0);
  const total = Math.max(count(a), count(b));
  return total ? same / total : 1;
}
