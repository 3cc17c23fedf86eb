import type { Frame } from './frames';
import { contentAfter, contentBefore, type Page } from './content';
import { isComma, isCueAdverb, isEnd } from './words';

/**
 * "As Ms. Simonyan put it in a statement, RT is ...", "..., as a Homeland Security memo put it.":
 * the idiom "as X put it" credits the words of the rest of the sentence to X. The source sits
 * between "as" and "put it"; the content is what follows the idiom's clause when it opens the
 * sentence, or what comes before it when it closes one. Triggered by "put it" alone, so the
 * look-back runs only where the idiom is.
 */

/** Longest source looked back over ("Steven M. Rosenthal, a tax lawyer and senior fellow at ..."). */
const MAX_SOURCE_TOKENS = 30;

/** Words after "put it" that make it a physical act. */
const PLACES = new Set(['down', 'up', 'off', 'away', 'back', 'aside', 'together', 'out', 'on', 'there', 'here', 'into', 'onto', 'inside', 'under', 'behind']);

export function putItFrames(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (let k = from + 2; k + 1 < to; k++) {
    if (tokens[k]!.lower !== 'put' || tokens[k + 1]!.lower !== 'it' || quoted[k] || taken(k)) continue;
    // "As he put it down, ...": a thing put somewhere is no wording.
    if (PLACES.has(tokens[k + 2]?.lower ?? '')) continue;
    // "recently put it": an adverb before the verb belongs to the cue.
    const cueStart = isCueAdverb(tokens[k - 1]!) ? k - 1 : k;
    let as = cueStart - 1;
    while (as > from && cueStart - as <= MAX_SOURCE_TOKENS && tokens[as]!.lower !== 'as' && !isEnd(tokens[as])) as--;
    if (tokens[as]?.lower !== 'as' || as + 1 >= cueStart) continue;
    const source = { start: as + 1, end: cueStart };
    const before = tokens[as - 1];
    // '..., as X put it' and '..."lawful source of income," as X put it': closing the sentence.
    const closing = as > from && (isComma(before) || (before!.kind === 'quote' && isComma(tokens[as - 2])));
    let content = null;
    if (closing) {
      content = contentBefore(page, from, as, tokens[from]!.start);
    } else if (as === from || before!.kind !== 'word') {
      // Opening the sentence: the content starts after the clause's closing comma.
      let comma = k + 2;
      while (comma < to && !isComma(tokens[comma]) && !isEnd(tokens[comma])) comma++;
      let stop = comma;
      while (stop < to && !isEnd(tokens[stop])) stop++;
      if (isComma(tokens[comma])) content = contentAfter(page, comma + 1, stop, 'say');
    }
    if (!content) continue;
    frames.push({ source, sharesSourceOf: null, cue: { start: cueStart, end: k + 2 }, content, stance: 'neutral', lemma: 'put' });
  }
  return frames;
}
