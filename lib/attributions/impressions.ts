import type { Token } from './tokens';
import type { Frame } from './frames';
import { contentAfter, type Page } from './content';
import { OBJECT_PRONOUNS, isAuxiliary, isComma, isCueAdverb, isEnd } from './words';

/**
 * Impressions nobody is named for: "drawing on home equity seems too risky", "RT can seem like
 * just another entrant". The corpus marks the verb (with its auxiliaries) as a tentative cue
 * with no source; the content is what follows it ("is expected to" is read by the verb frames,
 * as an agentless passive). Read last, on what the other frames leave.
 */
export const SEEM: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed']);
/** Words after "seem" that show how it seems: an infinitive, a likeness, or a quality. */
const NOT_AFTER = new Set(['as', 'that', 'so', 'and', 'or', 'but', 'if']);

export function impressions(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (let k = from; k < to; k++) {
    if (!SEEM.has(tokens[k]!.lower) || quoted[k] || taken(k)) continue;
    const end = seemEnd(tokens, k, to);
    if (end < 0) continue;
    const start = auxiliariesBefore(tokens, from, k);
    if (!hasSubject(tokens, from, start)) continue;
    let stop = end;
    while (stop < to && !isEnd(tokens[stop])) stop++;
    // "seems to have vanished from the campaign trail": the infinitive clause is the content
    // whole (the general reader takes "to" for a setting's preposition).
    const content = tokens[end]!.lower === 'to' && stop > end + 1 ? { start: tokens[end]!.start, end: tokens[stop - 1]!.end } : contentAfter(page, end, stop, 'say');
    if (!content) continue;
    frames.push({ source: null, sharesSourceOf: null, cue: { start, end }, content, stance: 'tentative', lemma: 'seem' });
    k = end - 1;
  }
  return frames;
}

/** "seems to be", "can seem like", "seems too risky": the cue's end, or -1. */
function seemEnd(tokens: readonly Token[], k: number, to: number): number {
  const next = tokens[k + 1];
  if (k + 1 >= to || !next || next.kind !== 'word' || NOT_AFTER.has(next.lower) || isAuxiliary(next)) return -1;
  // "makes him seem kinder": the seeming is the maker's claim, read elsewhere.
  if (OBJECT_PRONOUNS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === 'to') return -1;
  return k + 1;
}

/** Where the cue starts: its auxiliaries and adverbs ("can seem", "may once have seemed", "is widely expected"). */
function auxiliariesBefore(tokens: readonly Token[], from: number, k: number): number {
  let s = k;
  while (s > from && tokens[s - 1]!.kind === 'word' && (isAuxiliary(tokens[s - 1]!) || isCueAdverb(tokens[s - 1]!)) && !/^(not|never)$/.test(tokens[s - 1]!.lower)) s--;
  return s;
}

/** A subject right before the cue: a word that is neither "it" ("it seems", the writer's) nor a break. */
function hasSubject(tokens: readonly Token[], from: number, start: number): boolean {
  const prev = tokens[start - 1];
  if (start <= from || !prev || prev.kind !== 'word' && prev.kind !== 'quote') return false;
  return !/^(it|there|this|to|as|and|or|but|if|than)$/.test(prev.lower) && !isComma(prev);
}
