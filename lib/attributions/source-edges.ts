import type { Token } from './tokens';
import { abbreviationDot, isClauseEdge, sourceBefore, walkLeft, type TokenRange } from './sources';
import { cueReadings } from './cues';
import { isAuxiliary, isEnd, skipMediumPhrase, skipTimePhrase, isDeterminer, isPreposition, isLeadingLink } from './words';

/**
 * Edges of a source phrase: a participle inside it, an aside between dashes after it, a
 * relative clause or a leading name that belongs to it.
 */

/**
 * A source holds no verb: "Protesters marching through the streets" is the protesters, and
 * "seizing upon a New York Times (report)" is the Times. A participle of saying, or one with a
 * preposition or determiner after it, splits the phrase; the name is the part before it, or the
 * part after when it opens the phrase.
 */
export function withoutParticiple(tokens: readonly Token[], r: TokenRange): TokenRange | null {
  for (let k = r.start; k < r.end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.upper || !t.lower.endsWith('ing') || t.lower.length < 6) continue;
    const before = tokens[k - 1];
    if (k > r.start && before && (isDeterminer(before) || before.lower === "'s")) continue;
    const after = tokens[k + 1];
    const verbLike = cueReadings(t).some((c) => c.form === 'ing') || (!!after && k + 1 < r.end && (isPreposition(after) || isDeterminer(after) || after.lower === 'upon'));
    if (!verbLike) continue;
    if (k > r.start) return { start: r.start, end: k };
    let s = k + 1;
    while (s < r.end && (isPreposition(tokens[s]!) || tokens[s]!.lower === 'upon')) s++;
    return s < r.end ? { start: s, end: r.end } : null;
  }
  return r;
}

/**
 * "John Dickey, the chief executive of Ora Media -- the production company that ... -- told
 * me": a name with an aside between dashes, which the corpus counts in the source.
 */
export function dashedAside(tokens: readonly Token[], floor: number, end: number): TokenRange | null {
  const close = dashStart(tokens, end - 1);
  if (close < 0) return null;
  for (let k = close - 1; k > floor && k > close - 45; k--) {
    if (isEnd(tokens[k])) return null;
    const open = dashStart(tokens, k);
    if (open < 0) continue;
    const head = open > floor ? sourceBefore(tokens, floor, open) : null;
    return head && head.end === open ? { start: head.start, end } : null;
  }
  return null;
}

/** The first token of a dash ending at token k ("—", "–", "―", or "--" as two hyphens), or -1. */
function dashStart(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'punct') return -1;
  if (t.text === '—' || t.text === '–' || t.text === '―') return k;
  return t.text === '-' && tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === t.start ? k - 1 : -1;
}

/**
 * "A 2014 study that appeared in the British Medical Journal found": a relative clause with no
 * subject of its own (it opens with a verb) belongs to the noun before it, which the corpus
 * counts in the source. Returns the new start, or `start`.
 */
export function withRelativeHead(tokens: readonly Token[], floor: number, start: number, end: number): number {
  let r = start - 1;
  while (r > floor && isAuxiliary(tokens[r]!) && tokens[r]!.kind === 'word' && !tokens[r]!.lower.startsWith("'")) r--;
  const relative = tokens[r];
  if (start >= end || r <= floor || !relative || !/^(that|who)$/.test(relative.lower)) return start;
  const first = tokens[start]!;
  if (first.upper || (r === start - 1 && !/ed$/.test(first.lower))) return start;
  const head = walkLeft(tokens, floor, r);
  if (head < 0 || head === r || (head > floor && !isClauseEdge(tokens[head - 1]!))) return start;
  return head;
}

/**
 * "the United States, Britain and France", "John Dickey, the chief executive of Ora Media":
 * a name before a comma heads the phrase when the phrase goes on as a list of names or as an
 * apposition (it opens with a determiner). Returns the new start, or `start`.
 */
export function withLeadingName(tokens: readonly Token[], floor: number, start: number, end: number): number {
  if (start - 1 <= floor || tokens[start - 1]!.text !== ',' || start >= end) return start;
  const list = tokens.slice(start, end).some((t, i, all) => t.lower === 'and' && i > 0 && all[i - 1]!.upper && all[i + 1]?.upper);
  if (!list && !/^(a|an|the)$/.test(tokens[start]!.lower)) return start;
  let s = start - 1;
  while (s > floor && start - 1 - s < 8 && (tokens[s - 1]!.upper || tokens[s - 1]!.lower === "'s" || /^(the|of|[()])$/.test(tokens[s - 1]!.lower) || abbreviationDot(tokens, s - 1)) && tokens[s - 1]!.kind !== 'quote') s--;
  if (s === start - 1 || (s > floor && !isClauseEdge(tokens[s - 1]!))) return start;
  // A lone capitalised word opening the sentence may be an adverb ("Overall, the fund").
  if (s === floor && start - 1 - s === 1) return start;
  const first = tokens[s]!;
  if (!(first.upper || (first.lower === 'the' && tokens[s + 1]!.upper)) || isLeadingLink(first) || isPreposition(first) || skipTimePhrase(tokens, s, start - 1) > s || skipMediumPhrase(tokens, s, start - 1) > s) return start;
  for (let k = s; k < start - 1; k++) if (cueReadings(tokens[k]!).length && tokens[k]!.kind === 'word' && !tokens[k]!.upper) return start;
  return s;
}

/** Words that narrow a quantity ("Not everyone", "Only 52 percent"): the corpus keeps them in the source. */
const FOCUS_WORDS = new Set(['not', 'only', 'just', 'nearly', 'almost']);
const QUANTITY_HEADS = /^(\d[\d,.]*|everyone|everybody|all|every|many|few|half|one|two|three|four|five|six|seven|eight|nine|ten|a)$/;

/**
 * "Not everyone finds ...", "Only 52 percent of registered voters agreed": a focus word right
 * before a quantity belongs to the source (it changes who holds the view), unlike a leading
 * "only" before a name, which the source leaves out.
 */
export function withFocusWord(tokens: readonly Token[], floor: number, start: number): number {
  const before = tokens[start - 1];
  if (start - 1 < floor || !before || !FOCUS_WORDS.has(before.lower)) return start;
  return QUANTITY_HEADS.test(tokens[start]?.lower ?? '') ? start - 1 : start;
}
