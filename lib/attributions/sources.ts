import { withSplitTitle } from './title-breaks';
import type { Token } from './tokens';
import { cueReadings } from './cues';
import { dashedAside, withLeadingName, withRelativeHead, withoutParticiple, withFocusWord } from './source-edges';
import {
  CUE_ADVERBS, RELATIVES, isAuxiliary, isComma, isEnd, isPreposition, isQuote, skipMediumPhrase, skipTimePhrase, isClauseBreak, isLeadingLink,
} from './words';

/**
 * The source's noun phrase, found by walking out from the cue to the clause's edge: people with
 * titles and roles ("longtime Democratic pollster Pat Caddell"), organisations with their
 * acronyms ("the UN Office ... (OHCHR)"), officials, unnamed sources, outlets, pronouns.
 * Returns token index ranges [start, end).
 */
export interface TokenRange {
  start: number;
  end: number;
}

/** Longest source we accept, in tokens; past this the "subject" is a clause, not a name. */
export const MAX_SOURCE_TOKENS = 28;
/** Longest segment of an apposition ("Phil Lovas, the state's campaign chairman,"). */
const MAX_APPOSITION_TOKENS = 30;

const YEAR = /^(?:1[89]|20)\d\d$/;

/** Drops a time or medium phrase ending at `end` ("on Thursday", "in a statement"). */
export function trimTrailingAdjuncts(tokens: readonly Token[], start: number, end: number): number {
  for (let round = 0; round < 3; round++) {
    let trimmed = end;
    for (let k = Math.max(start, end - 7); k < end; k++) {
      if (skipTimePhrase(tokens, k, end) === end || skipMediumPhrase(tokens, k, end) === end) {
        // "Theresa May said": a lone month after a capitalised word ends a name.
        if (k === end - 1 && k - 1 >= start && tokens[k]!.upper && tokens[k - 1]!.upper && tokens[k - 1]!.kind === 'word') break;
        trimmed = k;
        break;
      }
    }
    // "An arbitration panel in 2001 found": a year is a setting, not part of the name.
    if (trimmed === end && end - start > 2 && YEAR.test(tokens[end - 1]!.text) && /^(in|since|during|by)$/.test(tokens[end - 2]!.lower)) trimmed = end - 2;
    if (trimmed === end) break;
    end = trimmed;
  }
  return end;
}

/** Can the token be inside a source's noun phrase? */
export function inPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // "attendants’ union", "Fox News' Megyn Kelly": a plural possessive, not a quotation mark.
  if (t.kind === 'quote') return (t.text === '’' || t.text === "'") && /s$/i.test(tokens[k - 1]?.text ?? '') && tokens[k - 1]!.end === t.start && tokens[k + 1]?.kind === 'word';
  // "@nycsouthpaw": a handle's mark is glued to its name.
  if (t.kind === 'punct') return /^[()&/'’]$/.test(t.text) || abbreviationDot(tokens, k) || (/^[@#]$/.test(t.text) && tokens[k + 1]?.start === t.end);
  // "Theresa May": a capitalised modal after a capitalised word is part of a name.
  if (isAuxiliary(t) && !t.lower.endsWith("'s")) return t.upper && /^(may|will|can|must)$/.test(t.lower) && !!tokens[k - 1]?.upper && tokens[k - 1]!.kind === 'word';
  if (t.lower === "'s") return true;
  if (isClauseBreak(t)) {
    // "Jon Tester and David Vitter", "AT&T and Verizon": a break between two names is a join.
    // "Jon Tester (D-Mont.) and David Vitter (R-La.)": a name may end with its party in parentheses.
    if ((t.lower === 'and' || t.lower === 'or') && (tokens[k - 1]?.upper || tokens[k - 1]?.text === ')') && tokens[k + 1]?.upper) return true;
    // "Regulators and environmental groups", "state and local leaders": two nouns or modifiers joined.
    const left = tokens[k - 1];
    const right = tokens[k + 1];
    if ((t.lower === 'and' || t.lower === 'or') && left?.kind === 'word' && right?.kind === 'word' && !isAuxiliary(right) && !cueReadings(right).length && !cueReadings(left).some((c) => c.form === 'past' || c.form === 'third') && !/ed$/.test(left.lower)) return true;
    return false;
  }
  return true;
}

/** Walks left from `end` over phrase tokens, not past `floor`. */
export function walkLeft(tokens: readonly Token[], floor: number, end: number): number {
  let s = end;
  let depth = 0;
  while (s > floor) {
    const t = tokens[s - 1]!;
    if (t.text === ')') depth++;
    else if (t.text === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !inPhrase(tokens, s - 1)) break;
    s--;
    if (end - s > MAX_SOURCE_TOKENS) return -1;
  }
  return s;
}

/** Drops leading links and adverbials ("But", "On Thursday", "In a statement"). */
function trimLeading(tokens: readonly Token[], start: number, end: number): number {
  for (let round = 0; round < 3 && start < end; round++) {
    const before = start;
    while (start < end && isLeadingLink(tokens[start]!) && end - start > 1) start++;
    while (start < end - 1 && tokens[start]!.text === '(' && !tokens.slice(start + 1, end).some((t) => t.text === ')')) start++;
    start = Math.min(skipTimePhrase(tokens, start, end), end);
    start = Math.min(skipMediumPhrase(tokens, start, end), end);
    if (start === before) break;
  }
  return start;
}

/**
 * The source before a cue: the noun phrase ending at `end` (exclusive), not before `floor`.
 * Handles appositions ("The state's campaign chairman, Phil Lovas, said"), which keep their
 * closing comma as the corpus marks them. Null when no phrase is there.
 */
export function sourceBefore(tokens: readonly Token[], floor: number, end: number): TokenRange | null {
  end = trimTrailingAdjuncts(tokens, floor, end);
  // "Wells Fargo just (this month) announced": an adverb left before the cue is not the name's.
  while (end - 1 > floor && !tokens[end - 1]!.upper && CUE_ADVERBS.has(tokens[end - 1]!.lower) && tokens[end - 2]!.kind === 'word') end--;
  if (end <= floor) return null;
  const last = tokens[end - 1]!;
  if (isComma(last) && last.text === ',') return appositionBefore(tokens, floor, end);
  const aside = dashedAside(tokens, floor, end);
  if (aside) return aside;
  let start = walkLeft(tokens, floor, end);
  if (start < 0) return null;
  start = withRelativeHead(tokens, floor, start, end);
  start = withLeadingName(tokens, floor, start, end);
  if (start === end) {
    // "..., which reported", "those who said": the relative pronoun stands for the source.
    // "that" is as often a conjunction as a pronoun ("tactics that have targeted"): not a source.
    return RELATIVES.has(last.lower) && last.lower !== 'that' ? { start: end - 1, end } : null;
  }
  // "In a March 2016 meeting with ... Trump said": an opening adverbial, even one that starts
  // with a time, leaves the speaker at the phrase's end.
  const opened = isPreposition(tokens[start]!);
  let trimmed = trimLeading(tokens, start, end);
  // "Everything Trump says is a lie": the pronoun is what is said, the speaker follows it.
  if (end - trimmed > 1 && /^(everything|anything|nothing|something)$/.test(tokens[trimmed]!.lower)) trimmed++;
  trimmed = withFocusWord(tokens, floor, trimmed);
  if (trimmed >= end) return null;
  // A lone linking adverb ("only", "perhaps") is no source.
  if (end - trimmed === 1 && (isLeadingLink(tokens[trimmed]!) || isPreposition(tokens[trimmed]!))) return null;
  const named = tailName(tokens, trimmed, withoutRemark(tokens, trimmed, end), opened);
  const source = named && withoutParticiple(tokens, named);
  return source && { start: withSplitTitle(tokens, floor, source.start), end: source.end };
}

/**
 * Within a phrase that opens with an adverbial ("In a March 2016 meeting with the editorial
 * board Trump", "A few days ago in an interview he"), the source is the name or pronoun at its end.
 */
function tailName(tokens: readonly Token[], start: number, end: number, opened: boolean): TokenRange | null {
  const last = tokens[end - 1]!;
  // "my siblings and I" is one subject; "In a meeting he" ends with its speaker.
  if (end - start > 1 && /^(he|she|they|it|we|i|you)$/.test(last.lower) && !(/^(and|or)$/.test(tokens[end - 2]!.lower) && end - start <= 4)) return { start: end - 1, end };
  const leading = isPreposition(tokens[start]!);
  if (!opened && !leading) return { start, end };
  let s = end;
  while (s > start && (tokens[s - 1]!.upper || tokens[s - 1]!.lower === "'s" || /^[().]$/.test(tokens[s - 1]!.text))) s--;
  if (s < end && s > start) return { start: s, end };
  // The adverbial was already trimmed ("On September 27 they"): what is left is the speaker.
  return leading ? null : { start, end };
}

/** Drops a trailing remark in parentheses ("Mr. Burman (a view echoed by everyone)"), not "(D-N.C.)". */
export function withoutRemark(tokens: readonly Token[], start: number, end: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  let k = end - 1;
  while (k > start && tokens[k]!.text !== '(') k--;
  return tokens[k]!.text === '(' && end - k > 4 && k > start ? k : end;
}

function appositionBefore(tokens: readonly Token[], floor: number, end: number): TokenRange | null {
  // end - 1 is the closing comma; the second segment runs back to the previous comma. An
  // apposition may hold a relative clause ("a historian who attended the session").
  let second = walkBack(tokens, floor, end - 1);
  if (second < 0 || second === end - 1 || end - 1 - second > MAX_APPOSITION_TOKENS) return null;
  let comma = second - 1;
  if (comma < floor || tokens[comma]!.text !== ',') return null;
  // "Michael Mulgrew, president of the United Federation of Teachers, which represents ...,":
  // after a name and its apposition, a relative clause is left out, as the corpus marks it.
  let relative = -1;
  if (/^(who|which|whose)$/.test(tokens[second]!.lower)) {
    const before = walkBack(tokens, floor, comma);
    if (before >= 0 && before < comma && before - 1 >= floor && tokens[before - 1]!.text === ',' && comma - before <= 16) {
      // An age ("Schiff, 56, who has served ...,") is no apposition: the clause describes the name.
      if (!/^\d+$/.test(tokens[before]!.text)) relative = comma;
      second = before;
      comma = before - 1;
    }
  }
  // "for some, the losses would outstrip the gains, said Batchelder": a segment with a verb of
  // its own (and no relative word before it) is a clause, not an apposition.
  if (ownVerb(tokens, second, end - 1)) return null;
  let first = walkLeft(tokens, floor, comma);
  if (first < 0 || first === comma || comma - first > MAX_APPOSITION_TOKENS) return null;
  // "Johnnie Wilson, of Springfield, Va.,": a segment opening with "of" belongs to the name before it.
  if (tokens[first]!.lower === 'of' && first - 1 > floor && tokens[first - 1]!.text === ',') {
    const name = walkLeft(tokens, floor, first - 1);
    if (name >= 0 && name < first - 1 && first - 1 - name <= 6) first = name;
    // "Donna Sampson Rawlings, 59, of Ashton, Md.,": an age between name and place.
    if (/^\d+$/.test(tokens[first]!.text) && first - 1 > floor && tokens[first - 1]!.text === ',') {
      const person = walkLeft(tokens, floor, first - 1);
      if (person >= 0 && person < first - 1 && first - 1 - person <= 6) first = person;
    }
  }
  // The first segment must begin the clause: sentence start, or right after a break.
  if (first > floor && !isClauseEdge(tokens[first - 1]!)) return null;
  const start = trimLeading(tokens, first, comma);
  if (start >= comma) return null;
  // "Clinton, at Monday's debate, cited", "Trump, speaking to veterans, said": an adverbial,
  // not an apposition; the source is the name alone.
  const head = tokens[second]!;
  // "Mr. Obama, who understood that ..., told": a relative clause that reports is its own frame; the name alone is the source.
  if (/^(who|which)$/.test(head.lower) && relative < 0 && tokens.slice(second + 1, Math.min(end - 1, second + 5)).some((t) => cueReadings(t).some((c) => c.form === 'past' || c.form === 'third'))) return { start, end: comma };
  if ((isPreposition(head) && head.lower !== 'of') || ADVERBIAL_HEADS.has(head.lower) || (head.lower.endsWith('ing') && head.lower !== 'including') || skipTimePhrase(tokens, second, end - 1) > second || isLeadingLink(head)) return { start, end: comma };
  return { start, end: relative >= 0 ? relative + 1 : end };
}

function ownVerb(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (RELATIVES.has(t.lower) || t.lower === 'whose') return false;
    if (t.kind === 'word' && isAuxiliary(t) && !/^(not|n't|never|being|been|having)$/.test(t.lower) && !t.lower.startsWith("'")) return true;
  }
  return false;
}

const ADVERBIAL_HEADS = new Set(['like', 'unlike', 'as', 'despite', 'after', 'before', 'while', 'when', 'meanwhile', 'however', 'too', 'though', 'in', 'at']);

/** The dot of an abbreviation glued to a short capitalised word ("R-Ky.", "D-N.J."). */
export function abbreviationDot(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  return t.text === '.' && !!prev && prev.end === t.start && prev.upper && (/[-.]/.test(prev.text) || prev.text.length <= 3) && !isEnd(tokens[k + 1]) && tokens[k + 1]?.kind !== 'word' && tokens[k + 1]?.kind !== 'quote';
}

/** Walks left over anything but punctuation (for apposition segments). */
function walkBack(tokens: readonly Token[], floor: number, end: number): number {
  let s = end;
  while (s > floor && (tokens[s - 1]!.kind === 'word' || /^[()&'’]$/.test(tokens[s - 1]!.text) || abbreviationDot(tokens, s - 1))) {
    s--;
    if (end - s > MAX_APPOSITION_TOKENS) return -1;
  }
  return s;
}

export function isClauseEdge(t: Token): boolean {
  // A hyphen standing alone is a dash ("WASHINGTON -- President Obama, ..."): words keep theirs.
  return isEnd(t) || t.text === '-' || isQuote(t) || t.text === ':' || isComma(t) || (t.kind === 'word' && (isClauseBreak(t) || isLeadingLink(t)));
}
