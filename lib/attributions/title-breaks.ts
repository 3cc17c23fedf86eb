import type { Token } from './tokens';

/**
 * The sentence breaker ends a sentence after some titles and initials it does not know
 * ("Sens. John McCain and ...", "Del. Eleanor Holmes Norton said", "G.K. Chesterton wrote"),
 * which cuts a source from its verb. These breaks are undone before the frames are read.
 */

/** Titles before a name, lower case without the dot (the plural ones too: "Sens.", "Reps."). */
const TITLES = new Set(['sen', 'sens', 'rep', 'reps', 'del', 'gov', 'govs', 'lt', 'gen', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'supt', 'insp', 'det', 'atty', 'pres', 'rev', 'msgr', 'hon', 'assemb', 'assemblyman', 'sec', 'secy']);

/** Initials: "G.K.", "J.R.R." (a lone "U.S." may end a sentence, so only as a whole sentence). */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/**
 * Whether the sentence ending in `tail` (its last characters; `whole` when that is all of it)
 * ends in a title or is only initials, and `after` (the next sentence, on the same line)
 * starts with a capitalised name.
 */
export function brokenAtTitle(tail: string, whole: boolean, gap: string, after: string): boolean {
  if (gap.includes('\n') || !/^\p{Lu}/u.test(after)) return false;
  const trimmed = tail.trimEnd();
  const last = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
  if (!last.endsWith('.')) return false;
  if (INITIALS.test(last)) return whole && last.length === trimmed.trimStart().length;
  const word = last.slice(0, -1);
  // A title is capitalised; a word before it joined with "(" or a quote is still the title.
  const bare = word.replace(/^[(“"‘']+/, '');
  return /^\p{Lu}/u.test(bare) && TITLES.has(bare.toLowerCase());
}

/**
 * A source that starts right after a title the tokens split from its dot ("Sens" "." "John
 * McCain"): the index where the title starts, or `start`.
 */
export function withSplitTitle(tokens: readonly Token[], floor: number, start: number): number {
  const dot = tokens[start - 1];
  const title = tokens[start - 2];
  if (start - 2 < floor || !dot || !title || dot.text !== '.' || title.end !== dot.start || !title.upper) return start;
  return TITLES.has(title.lower) ? start - 2 : start;
}
