import type { Token } from './tokens';
import type { Frame } from './frames';
import { contentAfter, type Page } from './content';
import { sourceBefore } from './sources';
import { isAuxiliary, isCueAdverb, isEnd, isPreposition } from './words';

/**
 * Intentions held as an adjective: "some Republicans were willing to go forward with a more
 * limited climate bill", "a small group of contributors intent on deciding who will occupy the
 * White House", "Trump is determined to win". The corpus reads them as the nouns of intent
 * ("her eagerness to", "his reluctance to") already read in cues.ts: the subject is the source,
 * the linking verb and adjective the cue, the infinitive the content. "Ready" and "prepared"
 * are left out: in reports they mostly tell of things made ready, not of minds.
 */

/** Adjectives of intent, with the word that opens their content. */
export const INTENT_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['willing', 'to'], ['unwilling', 'to'], ['determined', 'to'], ['reluctant', 'to'], ['eager', 'to'], ['loath', 'to'],
  ['keen', 'to'], ['intent', 'on'], ['resolved', 'to'], ['anxious', 'to'],
]);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re", 'am', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** The intentions held as adjectives in one sentence. */
export function intentAdjectives(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean, at: readonly number[]): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (const k of at) {
    const adjective = tokens[k]!;
    const opener = INTENT_ADJECTIVES.get(adjective.lower);
    if (!opener || k <= from || k + 2 >= to || quoted[k] || taken(k) || adjective.upper) continue;
    if (tokens[k + 1]!.lower !== opener || tokens[k + 2]!.kind !== 'word') continue;
    // "intent on deciding": the gerund is the cue's, its object the content.
    if (opener === 'on' && !/ing$/.test(tokens[k + 2]!.lower)) continue;
    const cueStart = linkStart(tokens, from, k);
    if (cueStart < 0 || taken(cueStart)) continue;
    const source = cueStart === k ? nounBefore(tokens, from, k) : sourceBefore(tokens, from, cueStart);
    if (!source) continue;
    const contentStart = opener === 'on' ? k + 3 : k + 1;
    let end = contentStart;
    while (end < to && !isEnd(tokens[end])) end++;
    const content = contentAfter(page, contentStart, end, 'want');
    if (!content) continue;
    frames.push({ source, sharesSourceOf: null, cue: { start: cueStart, end: opener === 'on' ? k + 3 : k + 1 }, content, stance: 'tentative', lemma: adjective.lower });
  }
  return frames;
}

/**
 * Where the cue opens: at the linking verb and its auxiliaries before the adjective ("were
 * willing", "has been determined"); or at the adjective itself right after its noun ("a small
 * group of contributors intent on"). -1 when neither.
 */
function linkStart(tokens: readonly Token[], from: number, k: number): number {
  let j = k - 1;
  while (j > from && isCueAdverb(tokens[j]!)) j--;
  const link = tokens[j]!;
  if (BE.has(link.lower)) {
    let s = j;
    while (s > from && isAuxiliary(tokens[s - 1]!) && tokens[s - 1]!.lower !== "'s") s--;
    return s;
  }
  // A bare adjective after its noun: only "intent on" is read so ("determined" after a noun is a participle).
  return tokens[k]!.lower === 'intent' && j === k - 1 && link.kind === 'word' && /s$/.test(link.lower) ? k : -1;
}

/** Longest noun phrase before a bare adjective ("a small group of super-wealthy contributors"). */
const MAX_NOUN = 8;

/**
 * The noun phrase right before a bare adjective, back to a verb's preposition ("comes from | a
 * small group of contributors"): "of" stays inside the phrase, other prepositions end it.
 */
function nounBefore(tokens: readonly Token[], from: number, k: number): { start: number; end: number } | null {
  let start = k;
  while (start > from && k - start < MAX_NOUN) {
    const t = tokens[start - 1]!;
    if (t.kind !== 'word' || isAuxiliary(t) || (isPreposition(t) && t.lower !== 'of')) break;
    start--;
  }
  return start < k && tokens[start]!.lower !== 'of' ? { start, end: k } : null;
}
