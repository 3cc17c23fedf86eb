import type { Token } from './tokens';
import type { Frame } from './frames';
import type { Page } from './content';
import { isAuxiliary, isComma, isCueAdverb, isEnd } from './words';

/**
 * Feelings whose holder is the verb's object: "That worries environmentalists", "which is
 * something that concerns Henry Crespo, president of ...", "The Justice Department has lagged
 * in enforcing the law, frustrating Scott". The one moved is the source, what moves them the
 * content: the pronoun subject ("That", "that") or, for a participle after a comma, the clause
 * before it. The verb frames read a subject as the source and so miss these.
 */

/** Verbs of moving someone (third person, past and participle forms). */
export const MOVING_VERBS: ReadonlySet<string> = new Set(['worry', 'concern', 'frustrate', 'anger', 'trouble', 'alarm', 'bother',
  'infuriate', 'outrage', 'upset', 'disappoint', 'dismay', 'scare', 'frighten', 'irritate', 'annoy', 'appall', 'anger', 'unnerve',
  'unsettle', 'rattle', 'disturb', 'enrage', 'offend', 'delight', 'please', 'impress', 'encourage', 'reassure', 'comfort'].flatMap(forms));

function forms(lemma: string): string[] {
  const stem = lemma.replace(/e$/, '');
  if (lemma.endsWith('y')) return [lemma.replace(/y$/, 'ies'), lemma.replace(/y$/, 'ied'), lemma + 'ing'];
  if (lemma === 'upset') return ['upsets', 'upsetting'];
  return [lemma + 's', stem + 'ed', stem + 'ing'];
}

/** Pronoun subjects that stand for what moves ("That worries", "which concerns"). */
const PRONOUN_SUBJECTS = /^(that|this|which|what)$/;
/** Object pronouns of people. */
const PERSON_PRONOUNS = /^(me|him|her|us|them|you)$/;
/** Words that cannot open the one moved ("concerns about", "troubled mine"): prepositions, articles of things. */
const NOT_HOLDER = /^(about|over|with|for|of|to|in|on|at|by|from|that|the|a|an|it|its|this|these|those)$/;
/** Longest object read as the one moved, in tokens (a name with its title runs long). */
const MAX_HOLDER = 16;
/** Longest object after a participle ("..., frustrating Scott"). */
const MAX_SHORT_HOLDER = 5;

/** The feelings of one sentence whose holder is a verb's object. */
export function movedObjects(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean, at: readonly number[]): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (const k of at) {
    const t = tokens[k]!;
    if (k <= from || k + 1 >= to || quoted[k] || taken(k) || t.upper || !MOVING_VERBS.has(t.lower)) continue;
    const holderStart = k + 1;
    if (!mayHold(tokens[holderStart]!) || taken(holderStart)) continue;
    let holderEnd = holderStart;
    while (holderEnd < to && !isEnd(tokens[holderEnd]) && holderEnd - holderStart < MAX_HOLDER) holderEnd++;
    if (holderEnd >= to || !isEnd(tokens[holderEnd])) continue;
    let trail = holderEnd;
    while (trail > holderStart && isComma(tokens[trail - 1]!)) trail--;
    const cueStart = auxiliariesBefore(tokens, from, k);
    const subject = tokens[cueStart - 1];
    if (subject && cueStart - 1 >= from && PRONOUN_SUBJECTS.test(subject.lower) && !/ing$/.test(t.lower)) {
      frames.push(frame(tokens, holderStart, trail, cueStart, k, subject, subject));
      continue;
    }
    // ", frustrating Scott": the clause before the comma moves the short holder after it.
    if (/ing$/.test(t.lower) && cueStart === k && isComma(tokens[k - 1]!) && tokens[k - 1]!.text === ',' && k - 1 > from + 2 && trail - holderStart <= MAX_SHORT_HOLDER && firstIsPerson(tokens[holderStart]!)) {
      frames.push(frame(tokens, holderStart, trail, k, k, tokens[from]!, tokens[k - 2]!));
    }
  }
  return frames;
}

function frame(tokens: readonly Token[], holderStart: number, holderEnd: number, cueStart: number, k: number, first: Token, last: Token): Frame {
  return { source: { start: holderStart, end: holderEnd }, sharesSourceOf: null, cue: { start: cueStart, end: k + 1 }, content: { start: first.start, end: last.end }, stance: 'neutral', lemma: tokens[k]!.lower };
}

/** The cue's start before the verb at `k`: auxiliaries and adverbs ("has regularly angered"). */
function auxiliariesBefore(tokens: readonly Token[], from: number, k: number): number {
  let j = k;
  while (j - 1 > from && (isCueAdverb(tokens[j - 1]!) || (isAuxiliary(tokens[j - 1]!) && tokens[j - 1]!.lower !== "'s"))) j--;
  return j;
}

/** Whether a token can open the one moved: a name, a person pronoun, or a plural noun of people. */
function mayHold(t: Token): boolean {
  return t.kind === 'word' && !NOT_HOLDER.test(t.lower) && (t.upper || PERSON_PRONOUNS.test(t.lower) || /s$/.test(t.lower) || /^(many|some|most|both|all|his|her|their|our|my|your)$/.test(t.lower));
}

/** A name or a pronoun (the participle's holder is short and a person). */
function firstIsPerson(t: Token): boolean {
  return t.kind === 'word' && (t.upper || PERSON_PRONOUNS.test(t.lower));
}
