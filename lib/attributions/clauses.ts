import type { Token } from './tokens';
import { tokenAt } from './tokens';
import type { CharSpan, Page } from './content';
import type { TokenRange } from './sources';
import type { CueGroup } from './cue-groups';
import { cueReadings } from './cues';
import { DETERMINERS, OBJECT_PRONOUNS, isAuxiliary, isComma, isCueAdverb, isEnd, skipMediumPhrase, skipTimePhrase, isDeterminer, isPreposition, isLeadingLink } from './words';

/**
 * Where clauses end and begin around a cue, for the frames: the end of a post-posed cue's clause
 * ("..., he said at a rally."), a sentence's opening subject, an inverted speaker, "X as saying".
 */

/** Does the clause end at token i (after an optional time or medium phrase)? */
export function clauseEndsAt(tokens: readonly Token[], i: number, limit: number): boolean {
  i = skipMediumPhrase(tokens, skipTimePhrase(tokens, i, limit), limit);
  i = skipTimePhrase(tokens, i, limit);
  if (i < limit && SETTINGS.has(tokens[i]!.lower)) i = skipSetting(tokens, i, limit);
  i = skipCitation(tokens, i, limit);
  return i >= limit || isEnd(tokens[i]) || isComma(tokens[i]);
}

/** Openings of a phrase naming whom the speaker cites ("citing", "with reference to"). */
const CITATIONS: readonly (readonly string[])[] = [['citing'], ['quoting'], ['with', 'reference', 'to'], ['referring', 'to'], ['in', 'reference', 'to']];

/**
 * "..., Al Arabiya television reported on Saturday with reference to Lebanon's Health Ministry.":
 * a closing phrase naming the speaker's own source. The index after it, or i.
 */
function skipCitation(tokens: readonly Token[], i: number, limit: number): number {
  const opening = CITATIONS.find((words) => words.every((w, n) => tokens[i + n]?.lower === w));
  if (!opening) return i;
  for (let k = i + opening.length; k < limit && k < i + opening.length + 10; k++) {
    const t = tokens[k]!;
    if (isEnd(t) || isComma(t)) return k > i + opening.length ? k : i;
    if (t.kind !== 'word' || t.lower === 'that' || (isAuxiliary(t) && t.lower !== "'s")) return i;
  }
  return i;
}

const SETTINGS = new Set(['at', 'in', 'during', 'on', 'after', 'before', 'outside', 'from', 'with', 'to']);

/** A closing setting ("said at a Washington event this month."): the index after it, or i. */
function skipSetting(tokens: readonly Token[], i: number, limit: number): number {
  for (let k = i + 1; k < limit && k < i + 10; k++) {
    const t = tokens[k]!;
    if (isEnd(t) || isComma(t)) return k;
    if (t.kind !== 'word' || isAuxiliary(t) || cueReadings(t).length || t.lower === 'that') return i;
  }
  return i;
}

/** Words that cannot be a content on their own ("However, officials said"): one word, no quotation. */
export function trivialContent(page: Page, span: CharSpan): boolean {
  const head = page.text.slice(span.start, Math.min(span.end, span.start + 80));
  return !/[\p{L}\p{N}]\s+[\p{L}\p{N}]/u.test(head) && !/["“‘«]/.test(head);
}

/** A comma, or a closing quotation mark right after one ("...,” while"). */
export function commaAt(tokens: readonly Token[], k: number): boolean {
  return isComma(tokens[k]) || (tokens[k]?.kind === 'quote' && isComma(tokens[k - 1]));
}

/** A source after an inverted verb names someone: a capital, a pronoun or a determiner. */
export function looksLikeSource(tokens: readonly Token[], r: TokenRange): boolean {
  const first = tokens[r.start]!;
  // "said at a Washington event", "said of Mrs. Clinton's plan", "said Tuesday": no source there.
  if (isPreposition(first) || skipTimePhrase(tokens, r.start, r.end) >= r.end) return false;
  if (/^(he|she|they|it|we|i|the|a|an)$/.test(first.lower)) return true;
  for (let k = r.start; k < r.end; k++) if (tokens[k]!.upper) return true;
  return false;
}

const QUANTIFIERS = new Set(['several', 'many', 'most', 'few', 'all', 'both', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'thousands']);

/** Words that open a subordinate clause before the main one ("Before a death is counted, ..."). */
const OPENING_SUBORDINATORS = new Set(['before', 'after', 'when', 'while', 'if', 'although', 'though', 'because', 'since', 'once', 'until', 'unless', 'whereas', 'as']);

/**
 * The subject a sentence opens with: the words before its first verb-like word (an auxiliary,
 * a past form, a present form after a name), past an opening adverbial ("On Monday, ...").
 */
export function subjectOf(tokens: readonly Token[], from: number, limit: number): TokenRange | null {
  let start = from;
  // "In August, several environmental groups granted ...": the comma after the time goes too.
  // "On Thursday, however, Trump spoke ...": so does a linking adverb and its comma.
  for (let round = 0; round < 3; round++) {
    const before = start;
    start = skipTimePhrase(tokens, start, limit);
    if (start > before && isComma(tokens[start])) start++;
    if (start < limit - 1 && isLeadingLink(tokens[start]!) && isComma(tokens[start + 1])) start += 2;
    if (start === before) break;
  }
  if (start < limit && /^(he|she|they|it|we|i)$/.test(tokens[start]!.lower)) return { start, end: start + 1 };
  const first = tokens[start];
  // "Before a death is counted, a medical examiner has to ...": an opening clause or phrase up
  // to its comma is no subject.
  const opener = !!first && OPENING_SUBORDINATORS.has(first.lower);
  if (first && (isPreposition(first) || first.lower.endsWith('ly') || opener)) {
    let k = start;
    while (k < limit && k < start + (opener ? 16 : 10) && !isComma(tokens[k])) k++;
    if (isComma(tokens[k])) start = k + 1;
  }
  // "several environmental groups granted": a subject led by a determiner needs no capital.
  const determined = !!first && (DETERMINERS.has(tokens[start]?.lower ?? '') || QUANTIFIERS.has(tokens[start]?.lower ?? ''));
  let apposition = false;
  for (let k = start; k < limit && k < start + 14; k++) {
    const t = tokens[k]!;
    // "Dean, a medical doctor, then appeared": an apposition after a name is part of the subject.
    if (t.text === ',' && !apposition && k > start && tokens[k - 1]!.upper) {
      let close = k + 1;
      while (close < limit && close < k + 10 && tokens[close]!.kind === 'word' && !isAuxiliary(tokens[close]!)) close++;
      if (tokens[close]?.text !== ',' || close === k + 1) return null;
      apposition = true;
      k = close;
      continue;
    }
    if (t.kind !== 'word' && t.text !== '(' && t.text !== ')') return null;
    const verbLike = isAuxiliary(t) || (!t.upper && k > start && (/ed$/.test(t.lower) || isCueAdverb(t) || cueReadings(t).length > 0 || (/[^s]s$/.test(t.lower) && !!tokens[k - 1]?.upper && !isDeterminer(tokens[k - 1]!))));
    if (verbLike) {
      if (k === start) return null;
      if (determined && k - start <= 5) return { start, end: k };
      for (let j = start; j < k; j++) if (tokens[j]!.upper || /^(he|she|they|it|we|i)$/.test(tokens[j]!.lower)) return { start, end: k };
      return null;
    }
  }
  return null;
}

/** The end of the first quotation in a content, or of the content itself. */
export function endOfNamedThing(page: Page, content: CharSpan): number {
  for (const q of page.quotations) {
    if (q.start >= content.end) break;
    if (q.start >= content.start && q.depth === 0) return Math.min(q.end, content.end);
  }
  return content.end;
}

/** "quoted a senior official as saying": the official and the cue "as saying". */
export function quotedAsSaying(tokens: readonly Token[], from: number, limit: number): { source: TokenRange; cue: TokenRange } | null {
  for (let k = from + 1; k + 1 < limit && k < from + 12; k++) {
    if (tokens[k]!.lower !== 'as') continue;
    const verb = tokens[k + 1]!;
    if (!cueReadings(verb).some((r) => r.form === 'ing')) return null;
    return { source: { start: from, end: k }, cue: { start: k, end: k + 2 } };
  }
  return null;
}

/** After "told"/"asked", the addressee before the clause ends ("he told the group.", "told me"). */
export function skipObject(tokens: readonly Token[], g: CueGroup, limit: number): number {
  if (g.entry.frame !== 'addressee') return g.end;
  const t = tokens[g.end];
  if (!t || t.kind !== 'word') return g.end;
  if (OBJECT_PRONOUNS.has(t.lower)) return g.end + 1;
  let k = g.end;
  while (k < limit && k < g.end + 5 && tokens[k]!.kind === 'word' && !isAuxiliary(tokens[k]!)) k++;
  return k;
}

/** Nothing but links and commas between the clause's start and `k`. */
export function opensClause(tokens: readonly Token[], floor: number, k: number): boolean {
  for (let j = floor; j < k; j++) if (!isComma(tokens[j]) && !isLeadingLink(tokens[j]!)) return false;
  return true;
}

/**
 * Words after a cue that set the scene rather than open its content: "of the election", "at a
 * briefing", "as he entered the talks", "then", "sarcastically", "several months after ...".
 */
export function settingFollows(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.upper) return false;
  return isPreposition(t) || SETTING_WORDS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4);
}
const SETTING_WORDS = new Set(['as', 'after', 'before', 'when', 'while', 'since', 'then', 'later', 'earlier', 'again', 'once', 'several', 'shortly', 'recently', 'last', 'this', 'days', 'weeks', 'months', 'years']);

/**
 * "In recent days, advisers to Mr. Obama say, the president has grown exasperated": content
 * before a parenthetical frame that is only a setting (a preposition's short phrase, no verb)
 * takes in the clause after the frame too. `after` is the token after the frame.
 */
export function pastSetting(page: Page, content: CharSpan, after: number, cut: number): CharSpan {
  const { tokens } = page;
  if (!isComma(tokens[after])) return content;
  const first = tokenAt(tokens, content.start);
  let last = first;
  while (last < tokens.length && tokens[last]!.end <= content.end) last++;
  // "If this argument fails to persuade, Mr. Castañeda argues, there are ...": a subordinate
  // clause cannot stand alone; the main clause after the frame completes the content.
  if (SUBORDINATORS.test(tokens[first]!.lower)) return toSentenceEnd(tokens, content, after, cut);
  // A setting is short: "In recent days", "On Tuesday"; "At least 40 people died" is a clause.
  if (!isPreposition(tokens[first]!) || last - first > 10 || /^(least|most)$/.test(tokens[first + 1]?.lower ?? '')) return content;
  for (let k = first; k < last; k++) if (tokens[k]!.kind !== 'word' || isAuxiliary(tokens[k]!) || tokens[k]!.lower === 'that') return content;
  // "During his seven and a half years in office, Mr. Obama said, ...": a longer phrase is a
  // setting too while nothing in it reads as a verb ("After the blast killed 18" is a clause).
  if (last - first > 4) for (let k = first + 1; k < last; k++) if (/^(who|which|whose|whom)$|ed$/.test(tokens[k]!.lower) || cueReadings(tokens[k]!).some((r) => r.form === 'past' || r.form === 'third')) return content;
  return toSentenceEnd(tokens, content, after, cut);
}

const SUBORDINATORS = /^(if|unless|although|though|because|once|whereas)$/;

/** The content run on past the frame ending before `after` (a comma) to the sentence's end. */
function toSentenceEnd(tokens: readonly Token[], content: CharSpan, after: number, cut: number): CharSpan {
  let end = after + 1;
  while (end < cut && !isEnd(tokens[end])) end++;
  return end > after + 2 ? { start: content.start, end: tokens[end - 1]!.end } : content;
}
