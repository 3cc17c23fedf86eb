import type { Token } from './tokens';
import type { Frame } from './frames';
import { contentAfter, type CharSpan, type Page } from './content';
import { sourceBefore } from './sources';
import { sourceAfter } from './source-after';
import { isAuxiliary, isComma, isCueAdverb, isEnd, isLeadingLink } from './words';

/**
 * Judgements received rather than given: "Matt Lauer faced heavy criticism from mainstream
 * media outlets", "the United Nations came under withering criticism for its failure to speak
 * out", "Suu Kyi has faced sharp criticism for failing to ...", "The clip has faced ridicule
 * online", "Lauer, who took heat for his questioning", "the intense criticism of NBC's Matt
 * Lauer". The judges, when named, follow "from"; what is judged is the "for" phrase, the "of"
 * phrase, or else the one who receives the judgement.
 */

/** Nouns of a judgement passed on someone. */
export const JUDGEMENTS: ReadonlySet<string> = new Set(['criticism', 'criticisms', 'ridicule', 'praise', 'backlash', 'heat', 'flak', 'flack', 'condemnation', 'condemnations', 'derision', 'scorn', 'rebuke', 'rebukes', 'plaudits', 'accolades']);
/** Judgements that need a verb of receiving before them to be one ("took heat", not "the heat"). */
const ONLY_RECEIVED = new Set(['heat', 'flak', 'flack']);
/** Verbs of receiving a judgement. */
const RECEIVING = new Set(`face faces faced facing draw draws drew drawn drawing receive receives received receiving
attract attracts attracted attracting earn earns earned earning take takes took taken taking win wins won winning
under`.split(/\s+/));
/** Words that may sit between the verb and the noun ("sharp", "withering", "a lot of"). */
const DEGREE = new Set(['a', 'an', 'some', 'much', 'more', 'heavy', 'sharp', 'withering', 'harsh', 'fierce', 'intense', 'widespread', 'strong', 'broad', 'bipartisan', 'growing', 'increasing', 'new', 'renewed', 'public', 'swift', 'scathing', 'stinging', 'lot', 'of', 'wide', 'high', 'considerable', 'significant']);

/** The received judgements of one sentence. */
export function receivedJudgements(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean, at: readonly number[]): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (const k of at) {
    const noun = tokens[k]!;
    if (k < from + 1 || !JUDGEMENTS.has(noun.lower) || quoted[k] || taken(k)) continue;
    let m = k;
    while (m - 1 >= from && m > k - 4 && DEGREE.has(tokens[m - 1]!.lower)) m--;
    const verb = m - 1 >= from && RECEIVING.has(tokens[m - 1]!.lower) ? m - 1 : -1;
    const next = tokens[k + 1];
    const ofPhrase = verb < 0 && next?.lower === 'of' && /^(the|this|that|such|much)$/.test(tokens[m - 1]?.lower ?? '') && !ONLY_RECEIVED.has(noun.lower);
    if (verb < 0 && !ofPhrase) continue;
    // "came under criticism": "under" is the verb's particle.
    if (verb >= 0 && tokens[verb]!.lower === 'under' && !/^(come|comes|came|coming)$/.test(tokens[verb - 1]?.lower ?? '')) continue;
    let end = k + 1;
    while (end < to && !isEnd(tokens[end])) end++;
    let source: { start: number; end: number } | null = null;
    let after = k + 1;
    if (next?.lower === 'from') {
      source = sourceAfter(tokens, k + 2, end);
      if (!source) continue;
      after = source.end;
    }
    const forAt = tokens[after]?.lower === 'for' ? after : -1;
    let content: CharSpan | null = null;
    let cueEnd = k + 1;
    if (ofPhrase) {
      content = contentAfter(page, k + 2, end, 'criticize');
      cueEnd = k + 2;
    } else if (forAt >= 0) {
      content = contentAfter(page, forAt + 1, end, 'criticize');
      if (!source) cueEnd = forAt + 1;
    } else {
      const subject = sourceBefore(tokens, from, auxiliariesBefore(tokens, from, verb === -1 ? m : tokens[verb]!.lower === 'under' ? verb - 1 : verb));
      if (subject) content = { start: tokens[subject.start]!.start, end: tokens[subject.end - 1]!.end };
    }
    if (!content) continue;
    frames.push({ source, sharesSourceOf: null, cue: { start: ofPhrase ? m - 1 : m, end: cueEnd }, content, stance: 'neutral', lemma: noun.lower });
  }
  return frames;
}

/** Feelings a reader is told someone had at what happened ("much to the chagrin of fellow Democrats"). */
export const FEELINGS: ReadonlySet<string> = new Set(['chagrin', 'dismay', 'delight', 'consternation', 'frustration', 'annoyance', 'irritation', 'disappointment', 'displeasure', 'horror', 'outrage', 'alarm', 'satisfaction', 'approval', 'disapproval']);

/**
 * "her campaign departed from the tactic, much to the chagrin of fellow Democrats": the people
 * after "of" take a stance on the clause the phrase is attached to.
 */
export function feelingsAt(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean, at: readonly number[]): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  // `at` holds the feeling nouns; the phrase starts two words before.
  for (const noun of at) {
    const k = noun - 2;
    if (k < from || k + 3 >= to || tokens[k]!.lower !== 'to' || tokens[k + 1]!.lower !== 'the' || !FEELINGS.has(tokens[k + 2]!.lower) || tokens[k + 3]!.lower !== 'of' || quoted[k] || taken(k)) continue;
    const start = tokens[k - 1]?.lower === 'much' ? k - 1 : k;
    const source = sourceAfter(tokens, k + 4, to);
    if (!source) continue;
    let content: CharSpan | null = null;
    if (start > from && isComma(tokens[start - 1])) {
      // After the clause: the clause from the sentence's start (past its links) to the comma.
      let first = from;
      while (first < start - 1 && (isLeadingLink(tokens[first]!) || isComma(tokens[first]))) first++;
      if (first < start - 1) content = { start: tokens[first]!.start, end: tokens[start - 2]!.end };
    } else if (start === from && isComma(tokens[source.end])) {
      // Opening the sentence: the clause after the comma.
      let end = source.end + 1;
      while (end < to && !isEnd(tokens[end])) end++;
      if (end > source.end + 1) content = { start: tokens[source.end + 1]!.start, end: tokens[end - 1]!.end };
    }
    if (!content) continue;
    frames.push({ source, sharesSourceOf: null, cue: { start, end: k + 4 }, content, stance: 'neutral', lemma: tokens[k + 2]!.lower });
  }
  return frames;
}

/** Auxiliaries and adverbs before the verb ("has faced", "is drawing"): the subject is before them. */
function auxiliariesBefore(tokens: readonly Token[], from: number, verb: number): number {
  let s = verb;
  while (s > from && (isAuxiliary(tokens[s - 1]!) || isCueAdverb(tokens[s - 1]!)) && tokens[s - 1]!.kind === 'word') s--;
  return s;
}
