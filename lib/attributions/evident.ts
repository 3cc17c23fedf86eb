import type { Token } from './tokens';
import type { Frame } from './frames';
import { contentAfter, type Page } from './content';
import { isEnd } from './words';

/**
 * Evaluations the writer makes without naming whose they are: "it's obvious that they are
 * wasting their breath", "By now it should be obvious that voters want ...", "It is apparent
 * that ...", "Nor is it clear that further sanctions would be a deterrent", "It was clear
 * Clinton is attempting to reach out". The frame has no source; the clause after is the content.
 * Only adjectives of plain evidence: "unclear whether" and "likely that" the corpus mostly leaves.
 */

export const EVIDENT: ReadonlySet<string> = new Set(['obvious', 'apparent', 'clear', 'evident', 'plain', 'undeniable']);
/** Verbs and auxiliaries between "it" and the adjective ("should be", "has become"). */
const LINKS = new Set(['is', 'was', "'s", 'be', 'been', 'become', 'became', 'becomes', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'should', 'would', 'will', 'must', 'has', 'had', 'now', 'already', 'quite', 'very', 'so', 'abundantly', 'increasingly', 'painfully', 'crystal', 'also', 'all', 'too']);
/** Words after the adjective that open something other than a reported clause. */
const NOT_CLAUSE = new Set(['whether', 'if', 'what', 'how', 'why', 'who', 'when', 'where', 'which', 'to', 'from', 'for', 'of', 'on', 'in', 'at', 'by', 'about', 'and', 'or', 'but', 'enough', 'as']);

/** The unattributed evaluations of one sentence. */
export function evidentClaims(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean, at: readonly number[]): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (const k of at) {
    const adjective = tokens[k]!;
    if (k < from + 1 || k + 1 >= to || !EVIDENT.has(adjective.lower) || quoted[k] || taken(k)) continue;
    const start = subjectIt(tokens, from, k);
    if (start < 0) continue;
    const next = tokens[k + 1]!;
    if (next.kind !== 'word' || NOT_CLAUSE.has(next.lower)) continue;
    let end = k + 1;
    while (end < to && !isEnd(tokens[end])) end++;
    const content = contentAfter(page, k + 1, end, 'say');
    if (!content) continue;
    frames.push({ source: null, sharesSourceOf: null, cue: { start, end: k + 1 }, content, stance: 'assertive', lemma: adjective.lower });
  }
  return frames;
}

/**
 * Where the cue starts: at "it" before the links ("it should be obvious"), or at the verb
 * of a question order ("Nor is it clear"). -1 when no "it" opens the phrase.
 */
function subjectIt(tokens: readonly Token[], from: number, k: number): number {
  let j = k - 1;
  while (j > from && k - j < 5 && LINKS.has(tokens[j]!.lower)) j--;
  if (tokens[j]?.lower !== 'it') return -1;
  if (j < k - 1) return j;
  // "is it clear": the verb before "it" opens the cue (with "nor", as the corpus marks it).
  const verb = tokens[j - 1];
  if (!verb || j - 1 < from || !/^(is|was)$/.test(verb.lower)) return -1;
  return tokens[j - 2]?.lower === 'nor' && j - 2 >= from ? j - 2 : j - 1;
}
