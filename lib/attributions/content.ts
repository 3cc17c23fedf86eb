import { tokenAt, type Token } from './tokens';
import type { Quotation } from './quotes';
import { nounContentEnd } from './noun-content';
import { pastConnective } from './connectives';
import { MEDIUM_NOUNS, OBJECT_PRONOUNS, isAuxiliary, isComma, isCueAdverb, isEnd, skipMediumPhrase, skipTimePhrase } from './words';

/** What a content span is measured against: the text, its tokens and its quotations. */
export interface Page {
  text: string;
  tokens: readonly Token[];
  quotations: readonly Quotation[];
  /** Outermost quotation by the offset of its opening mark. */
  quoteByStart: ReadonlyMap<number, Quotation>;
  /** Outermost quotation by the offset just after its closing mark. */
  quoteByEnd: ReadonlyMap<number, Quotation>;
  /** Per token, the rules its word can trigger (TRIGGERS bits of lib/attributions/triggers.ts). */
  triggers: Uint32Array;
}

export interface CharSpan {
  start: number;
  end: number;
}

/** Verbs after which an addressee comes first ("told reporters that", "informed the Post"). */
const TELLING = new Set(['tell', 'inform', 'assure', 'remind']);
const CONTENT_OPENERS = new Set(['that', 'how', 'what', 'whether', 'if', 'why', 'when', 'where', 'who', 'about']);

/** Skips an addressee after "told": a pronoun, or a short name phrase up to the content. */
function skipAddressee(tokens: readonly Token[], i: number, limit: number): number {
  const t = tokens[i];
  if (!t) return i;
  if (OBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it') return i + 1;
  let j = i;
  while (j < limit && j < i + 8 && tokens[j]!.kind === 'word' && !CONTENT_OPENERS.has(tokens[j]!.lower)) {
    if (skipTimePhrase(tokens, j, limit) > j) break;
    j++;
  }
  const stop = tokens[j];
  // Only an addressee when the content visibly starts after it.
  if (j > i && stop && (CONTENT_OPENERS.has(stop.lower) || stop.kind === 'quote' || isComma(stop) || skipTimePhrase(tokens, j, limit) > j)) return j;
  return i;
}

/**
 * The content after a cue: from the first word after the cue (past an addressee, a time or a
 * medium phrase) to `cut` (the clause's end), without its final full stop or comma. A quotation
 * that opens inside and closes in a later sentence carries the content along to its end.
 */
export function contentAfter(page: Page, i: number, cut: number, lemma: string): CharSpan | null {
  const { tokens } = page;
  while (i < cut && (isComma(tokens[i]) || tokens[i]!.text === ':')) i++;
  if (TELLING.has(lemma)) i = skipAddressee(tokens, i, cut);
  for (let round = 0; round < 2; round++) {
    // "Friday's test", "Thursday's protests": a day with a possessive is the content's first word.
    const afterTime = skipTimePhrase(tokens, i, cut);
    if (tokens[afterTime]?.lower !== "'s") i = afterTime;
    i = skipMediumPhrase(tokens, i, cut);
    while (i < cut && isComma(tokens[i])) i++;
  }
  i = skipToThat(tokens, i, cut);
  i = skipToColonQuote(tokens, i, cut);
  i = skipCarrier(tokens, i, cut);
  if (i >= cut) return null;
  let last = cut - 1;
  while (last > i && (isEnd(tokens[last]) || isComma(tokens[last]) || tokens[last]!.text === ':')) last--;
  if (last < i || (last === i && tokens[i]!.kind === 'punct')) return null;
  if (!CONTENT_OPENERS.has(tokens[i]!.lower) && tokens[i]!.kind === 'word') last = nounContentEnd(page, lemma, i, last);
  const start = tokens[i]!.start;
  let end = tokens[last]!.end;
  // A quotation opened in the content runs to its close, even across sentences.
  for (let k = i; k <= last; k++) {
    if (tokens[k]!.kind !== 'quote') continue;
    const q = page.quoteByStart.get(tokens[k]!.start);
    if (q && q.end > end) end = q.end;
  }
  return { start, end };
}

/**
 * The content before a post-posed cue ("“...,” said X", "..., X said"): the quotation closing
 * at `boundary` (its opening may be sentences earlier), or the clause from `floor` to the comma.
 */
export function contentBefore(page: Page, floor: number, boundary: number, sentenceStart: number, quotationOnly = false): CharSpan | null {
  const { tokens } = page;
  let j = boundary; // exclusive end token index
  while (j > floor && isComma(tokens[j - 1]) && tokens[j - 1]!.kind === 'punct') j--;
  const closing = tokens[j - 1];
  if (!closing) return null;
  if (j <= floor) {
    // "“...?” Graham asked.": the quotation ended the sentence before.
    const q = closing.kind === 'quote' ? page.quoteByEnd.get(closing.end) : undefined;
    return q ? { start: q.start, end: q.end } : null;
  }
  const q = closing.kind === 'quote' ? page.quoteByEnd.get(closing.end) : undefined;
  floor = pastConnective(tokens, floor, j);
  if (q) {
    // Words before the quotation in the same clause belong to the content too.
    const start = q.start < sentenceStart || quotationOnly ? q.start : Math.min(q.start, tokens[floor]!.start);
    return { start, end: q.end };
  }
  const start = tokens[floor]!.start;
  const end = closing.end;
  return end > start ? { start, end } : null;
}

/** The quotation opening at the first token at or after `i` (for "said:" + next paragraph). */
export function quotationFrom(page: Page, i: number): CharSpan | null {
  const t = page.tokens[i];
  if (!t || t.kind !== 'quote') return null;
  const q = page.quoteByStart.get(t.start);
  return q ? { start: q.start, end: q.end } : null;
}

/** The subject before a passive cue ("At least 18 casualties among police ... were reported"). */
export function subjectBefore(page: Page, floor: number, end: number): CharSpan | null {
  const { tokens } = page;
  let s = end;
  while (s > floor && !isComma(tokens[s - 1]) && !isEnd(tokens[s - 1]) && tokens[s - 1]!.text !== ':' && s > end - 30) s--;
  if (s >= end) return null;
  return { start: tokens[s]!.start, end: tokens[end - 1]!.end };
}

const SETTING_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'while', 'to', 'from', 'via', 'of']);

/** "says at a campaign stop in Toledo, Ohio, that ...": the setting is neither cue nor content. */
function skipToThat(tokens: readonly Token[], i: number, cut: number): number {
  // "insist, most recently in a Labor Day interview, that ...": adverbs may lead the setting.
  let j = i;
  while (j < cut && j < i + 3 && tokens[j]!.kind === 'word' && (isCueAdverb(tokens[j]!) || tokens[j]!.lower === 'most')) j++;
  if (j > i && tokens[j] && SETTING_PREPOSITIONS.has(tokens[j]!.lower)) {
    const that = skipToThat(tokens, j, cut);
    return that > j ? that : i;
  }
  if (!tokens[i] || !SETTING_PREPOSITIONS.has(tokens[i]!.lower)) return i;
  for (let k = i + 1; k < cut && k < i + 14; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' && (isComma(tokens[k - 1]) || k < i + 8)) return k;
    if (t.kind === 'quote' && isComma(tokens[k - 1])) return k;
    if (t.kind !== 'word' && !isComma(t) && t.text !== '.' && t.text !== '-') return i;
  }
  return i;
}

/**
 * "“My hope,” he said, “is that ...”": a quotation broken by its cue. When the content after the
 * cue is a quotation and another one closes right before the speaker, the content runs from the
 * first part to the end of the second (the corpus marks both parts).
 */
export function withOpeningPart(page: Page, speakerStart: number, floor: number, content: CharSpan): CharSpan {
  const { tokens } = page;
  if (!/["“‘«']/.test(page.text[content.start] ?? '')) return content;
  let k = speakerStart - 1;
  if (k >= floor && isComma(tokens[k]) && tokens[k]!.text === ',') k--;
  const closing = tokens[k];
  if (k < floor || closing?.kind !== 'quote') return content;
  const q = page.quoteByEnd.get(closing.end);
  // The first part ends with a comma ("“My hope,”"): it is a sentence broken off, not a whole one.
  if (!q || q.start >= content.start || !/,\s*["”’'»]+$|["”’'»]+\s*,$/.test(page.text.slice(Math.max(q.start, closing.end - 4), tokens[speakerStart - 1]!.end))) return content;
  return { start: q.start, end: content.end };
}

const NOT_FINITE = new Set(['not', 'never', 'being', 'been', 'be', 'having']);

/** The words from `i` open with a verb ("can rock", "normally does not"): they have no subject of their own. */
export function opensWithVerb(tokens: readonly Token[], i: number, cut: number): boolean {
  while (i < cut && tokens[i]!.kind === 'word' && !isAuxiliary(tokens[i]!) && (isCueAdverb(tokens[i]!) || (!tokens[i]!.upper && tokens[i]!.lower.endsWith('ly')))) i++;
  const t = tokens[i];
  return i < cut && !!t && t.kind === 'word' && isAuxiliary(t) && !NOT_FINITE.has(t.lower) && !t.lower.startsWith("'");
}

/**
 * "African-Americans, he said, can ''rock like Jimi''": a reporting clause set inside the
 * sentence. When the words after it carry on the first part (they open with a verb), the content
 * runs from the first part past the clause to the end (the corpus marks both parts).
 */
export function pastAside(page: Page, after: number, cut: number, content: CharSpan): CharSpan {
  const { tokens } = page;
  if (tokens[after]?.text !== ',' || !opensWithVerb(tokens, after + 1, cut)) return content;
  const rest = contentAfter(page, after + 1, cut, 'say');
  return rest && rest.end > content.end ? { start: content.start, end: rest.end } : content;
}

/**
 * "Hawaii, as one of Mr. Obama's climate advisers noted, normally does not get ...": the same
 * seen from the cue's side: content after the cue that opens with a verb takes in the words
 * before the clause, back to the sentence's start or the comma before them.
 */
export function beforeAside(page: Page, floor: number, speakerStart: number, content: CharSpan): CharSpan {
  const { tokens } = page;
  let k = speakerStart - 1;
  if (tokens[k]?.lower === 'as') k--;
  if (k <= floor || tokens[k]!.text !== ',') return content;
  const first = tokenAt(tokens, content.start);
  if (!opensWithVerb(tokens, first, tokens.length)) return content;
  let s = k;
  while (s > floor && s > k - 40 && tokens[s - 1]!.kind === 'word') s--;
  if (s === k || (s > floor && !isComma(tokens[s - 1]) && !isEnd(tokens[s - 1]))) return content;
  return { start: tokens[s]!.start, end: content.end };
}

/** "scolded him: “...”", "told the committee: “...”": the words before a colon and a quotation are an addressee. */
function skipToColonQuote(tokens: readonly Token[], i: number, cut: number): number {
  for (let k = i; k < cut && k < i + 5; k++) {
    const t = tokens[k]!;
    if (t.text === ':' && k > i) return tokens[k + 1]?.kind === 'quote' && k + 1 < cut ? k + 1 : i;
    if (t.kind !== 'word') return i;
  }
  return i;
}

/** Verbs by which a letter or a statement carries its words ("a statement calling ..."). */
const CARRYING = new Set(['saying', 'calling', 'urging', 'warning', 'declaring', 'asking', 'demanding', 'announcing', 'accusing', 'says', 'said', 'calls', 'urges', 'warns']);

/**
 * "issued a statement calling the test a violation", "released a letter from his doctor that
 * says he has ...": the words are what the letter or statement carries, after its verb.
 */
function skipCarrier(tokens: readonly Token[], i: number, cut: number): number {
  const first = tokens[i];
  if (!first || !/^(a|an|the|his|her|their|its)$/.test(first.lower)) return i;
  let medium = false;
  for (let k = i + 1; k < cut && k < i + 12; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return i;
    if (MEDIUM_NOUNS.has(t.lower)) medium = true;
    else if (medium && CARRYING.has(t.lower)) {
      // "that says", "which said": the relative word belongs to the carrier.
      if (/^(says|said|calls|urges|warns)$/.test(t.lower) && !/^(that|which)$/.test(tokens[k - 1]!.lower)) return i;
      return k + 1 < cut ? k + 1 : i;
    }
  }
  return i;
}

/** A quotation closed with a comma ends right before token `k` ("“...,” she said"). */
export function closesQuotation(page: Page, k: number): boolean {
  const { tokens } = page;
  let q = k - 1;
  if (tokens[q]?.text === ',') q--;
  const mark = tokens[q];
  return k > 0 && mark?.kind === 'quote' && page.quoteByEnd.has(mark.end) && (isComma(tokens[q - 1]) || tokens[q + 1]?.text === ',');
}
