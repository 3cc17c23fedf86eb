import type { Token } from './tokens';
import type { CueForm } from './cues';
import { isAuxiliary, isPreposition } from './words';
import { callReports } from './call-senses';
import { senseReports } from './cue-senses';

/**
 * What follows a verb decides whether it reports: "established that" does, "established a
 * commission" does not; "released a list of victims" does, "released his returns" does not;
 * "spoke to reporters" alone names an audience, not words.
 */

export const WH_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'why', 'whether', 'where', 'when']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'one', 'this']);

/** True when the verb's object fits a report (tokens[end] is the first word after the cue). */
export function objectFits(tokens: readonly Token[], lemma: string, form: CueForm, end: number, limit: number): boolean {
  if (!senseReports(tokens, lemma, end, limit)) return false;
  // "established a commission": these report only with a clause after them ("established that").
  if (CLAUSE_ONLY.has(lemma)) return opensClause(tokens[end]);
  // "would assume office": no belief; "assume he will" is one.
  if (lemma === 'assume') return opensClause(tokens[end]) || SUBJECT_PRONOUNS.has(tokens[end]?.lower ?? '');
  // "knows nothing", "knows the gritty specifics": knowledge of a thing; "knows that", "know all about" report.
  if (lemma === 'know' && form !== 'participle') return !KNOWN_THINGS.has(tokens[end]?.lower ?? '');
  // "released a list of 152 victims" reports; "released his returns" or "released video" does not.
  if (lemma === 'release') return objectNamesReport(tokens, end, limit);
  // "would eventually add $84 billion", "the rate would decline by four points": a quantity
  // changing, not someone adding a remark or declining an offer.
  if (lemma === 'add' || lemma === 'decline') return !changesAmount(tokens, lemma, end);
  // "found a way through the Clean Air Act", "find themselves in war zones": no finding reported.
  // "needs to tell more jokes", "tell the truth": a kind of talk named, not words reported.
  if (lemma === 'tell') return !TOLD_KINDS.has(/^(the|more|a|some|any|no)$/.test(tokens[end]?.lower ?? '') ? (tokens[end + 1]?.lower ?? '') : (tokens[end]?.lower ?? ''));
  // "called an emergency meeting", "a group called Lashkar-e-Taiba", "called into a radio show".
  if (lemma === 'call') return callReports(tokens, end, limit);
  // "drew direct links between", "tries to draw a contrast with": a comparison drawn is a claim; "drew a crowd" is none.
  if (lemma === 'draw') return drawsComparison(tokens, end, limit);
  if (lemma === 'find') return !FOUND_THINGS.has(tokens[end]?.lower === 'a' ? (tokens[end + 1]?.lower ?? '') : (tokens[end]?.lower ?? ''));
  return true;
}

/** Objects after "tell" that name a kind of talk rather than an addressee or words. */
const TOLD_KINDS = new Set(['truth', 'jokes', 'joke', 'lies', 'lie', 'fibs']);
/** Objects after "find" that make it a discovery of a means or a place, not of a fact. */
const FOUND_THINGS = new Set(['way', 'ways', 'time', 'themselves', 'himself', 'herself', 'itself', 'ourselves', 'myself', 'yourself', 'other', 'work', 'jobs', 'refuge', 'shelter', 'common']);
const AMOUNT_LEADS = new Set(['about', 'nearly', 'roughly', 'almost', 'another', 'some', 'up', 'over', 'more', 'than']);
const DECLINE_MANNER = new Set(['by', 'from', 'slightly', 'sharply', 'steeply', 'significantly', 'modestly', 'further']);

/** An amount (a number or a currency sign, perhaps after "about", "another") or, for "decline", a manner of falling. */
function changesAmount(tokens: readonly Token[], lemma: string, end: number): boolean {
  const first = tokens[end];
  if (!first) return false;
  if (lemma === 'decline' && DECLINE_MANNER.has(first.lower)) return true;
  let j = end;
  while (j < end + 3 && (AMOUNT_LEADS.has(tokens[j]?.lower ?? '') || (lemma === 'decline' && j === end && tokens[j]?.lower === 'to'))) j++;
  return /^[\d$€£]/.test(tokens[j]?.text ?? '');
}

/**
 * "spoke to reporters Friday", "was speaking to the delegation": an audience alone reports
 * nothing; "talks to DuVernay about ..." does. tokens[end] is the particle "to".
 */
export function audienceAlone(tokens: readonly Token[], lemma: string, end: number, limit: number): boolean {
  return tokens[end]?.lower === 'to' && (lemma === 'speak' || lemma === 'talk') && !topicFollows(tokens, end + 1, limit);
}

/** A topic or words after an audience: "about", "that", a colon or a quotation within a few words. */
function topicFollows(tokens: readonly Token[], i: number, limit: number): boolean {
  for (let k = i; k < limit && k < i + 10; k++) {
    const t = tokens[k]!;
    if (t.lower === 'about' || t.text === ':' || t.kind === 'quote' || t.lower === 'that') return true;
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** Verbs that report only with a clause after them; with a noun they do ("established a policy"). */
const CLAUSE_ONLY = new Set(['establish']);
/** Objects after "know" that make it knowledge of a thing, not of a fact ("knows nothing", "knows the specifics"). */
const KNOWN_THINGS = new Set(['nothing', 'the', 'a', 'an', 'little', 'much', 'more', 'everything', 'anything', 'something']);

export function opensClause(t: Token | undefined): boolean {
  return !!t && (t.lower === 'that' || WH_WORDS.has(t.lower) || t.kind === 'quote' || t.text === ':');
}

/** Nouns of figures and findings that a verb of releasing reports. */
const REPORT_OBJECTS = new Set(['list', 'names', 'figure', 'figures', 'number', 'numbers', 'toll', 'tally', 'count', 'data', 'statistics', 'estimate', 'estimates', 'details', 'statement', 'report', 'findings', 'results', 'letter', 'memo', 'transcript', 'summary', 'information', 'update', 'poll', 'survey', 'study', 'analysis', 'audit', 'ad', 'ads', 'advertisement', 'plan', 'proposal']);

/** The object after a verb, past its determiners and modifiers, is one of REPORT_OBJECTS. */
function objectNamesReport(tokens: readonly Token[], i: number, limit: number): boolean {
  for (let j = i; j < limit && j < i + 6; j++) {
    const t = tokens[j]!;
    if (REPORT_OBJECTS.has(t.lower)) return true;
    // "the victims' names": a possessive apostrophe stays inside the object.
    const apostrophe = t.kind === 'quote' && (t.text === "'" || t.text === '’') && !!tokens[j - 1]?.lower.endsWith('s');
    if ((t.kind !== 'word' && !apostrophe) || isPreposition(t) || isAuxiliary(t)) return false;
  }
  return false;
}


/** Nouns that make "draw" a claim about how things relate ("drew a sharp contrast"). */
const DRAWN_RELATIONS = /^(contrasts?|distinctions?|comparisons?|parallels?|links?|connections?)$/;

/** A relation noun within the next three words ("a sharp contrast", "direct links"). */
function drawsComparison(tokens: readonly Token[], end: number, limit: number): boolean {
  for (let i = end; i < Math.min(limit, end + 3); i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') return false;
    if (DRAWN_RELATIONS.test(t.lower)) return true;
  }
  return false;
}
