import type { Token } from './tokens';
import { TITLES } from '../text/titles';

/**
 * A source that starts right after a title the tokens split from its dot ("Sens" "." "John
 * McCain"): the index where the title starts, or `start`. (The sentence splitter keeps such a
 * title in its sentence: lib/text/titles.ts.)
 */
export function withSplitTitle(tokens: readonly Token[], floor: number, start: number): number {
  const dot = tokens[start - 1];
  const title = tokens[start - 2];
  if (start - 2 < floor || !dot || !title || dot.text !== '.' || title.end !== dot.start || !title.upper) return start;
  return TITLES.has(title.lower) ? start - 2 : start;
}
