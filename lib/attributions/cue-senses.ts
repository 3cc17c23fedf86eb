import type { Token } from './tokens';
import { SUBJECT_PRONOUNS, isAuxiliary } from './words';

/**
 * Senses of cue words that report nothing, read from the words around the verb (issue 4,
 * precision): "feel that way" compares a state, it holds no belief; "consider a gap year" weighs an
 * option, it holds no opinion; "is investigating the shooting" and "invited him to visit" are
 * acts, not words; "the greatest fear that", "any criminal charges" are nouns, not verbs.
 */

/** Verbs of acting that the lexicon's wider classes let in: no words or thoughts are reported. */
const ACTS = new Set(['investigate', 'invite']);

/**
 * True when the word at k, read as the verb `lemma`, reports nothing whatever follows it: an
 * act ("is investigating the shooting", "was investigated by Congress") or a noun.
 */
export function notReporting(tokens: readonly Token[], lemma: string, k: number): boolean {
  return ACTS.has(lemma) || nounAfterModifier(tokens, k) || describesVictims(tokens, k);
}

/** What a toll counts, right after a participle ("people reported killed", "12 feared dead"). */
const VICTIM_STATES = new Set(['killed', 'dead', 'missing', 'injured', 'wounded', 'hurt', 'detained', 'arrested', 'displaced', 'drowned', 'trapped', 'infected', 'stranded', 'homeless', 'affected', 'evacuated', 'rescued']);

/**
 * "the number of people reported killed", "12 people reported missing": a participle that tells
 * which people a noun counts, not a report ("were reported missing" is a passive report, kept).
 */
function describesVictims(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return /ed$/.test(t.lower) && VICTIM_STATES.has(tokens[k + 1]?.lower ?? '') && !!before && before.kind === 'word' && !isAuxiliary(before);
}

/** False when the verb `lemma`, whose cue ends before tokens[end], is used in a sense that reports nothing. */
export function senseReports(tokens: readonly Token[], lemma: string, end: number, limit: number): boolean {
  const next = tokens[end];
  // "feel that way", "feels as good as": a state compared, no belief ("feel that he ...", "felt betrayed" are kept).
  if (lemma === 'feel') return !next || !((next.lower === 'that' && tokens[end + 1]?.lower === 'way') || next.lower === 'as');
  // "consider a gap year", "consider taking action": weighing an option. An opinion needs a
  // clause ("consider whether", "consider that") or an "as"/"to be" judgement within a few words.
  if (lemma === 'consider') return !!next && (/^(that|whether|how|what|why|if)$/.test(next.lower) || next.kind === 'quote' || judgedWithin(tokens, end, limit));
  // "maintain the image", "maintains a program": keeping a thing up; "maintains that ...", "maintains he ..." a claim.
  if (lemma === 'maintain') return !!next && (/^(that|innocence)$/.test(next.lower) || SUBJECT_PRONOUNS.has(next.lower) || next.kind === 'quote' || /^[:,.;!?]$/.test(next.text));
  return true;
}

/** "consider him as a rival", "consider it to be": the judgement a few words after the object. */
function judgedWithin(tokens: readonly Token[], end: number, limit: number): boolean {
  for (let j = end; j < limit && j < end + 6; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return false;
    if (t.lower === 'as' || (t.lower === 'to' && tokens[j + 1]?.lower === 'be')) return true;
  }
  return false;
}

/** Words ending like adjectives that are nouns a subject may end with ("a guest said", "the contest"). */
const NOUNS_LIKE_ADJECTIVES = new Set(['guest', 'guests', 'protest', 'interest', 'request', 'contest', 'conquest', 'arrest', 'west', 'rest', 'test', 'chest', 'quest', 'crest', 'nest', 'cardinal', 'chemical', 'musical', 'principal', 'arsenal']);

/** Determiners that only ever open a noun phrase ("some say", "this suggests" have subjects). */
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'every']);

/**
 * "the greatest fear that", "any criminal charges that", "beyond a reasonable doubt": a
 * determiner or an adjective right before the word makes it a noun, not a verb with a subject.
 */
function nounAfterModifier(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || before.kind !== 'word' || before.upper) return false;
  if (ARTICLES.has(before.lower)) return true;
  return /[a-z]{3}(ical|inal|able|ible|ous|est)$/.test(before.lower) && !NOUNS_LIKE_ADJECTIVES.has(before.lower);
}
