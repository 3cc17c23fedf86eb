import { tokenAt, type Token } from './tokens';
import type { CharSpan, Page } from './content';
import type { TokenRange } from './sources';
import type { CueGroup } from './cue-groups';
import { isComma } from './words';

/**
 * Small readings of the words around a verb frame that the frame patterns ask about: who starts
 * a new clause after "and", an aside before "that", an infinitive after the verb, a question's
 * asker, a quoted title as subject, a relative clause inside a source.
 */

/** "..., while 5 percent prefer Johnson and 1 percent support Stein": a poll share after "and" is a new subject. */
export function shareAfterAnd(tokens: readonly Token[], floor: number, end: number): TokenRange | null {
  const share = tokens[end - 1];
  const amount = tokens[end - 2];
  if (!share || !amount || !(share.lower === 'percent' || share.text === '%') || !/^\d/.test(amount.text) || end - 3 < floor) return null;
  return /^(and|but|while)$/.test(tokens[end - 3]!.lower) ? { start: end - 2, end } : null;
}

/** Capitalised words right before `end`, after "and" or "but" that follows a lower-case word ("... intentional and Democrats"). */
export function nameAfterAnd(tokens: readonly Token[], floor: number, end: number): TokenRange | null {
  let s = end;
  while (s > floor && s > end - 4 && tokens[s - 1]!.kind === 'word' && tokens[s - 1]!.upper) s--;
  const link = tokens[s - 1];
  const left = tokens[s - 2];
  // "My siblings and I understood": a pronoun joins the subject before it.
  if (s === end || (end - s === 1 && tokens[s]!.lower === 'i') || !link || !/^(and|but)$/.test(link.lower) || !left || left.kind !== 'word' || left.upper) return null;
  return { start: s, end };
}

/** A comma at k, a short aside, then ", that". */
export function asideBeforeThat(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let j = k + 1; j < limit && j < k + 16; j++) {
    if (isComma(tokens[j])) return tokens[j + 1]?.lower === 'that';
    if (tokens[j]!.kind !== 'word' && tokens[j]!.text !== '.') return false;
  }
  return false;
}

/** "to protect": "to" and a bare verb (not "to reporters", "to the crowd", "to Iowa"). */
export function infinitiveAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k]?.lower !== 'to' || !next || next.kind !== 'word' || next.upper) return false;
  return !/s$/.test(next.lower) && !/^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|you|it|reporters|people|supporters)$/.test(next.lower) && !/^\d/.test(next.text);
}

/** Only links ("and", "but") between a comma (or the sentence's start) and token k. */
export function afterBreak(tokens: readonly Token[], floor: number, k: number): boolean {
  let j = k;
  while (j > floor && /^(and|but|so|yet)$/.test(tokens[j - 1]!.lower)) j--;
  return j === floor || isComma(tokens[j - 1]) || tokens[j - 1]!.text === ';';
}

/** Capitalised words from i ("by Holt about ..." -> "Holt"), at most five. */
export function namedAfter(tokens: readonly Token[], i: number, limit: number): TokenRange | null {
  let e = i;
  while (e < limit && e < i + 5 && tokens[e]!.kind === 'word' && tokens[e]!.upper) e++;
  return e > i ? { start: i, end: e } : null;
}

/** "“American Skin (41 Shots)” was written by Springsteen": a quoted title right before the passive is its subject. */
export function quotedSubject(page: Page, floor: number, start: number): TokenRange | null {
  const close = page.tokens[start - 1];
  const q = close?.kind === 'quote' ? page.quoteByEnd.get(close.end) : undefined;
  if (!q) return null;
  const first = tokenAt(page.tokens, q.start);
  if (first < floor || first >= start - 1) return null;
  // It must open its clause: in "What Mr. Trump considers ''smart'' might be seen" the quotation ends a longer subject.
  // "DuVernay’s “13th” documents how ...": a name's possessive may come first.
  let from = first;
  if (first - 1 >= floor && page.tokens[first - 1]!.lower === "'s") {
    from = first - 1;
    while (from > floor && page.tokens[from - 1]!.kind === 'word' && page.tokens[from - 1]!.upper) from--;
    if (from === first - 1) return null;
  }
  const opens = from === floor || page.tokens[from - 1]?.kind !== 'word';
  return opens ? { start: from, end: start } : null;
}

/** Token v lies in a relative clause opened by ", who" or ", which" inside the source. */
export function inSetOffRelative(tokens: readonly Token[], start: number, v: number): boolean {
  for (let j = v - 1; j > start; j--) {
    if (isComma(tokens[j])) return false;
    if (/^(who|which)$/.test(tokens[j]!.lower)) return isComma(tokens[j - 1]);
  }
  return false;
}

export function spanOfTokens(tokens: readonly Token[], start: number, end: number): CharSpan | null {
  return start < end ? { start: tokens[start]!.start, end: tokens[end - 1]!.end } : null;
}

/** A verb of the groups before `i` inside the source, not in a relative clause set off by commas. */
export function holdsVerb(tokens: readonly Token[], source: TokenRange, groups: readonly CueGroup[], i: number): boolean {
  for (let j = 0; j < i; j++) {
    const v = groups[j]!.verb;
    if (v >= source.start && v < source.end && !inSetOffRelative(tokens, source.start, v)) return true;
  }
  return false;
}

/** A comma, a quote mark or a semicolon at k: a visible break before a clause. */
export function isBreakBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (isComma(t) || t.kind === 'quote' || t.text === ';');
}
