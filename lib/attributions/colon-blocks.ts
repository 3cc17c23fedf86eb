import type { CharSpan, Page } from './content';

/**
 * "Limbaugh added:" at the end of a line, then the words themselves as a paragraph of their own
 * (a block quotation without quotation marks): the paragraph is the content, as the corpus marks it.
 */

/** Longest block taken, in characters: past this it is more likely the article going on. */
const MAX_BLOCK = 1200;

/** The paragraph that starts on the line after the colon ending at text index `at`, or null. */
export function blockAfterColon(page: Page, at: number): CharSpan | null {
  const { text } = page;
  let start = at;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  // The words must begin on a new line: "added: It's typical" on one line is read as a sentence.
  if (start >= text.length || !text.slice(at, start).includes('\n')) return null;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  while (end > start && /[\s]/.test(text[end - 1]!)) end--;
  return end > start && end - start <= MAX_BLOCK ? { start, end } : null;
}
