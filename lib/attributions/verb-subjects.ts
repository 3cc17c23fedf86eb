import type { Token } from './tokens';
import type { CueForm } from './cues';
import { WH_WORDS } from './cue-objects';
import { DETERMINERS, isAuxiliary, isComma, isDeterminer, isPreposition } from './words';

/**
 * Subjects before present-tense verbs. Without a tagger, "officials say" and "two separate
 * attacks" look alike: the word before the verb and the words after it tell a subject and
 * its verb from a noun phrase.
 */

const POSSESSIVES = new Set(["'s", 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);

const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'his', 'their', 'its']);

export const SUBJECT_WORDS = /^(he|she|it|they|we|i|you|who|which|that|one|everyone|nobody|someone|this|there)$/;

/**
 * Can the word before a present-tense verb be its subject? "Trump says", "officials say",
 * "the ministry says"; not "two separate attacks" or "former Soviet states,".
 */
export function plausibleSubject(tokens: readonly Token[], p: number, form: CueForm, lemma: string, particles: readonly string[]): boolean {
  const prev = tokens[p]!;
  const next = tokens[p + 2];
  if (isAuxiliary(prev) || prev.lower === 'to') return form === 'base';
  if (SUBJECT_WORDS.test(prev.lower)) return true;
  // "He proposes ..., and plans to reduce ...", "..., yet refuses to release ...": a present verb
  // coordinated after a comma shares the clause's subject (a noun would not follow ", and" bare).
  if (form === 'third' && /^(and|yet|but)$/.test(prev.lower) && isComma(tokens[p - 1]) && next?.kind === 'word' && (next.lower === 'to' || next.lower === 'that' || isDeterminer(next) || OBJECT_WORDS.has(next.lower))) return true;
  if (form === 'base' && quantifierSubject(tokens, p)) return true;
  // "The Clinton campaign plans to employ ...": a verb of intention before "to", after a name or a determined noun.
  if (form === 'third' && next?.lower === 'to' && INTENT_LEMMAS.has(lemma) && prev.kind === 'word' && (prev.upper || tokens[p - 1]?.upper || DETERMINERS.has(tokens[p - 1]?.lower ?? ''))) return true;
  // "A Government Accountability Office report released ...": a plural verb cannot follow a name opened by "a".
  if (form === 'base' && prev.upper && singularNameBefore(tokens, p)) return false;
  // Poll shares: "46 percent would choose Clinton", "5 percent prefer Johnson".
  if ((prev.lower === 'percent' || prev.text === '%') && next?.kind === 'word' && !isPreposition(next)) return true;
  // "DuVernay’s “13th” documents how ...": a wh-clause after a present form marks the verb.
  if (form === 'third' && WH_WORDS.has(next?.lower ?? '') && (prev.kind === 'word' || prev.kind === 'quote')) return true;
  // Inverted after a quotation: '"...," says Paul Rieckhoff'.
  if ((prev.kind === 'quote' || prev.text === ',') && next?.upper && form === 'third') return true;
  // After an apposition ("the Coalition, which represents 20 million Americans, wants to ...").
  if (prev.text === ',' && next && (next.lower === 'to' || next.lower === 'that' || isDeterminer(next))) return true;
  // "The minister of the economy, Mr. Guajardo Villarreal, argues there is ...": after an
  // apposition's closing comma, a verb that is never a noun.
  if (prev.text === ',' && VERB_ONLY.has(lemma) && next?.kind === 'word' && !isPreposition(next) && tokens[p - 1]?.upper) return true;
  if (prev.kind !== 'word') return false;
  // A plural noun is followed by a preposition or a stop ("attacks in", "states,"); a verb by
  // its content ("says an internal review", "says, “...”") or, after a quotation, by the end.
  if (!next) return false;
  if (next.kind === 'punct') {
    if (next.text === ':' || (next.text === ',' && tokens[p + 3]?.kind === 'quote')) return true;
    // "..., experts say." / "..., advisers to Mr. Obama say, the president ...": a plural
    // subject set off by a comma closes the clause with a verb that is never a noun.
    if (form === 'base' && (/^[.!?,]$/.test(next.text)) && INVERTING_LEMMAS.has(lemma) && VERB_ONLY.has(lemma) && setOffSubject(tokens, p)) return true;
    // "If this argument fails to persuade, Mr. Castañeda argues, there are ...": a name or "he"
    // set off by commas, then a verb of saying and a comma.
    if (form === 'third' && next.text === ',' && INVERTING_LEMMAS.has(lemma) && setOffName(tokens, p)) return true;
    // "“...,” Blige sings.": after a closed quotation any verb of voice reports it.
    const quoteBefore = tokens[p - 1]?.kind === 'quote' && /^[,?!]$/.test(tokens[p - 2]?.text ?? '');
    return /^[.!?]$/.test(next.text) && form === 'third' && (INVERTING_LEMMAS.has(lemma) || FINDING_LEMMAS.has(lemma) || quoteBefore);
  }
  // "Former DNC chairman calls for ...": the verb's own particle is no preposition of a noun.
  const ownParticle = particles.includes(next.lower) && prev.kind === 'word' && !isPreposition(prev) && !isAuxiliary(prev) && form === 'third' && !tokens[p + 1]!.upper;
  if (isPreposition(next) && next.lower !== 'to' && next.lower !== 'of' && !thatSoon(tokens, p + 2) && !ownParticle) return false;
  // "Former DNC chairman calls for ...": a singular noun before the verb and its own particle after.
  // Not a measure ("by 0.1 percentage points to"): no number in the few words before.
  if (ownParticle && !prev.upper && !prev.lower.endsWith('s') && !tokens.slice(Math.max(0, p - 3), p).some((t) => /^\d/.test(t.text))) return true;
  // "in what officials fear could prove ...", "Everything Trump says is a lie": a clause that
  // lost its "that", read by the verb's own subject; the auxiliary after opens the content.
  // Such a clause hangs on a word before its subject: "Health worries have dogged" opens a sentence.
  if (isAuxiliary(next)) return VERB_ONLY.has(lemma) && FINITE_AUXILIARIES.has(next.lower) && tokens[p - 1]?.kind === 'word' && (prev.upper || (form === 'base' && /[^s]s$/.test(prev.lower)));
  if (prev.upper) return true;
  // Verbs that are hardly ever nouns ("critics say resources ...", "those close to him say"):
  // any word before them can end the subject.
  if (VERB_ONLY.has(lemma) && next.kind === 'word' && !isPreposition(next)) return true;
  // A common noun as subject: after a determiner or possessor ("the ministry says"), or with
  // the verb's content visibly next ("tax commissioner says an internal review ...").
  const before = tokens[p - 1];
  const determined = (!!before && (isDeterminer(before) || POSSESSIVES.has(before.lower))) || (form === 'third' && determinedAcross(tokens, p));
  const contentNext = thatSoon(tokens, p + 2) || next.lower === 'that' || next.kind === 'quote' || isDeterminer(next) || SUBJECT_WORDS.test(next.lower) || next.upper;
  return (determined || contentNext) && (form === 'third' || prev.lower.endsWith('s'));
}

/**
 * "The GOP candidate proposes ...", "The Republican candidate proposes tax cuts": a singular noun whose
 * determiner stands a modifier or two before it (a name, an adjective) at the clause's start.
 */
function determinedAcross(tokens: readonly Token[], p: number): boolean {
  if (tokens[p]!.lower.endsWith('s')) return false;
  for (let j = p - 2; j >= 0 && j >= p - 3; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (/^(the|a|an|this|that)$/.test(t.lower)) {
      const open = tokens[j - 1];
      return !open || open.kind !== 'word' || /^(and|but|while|though|although|because|since|as|when|if)$/.test(open.lower);
    }
    if (isPreposition(t) || isAuxiliary(t) || isDeterminer(t)) return false;
  }
  return false;
}

/** Verbs of intention that take an infinitive ("plans to", "vows to"). */
const INTENT_LEMMAS = new Set(['plan', 'want', 'intend', 'seek', 'aim', 'hope', 'expect', 'vow', 'promise', 'pledge', 'threaten', 'refuse', 'decline', 'propose', 'agree', 'decide', 'wish', 'urge', 'vote', 'offer']);

const QUANTIFIER_SUBJECTS = /^(some|many|others|most|few|several|both)$/;

/**
 * "Some believe ...", "But some note that ...", "others argue": a quantifier opening its clause
 * stands alone as a plural subject (not "some notes", "in some states").
 */
export function quantifierSubject(tokens: readonly Token[], p: number): boolean {
  const before = tokens[p - 1];
  return QUANTIFIER_SUBJECTS.test(tokens[p]?.lower ?? '') && (!before || before.kind !== 'word' || /^(but|yet|while|though|although|because|since|as)$/.test(before.lower));
}

/** The capitalised words ending at p follow "a", "an", "each", "every", "another" or "this". */
function singularNameBefore(tokens: readonly Token[], p: number): boolean {
  let j = p;
  while (j > 0 && j > p - 6 && tokens[j]!.kind === 'word' && tokens[j]!.upper) j--;
  return j < p && /^(a|an|each|every|another|this)$/.test(tokens[j]!.lower);
}

/** Auxiliaries that open a finite clause ("is", "could"), not "not" or "been". */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'has', 'have', 'had']);

/** Reporting verbs whose present forms are (almost) never nouns. */
const VERB_ONLY = new Set(['say', 'argue', 'insist', 'contend', 'believe', 'think', 'allege', 'maintain', 'suggest', 'predict', 'acknowledge', 'admit', 'deny', 'warn', 'tell', 'explain', 'agree', 'disagree', 'worry', 'fear', 'hope', 'expect', 'assert', 'claim', 'urge', 'accuse', 'blame', 'criticize', 'criticise', 'question', 'doubt', 'wonder', 'conclude', 'add', 'note', 'fear', 'know', 'want', 'describe', 'consider', 'acknowledge', 'estimate', 'reckon']);

/** Verbs of holding a view that close a sentence after its content ("..., the doctor maintains."). */
export const CLOSING_BELIEFS = ['maintain', 'contend', 'believe', 'think', 'assert', 'concede', 'acknowledge', 'admit', 'predict'];

export const INVERTING_LEMMAS: ReadonlySet<string> = new Set([...CLOSING_BELIEFS, 'say', 'add', 'write', 'ask', 'explain', 'note', 'insist', 'argue', 'tell', 'warn', 'claim', 'conclude', 'continue', 'recall', 'reply', 'report', 'demand', 'state', 'suggest', 'observe', 'declare', 'announce']);

/** Verbs of polls and studies that close a sentence after their subject ("..., a new analysis shows."). */
const FINDING_LEMMAS = new Set(['show', 'find', 'indicate', 'reveal', 'estimate', 'predict', 'conclude', 'confirm']);

/**
 * A short subject after a comma or a quotation, ending at tokens[p]: "..., experts say",
 * "..., advisers to Mr. Obama say". Its head word is plural or a plural pronoun, and it holds
 * no verb or clause word, so "..., as the rules say" is no match.
 */
function setOffSubject(tokens: readonly Token[], p: number): boolean {
  let plural = false;
  for (let j = p; j >= 0 && j > p - 7; j--) {
    const t = tokens[j]!;
    if (isComma(t) || t.kind === 'quote') return plural && j < p + 1;
    if (t.kind !== 'word' || isAuxiliary(t) || WH_WORDS.has(t.lower) || /^(as|and|but|if|because|while|when|that)$/.test(t.lower)) return false;
    if (/^(they|we|you|i)$/.test(t.lower) || (!t.upper && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss'))) plural = true;
  }
  return false;
}

/** A capitalised name (up to five words) or a singular pronoun ending at p, right after a comma. */
function setOffName(tokens: readonly Token[], p: number): boolean {
  if (/^(he|she)$/.test(tokens[p]!.lower)) return isComma(tokens[p - 1]);
  let j = p;
  while (j > p - 5 && j > 0 && tokens[j]!.kind === 'word' && tokens[j]!.upper) j--;
  return j < p && isComma(tokens[j]) && tokens[j + 1]!.upper;
}

/** "says on its website that ...": a "that" within a short setting phrase. */
function thatSoon(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 10 && j < tokens.length; j++) {
    if (tokens[j]!.lower === 'that') return true;
    // "says of Clinton, “If she ...”": a quotation right after the setting.
    if (tokens[j]!.kind === 'quote' && isComma(tokens[j - 1])) return true;
    if (tokens[j]!.kind !== 'word' && !isComma(tokens[j])) return false;
  }
  return false;
}
