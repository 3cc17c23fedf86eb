import type { Token } from './tokens';
import { cueReadings } from './cues';
import { isAuxiliary, isCueAdverb, skipTimePhrase, isDeterminer, isTimeWord } from './words';

/**
 * The words around a reporting verb that decide whether it reports here (issue 4): auxiliaries,
 * modals and catenatives before it ("has yet to explain"), verbs that are mostly nouns, particles
 * that make another verb of it, and the small look-arounds the cue reader uses.
 */

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', "isn't", "aren't", "wasn't", "weren't"]);
/** Verbs that carry a reporting infinitive ("appeared to suggest", "declined to say"). */
export const CATENATIVES = new Set(['continue', 'continues', 'continued', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'try', 'tries', 'tried', 'attempt', 'attempts', 'attempted', 'on', 'began', 'begin', 'begins', 'started', 'start', 'starts', 'moved', 'rushed', 'likely', 'unlikely', 'able', 'unable', 'quick', 'set', 'used', 'sought', 'seek', 'seeks',
  // "has yet to explain", "had to reject", "came to talk", "might stop to consider", "was slow to embrace".
  'yet', 'has', 'have', 'had', 'came', 'come', 'comes', 'stop', 'stopped', 'slow', 'eager', 'ready', 'willing', 'reluctant']);
export const REDUCED_RELATIVE_NEXT = new Set(['by', 'in', 'at', 'on', 'from', 'with', 'during', 'under', 'into', 'before', 'after']);

/** The first token from i that is not an adverb ("published shortly before" -> "before"). */
export function afterAdverbs(tokens: readonly Token[], i: number): Token | undefined {
  while (tokens[i] && isCueAdverb(tokens[i]!)) i++;
  return tokens[i];
}
export const AUX_LIKE = new Set(['the', 'a', 'an', 'by', 'of', 'for', 'in', 'on']);
/** Verbs that are mostly nouns in the present ("the state", "federal rules", "a press release"). */
export const PAST_ONLY = new Set(['debate', 'state', 'term', 'list', 'order', 'release', 'post', 'air', 'vote', 'document', 'brief', 'counter', 'project', 'aim', 'tie', 'link', 'rate', 'view', 'cheer', 'rule', 'press', 'reference', 'back', 'offer', 'probe', 'pound', 'review', 'release', 'compile', 'identify', 'revise', 'lower', 'raise', 'update', 'protest']);
/** Mostly-noun verbs whose present form before an infinitive is a verb ("aims to", "votes to", "offers to"). */
export const PRESENT_BEFORE_TO = new Set(['aim', 'vote', 'offer']);
export const MODALS = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', "'ll", "'d", 'wouldn\'t', "won't", "couldn't", "can't", 'cannot']);
/** Verbs mostly of doing, not saying, even after a modal. */
export const DOING = new Set(['raise', 'lower', 'release', 'rule', 'update', 'revise', 'compile', 'identify', 'order', 'air', 'aim', 'project', 'list', 'term']);
export const HAVE = new Set(['has', 'have', 'had', 'having', "'ve", "'d"]);
export const POSSESSIVES = new Set(["'s", 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
/** Passives that report without naming who ("were reported", "is believed to"). */
export const AGENTLESS = new Set(['report', 'announce', 'reveal', 'confirm', 'estimate', 'claim', 'allege', 'say', 'believe', 'publish', 'rumor', 'expect', 'think']);
/** Particles that make a phrasal verb of something else ("showed up", "called off"). */
export const OTHER_PARTICLES = new Set(['up', 'off', 'away', 'around', 'down', 'back', 'over', 'out']);


export const GO = /^(go|goes|went|going)$/;

/**
 * The index of the verb of trying or seeming that carries the infinitive marker tokens[to]
 * ("tried to", "tried on Tuesday to"), or -1.
 */
export function catenativeBefore(tokens: readonly Token[], to: number): number {
  let j = to - 1;
  // "on" is a time word too ("tried on Tuesday to"), but in "went on to" it is the catenative itself.
  while (j > 0 && j > to - 4 && isTimeWord(tokens[j]!) && !(tokens[j]!.lower === 'on' && GO.test(tokens[j - 1]?.lower ?? ''))) j--;
  return CATENATIVES.has(tokens[j]?.lower ?? '') ? j : -1;
}

/** A time phrase at tokens[i] and then the clause's own verb ("released Friday shows"). */
export function verbAfterTime(tokens: readonly Token[], i: number): boolean {
  const after = skipTimePhrase(tokens, i, Math.min(tokens.length, i + 4));
  const verb = tokens[after];
  if (after === i || !verb || verb.kind !== 'word' || verb.lower === "'s") return false;
  return isAuxiliary(verb) || cueReadings(verb).some((r) => r.form === 'third' || r.form === 'past');
}

/**
 * "is determined to warn", "were willing to go": an adjective's "to" before a bare verb opens
 * the content, as its "that" does; before a noun or a gerund ("opposed to the plan",
 * "committed to reducing") it stays the adjective's preposition.
 */
export function infinitiveTo(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.lower === 'to' && !!next && next.kind === 'word' && !next.upper && !next.lower.endsWith('ing') && !isDeterminer(next) && !/^\d/.test(next.text);
}

/**
 * "“Did you shoot him?” she yells", "“...,” Blige sings": a pronoun or a short name right after
 * a quotation closed with a comma, "?" or "!", before the verb at `start`.
 */
export function speakerAfterQuote(tokens: readonly Token[], floor: number, start: number): boolean {
  let j = start - 1;
  while (j > floor && j > start - 4 && tokens[j]!.kind === 'word' && (tokens[j]!.upper || /^(he|she|they|we|i)$/.test(tokens[j]!.lower))) j--;
  return j < start - 1 && j > floor && tokens[j]!.kind === 'quote' && /^[,?!]$/.test(tokens[j - 1]!.text);
}

export function isEndMark(t: Token | undefined): boolean {
  return !t || (t.kind === 'punct' && /^[.!?]$/.test(t.text));
}
