import type { Token } from './tokens';

/**
 * Closed word classes the patterns need. Without a tagger (too slow for 10,000 words in a few
 * milliseconds), these lists and capitals are what tell a subject from a verb or a clause break.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

export const DETERMINERS = set(`the a an this these those his her its their our my your some any no every each
another such both either neither`);

export const AUXILIARIES = set(`is are was were be been being am has have had having will would shall should can
could may might must do does did 's 're 've 'd 'll ’s not n't never cannot`);

/** Adverbs that sit between subject and verb and belong to the cue ("also said", "has long argued"). */
export const CUE_ADVERBS = set(`also now then still just even again once already later earlier first further
further previously often never long since repeatedly ultimately initially originally reportedly similarly
separately quickly immediately recently frequently privately publicly openly flatly again too very so more
less quite rather fairly somewhat pretty all particularly deeply increasingly highly not almost nearly`);

/** Words that end a clause: a source never reaches back across them. */
export const CLAUSE_BREAKS = set(`that which who whom because while when whereas as after before if although though
since but and or so nor yet until unless whether where what how why than whom whose said says`);

/** Relative pronouns that stand for the source ("which reported", "who said"). */
export const RELATIVES = set('who which that whom');

export const SUBJECT_PRONOUNS = set('he she it they we i you one who which');

export const OBJECT_PRONOUNS = set('me him her us them you it reporters journalists lawmakers supporters');

/** Sentence-initial links that are not part of the source ("But the ministry said"). */
export const LEADING_LINKS = set(`but and or so yet however meanwhile still also now then later earlier instead
moreover furthermore separately indeed thus hence besides nonetheless nevertheless perhaps maybe once only
even just first finally`);

const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
const MONTHS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';

/** Words of a time phrase ("late on Thursday", "earlier this week"). */
export const TIME_WORDS = set(`${WEEKDAYS} ${MONTHS} today yesterday tonight tomorrow morning afternoon evening night
week weekend month year day days weeks months years late early earlier later last this next on in at ago
recently previously overnight`);

/** Nouns of a medium or occasion after a cue ("said in a statement", "told in an interview"). */
export const MEDIUM_NOUNS = set(`statement interview email e-mail letter tweet post posting briefing conference speech
release note report video message filing memo op-ed column press call broadcast appearance hearing rally remarks
comments comment address conference podcast livestream tweets posts statements interviews speeches emails letters`);

export const PREPOSITIONS = set('of in on at for with from by to about against into over under between among through during without');

/** True for words that can be a clause's verb or auxiliary (a source never contains one). */
export function isAuxiliary(t: Token): boolean {
  return (classesOf(t) & CLASS.auxiliary) !== 0;
}

export function isDeterminer(t: Token): boolean {
  return (classesOf(t) & CLASS.determiner) !== 0;
}

export function isPreposition(t: Token): boolean {
  return (classesOf(t) & CLASS.preposition) !== 0;
}

export function isTimeWord(t: Token): boolean {
  return (classesOf(t) & CLASS.time) !== 0;
}

export function isClauseBreak(t: Token): boolean {
  return (classesOf(t) & CLASS.clauseBreak) !== 0;
}

export function isLeadingLink(t: Token): boolean {
  return (classesOf(t) & CLASS.leadingLink) !== 0;
}

/**
 * The closed classes above as bits of a spelling, worked out once per spelling and kept on it
 * (Word.classes): the patterns ask them of every token they walk over, and a set look-up per
 * question cost more than all the rest of those walks.
 */
const CLASS = { determiner: 1, auxiliary: 2, cueAdverb: 4, time: 8, preposition: 16, medium: 32, weakTime: 64, mediumOpener: 128, clauseBreak: 256, leadingLink: 512 } as const;

/** Time words that alone make no time phrase ("on", "last": see skipTimePhrase). */
const WEAK_TIME = set('on in at late early last this next');
const MEDIUM_OPENERS = set('in on during via through');

function classesOf(t: Token): number {
  const w = t.word;
  if (w.classes < 0) w.classes = classesOfSpelling(w.lower, w.kind, w.upper);
  return w.classes;
}

function classesOfSpelling(lower: string, kind: Token['kind'], upper: boolean): number {
  let bits = 0;
  if (DETERMINERS.has(lower)) bits |= CLASS.determiner;
  if (AUXILIARIES.has(lower) || lower.endsWith("n't")) bits |= CLASS.auxiliary;
  if (kind === 'word' && (CUE_ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !upper && !LY_WORDS.has(lower)))) bits |= CLASS.cueAdverb;
  if (TIME_WORDS.has(lower)) bits |= CLASS.time;
  if (PREPOSITIONS.has(lower)) bits |= CLASS.preposition;
  if (MEDIUM_NOUNS.has(lower)) bits |= CLASS.medium;
  if (WEAK_TIME.has(lower)) bits |= CLASS.weakTime;
  if (MEDIUM_OPENERS.has(lower)) bits |= CLASS.mediumOpener;
  if (CLAUSE_BREAKS.has(lower)) bits |= CLASS.clauseBreak;
  if (LEADING_LINKS.has(lower)) bits |= CLASS.leadingLink;
  return bits;
}

/**
 * Nouns and adjectives that end in "-ly" but are no adverbs: "the family said" has its subject
 * right before the verb ("daily" and "weekly" name newspapers and polls too).
 */
const LY_WORDS = set(`family rally assembly supply reply tally anomaly monopoly bully belly jelly folly holly
lily homily butterfly melancholy daily weekly monthly quarterly yearly elderly deadly costly friendly
unfriendly lonely lovely ugly silly holy jolly burly surly curly timely untimely worldly orderly
disorderly likely unlikely early kindly`);

/** An adverb that joins the cue: a listed one or an "-ly" word ("flatly denied"). */
export function isCueAdverb(t: Token): boolean {
  return (classesOf(t) & CLASS.cueAdverb) !== 0;
}

const END_MARK = /^[.!?;…]$/;

/** Final punctuation of a sentence or clause. */
export function isEnd(t: Token | undefined): boolean {
  return !t || (t.kind === 'punct' && END_MARK.test(t.text));
}

export function isComma(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '―' || t.text === '--');
}

/** An opening or closing quote mark, by the quotation table. */
export function isQuote(t: Token | undefined): boolean {
  return !!t && t.kind === 'quote';
}

/** A time phrase starting at tokens[i] ending before `limit`: returns the index after it, or i. */
export function skipTimePhrase(tokens: readonly Token[], i: number, limit: number): number {
  let j = i;
  let sawAnchor = false;
  while (j < limit) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const classes = classesOf(t);
    if (classes & CLASS.time || (classes & CLASS.determiner && j + 1 < limit && isTimeWord(tokens[j + 1]!))) {
      if (!(classes & CLASS.weakTime) || sawAnchor) sawAnchor = true;
      j++;
      continue;
    }
    if (oneOrTwoDigits(t.lower) && j > i && isTimeWord(tokens[j - 1]!)) {
      j++;
      continue;
    }
    break;
  }
  // "on" or "in" alone is a preposition, not a time phrase.
  if (!sawAnchor) return i;
  // Never end on a preposition ("said on" + "the" ...): back off to the last time word.
  while (j > i && classesOf(tokens[j - 1]!) & CLASS.weakTime) j--;
  return j;
}

/** A medium phrase ("in a statement", "in an interview with CNN") at tokens[i]: index after it, or i. */
export function skipMediumPhrase(tokens: readonly Token[], i: number, limit: number): number {
  const t = tokens[i];
  if (!t || !(classesOf(t) & CLASS.mediumOpener)) return i;
  let j = i + 1;
  while (j < limit && j < i + 5 && (isDeterminer(tokens[j]!) || (tokens[j]!.kind === 'word' && !(classesOf(tokens[j]!) & CLASS.medium) && j < i + 3))) j++;
  if (j < limit && classesOf(tokens[j]!) & CLASS.medium) return j + 1;
  return i;
}

/** /^\d{1,2}$/ without a regular expression (asked of every word a time phrase walks over). */
function oneOrTwoDigits(s: string): boolean {
  const a = s.charCodeAt(0);
  if (s.length < 1 || s.length > 2 || a < 48 || a > 57) return false;
  if (s.length === 1) return true;
  const b = s.charCodeAt(1);
  return b >= 48 && b <= 57;
}
