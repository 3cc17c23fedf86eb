import type { Frame } from './frames';
import { contentAfter, type Page } from './content';
import { isAuxiliary, isComma, isEnd, isLeadingLink } from './words';

/**
 * Polls as sources: "In this poll, Trump rose 1 point", "she did not receive a bump in one of
 * the first post-debate polls". The corpus reads "in" as the cue: the poll is where the
 * finding comes from, as "according to" marks a speaker.
 */

export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Words that may open the poll's phrase after "in". */
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'its', 'their', 'his', 'her', 'our', 'several', 'other', 'recent', 'most', 'many', 'one', 'two', 'each', 'every', 'both', 'all', 'new', 'national', 'state', 'online', 'early']);
/** Longest modifier run between "in" and the poll noun. */
const MAX_MODIFIERS = 8;
/** Longest clause read around the poll (tokens): a bound that keeps the pass linear. */
const MAX_CLAUSE = 60;
const MAX_PER_SENTENCE = 8;

/** Frames of "in ... poll(s)" in tokens [from, to). */
export function pollSettings(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  // A sentence cites a few polls at most; the bound keeps the univocal checks after this linear.
  for (let k = from; k + 1 < to && frames.length < MAX_PER_SENTENCE; k++) {
    if (tokens[k]!.lower !== 'in') continue;
    const head = pollHead(page, k + 1, to);
    if (head < 0 || quoted[k] || taken(k)) continue;
    const before = tokens[k - 1];
    // "from 58 percent in the last poll", "than in other polls": a comparison across polls, not a finding.
    if (before && (before.lower === 'than' || before.lower === 'percent' || before.text === '%' || /\d/.test(before.text))) continue;
    let lead = from;
    while (lead < k && (isLeadingLink(tokens[lead]!) || isComma(tokens[lead]))) lead++;
    let sourceEnd = phraseEnd(page, head + 1, to);
    if (lead === k) {
      // "In this poll, Trump rose ...": the finding follows the comma.
      if (!isComma(tokens[sourceEnd])) continue;
      // "In the previous poll, conducted in early September, Clinton led ...": the aside is the poll's.
      const aside = tokens[sourceEnd + 1];
      if (aside && aside.kind === 'word' && !aside.upper && /ed$|^taken$|^done$/.test(aside.lower)) {
        const close = phraseEnd(page, sourceEnd + 1, to);
        if (isComma(tokens[close])) sourceEnd = close + 1;
      }
      const content = contentAfter(page, isComma(tokens[sourceEnd]) ? sourceEnd + 1 : sourceEnd, to, 'say');
      if (content) frames.push(frame(k, k + 1, sourceEnd, content));
    } else {
      // "Trump did fare well in online polls ...": the finding is the clause before.
      let start = k;
      // Bounded, so a text without sentence ends stays linear.
      while (start > from && start > k - MAX_CLAUSE && !isComma(tokens[start - 1]) && !isEnd(tokens[start - 1])) start--;
      while (start < k && isLeadingLink(tokens[start]!)) start++;
      if (start >= k) continue;
      frames.push(frame(k, k + 1, sourceEnd, { start: tokens[start]!.start, end: tokens[k - 1]!.end }));
    }
  }
  return frames;
}

function frame(cue: number, sourceStart: number, sourceEnd: number, content: { start: number; end: number }): Frame {
  return { source: { start: sourceStart, end: sourceEnd }, sharesSourceOf: null, cue: { start: cue, end: cue + 1 }, content, stance: 'neutral', lemma: 'in' };
}

/** Index of the poll noun in a phrase opening at i ("the previous Washington Post/ABC News national poll"), or -1. */
function pollHead(page: Page, i: number, to: number): number {
  const { tokens } = page;
  const first = tokens[i];
  if (!first || first.kind !== 'word' || !(OPENERS.has(first.lower) || POLL_NOUNS.has(first.lower))) return -1;
  for (let j = i; j < to && j <= i + MAX_MODIFIERS; j++) {
    const t = tokens[j]!;
    if (POLL_NOUNS.has(t.lower)) {
      // "in polling places", "the poll's margin": a noun after the poll word is the head.
      const next = tokens[j + 1];
      if (next && next.kind === 'word' && !next.upper && /^(places?|stations?|booths?|'s)$/.test(next.lower)) return -1;
      return j;
    }
    if (t.kind === 'punct' && t.text !== '/' && t.text !== '-') return -1;
    if (t.kind === 'quote' || (j > i && /^(of|that|which|who|and|or|but|to|for|with|on|at)$/.test(t.lower) && !(t.lower === 'of' && tokens[j - 1]!.lower === 'one'))) return -1;
  }
  return -1;
}

/** The end of the poll's phrase: its modifiers run to the next comma or the clause's end. */
function phraseEnd(page: Page, i: number, to: number): number {
  const { tokens } = page;
  let j = i;
  const limit = Math.min(to, i + MAX_CLAUSE);
  // A verb of the clause ("... polls in Florida may prove ...") ends it too.
  while (j < limit && !isComma(tokens[j]) && !isEnd(tokens[j]) && tokens[j]!.kind !== 'quote' && !isAuxiliary(tokens[j]!)) j++;
  return j;
}
