import { writersPhrase } from './set-phrases';
import { purposeSubjectEnd } from './purpose-infinitives';
import { coordinatedMarker } from './coordinated-verbs';
import { documentBeforeGerund, gerundSubject } from './gerund-subjects';
import { openingGerundSubject } from './opening-gerunds';
import { NOUN_MODIFIERS } from './noun-modifiers';
import type { Token } from './tokens';
import { AUX_LIKE, BE, CATENATIVES, DOING, MODALS, PAST_ONLY, POSSESSIVES, PRESENT_BEFORE_TO, REDUCED_RELATIVE_NEXT, afterAdverbs, isEndMark, verbAfterTime } from './verb-context';
import { NO_PARTICLES, bareClauseAfter, type CueEntry, type CueForm, cueReadings } from './cues';
import { speechObjectVerb } from './speech-objects';
import { GERUND_CARRIERS, perceivedAt, SPEECH_GERUNDS, gerundLink } from './gerunds';
import { WH_WORDS } from './cue-objects';
import { INVERTING_LEMMAS, SUBJECT_WORDS, plausibleSubject, quantifierSubject } from './verb-subjects';
import { OBJECT_PRONOUNS, DETERMINERS, PREPOSITIONS, isAuxiliary, isComma, isCueAdverb, isDeterminer, isPreposition } from './words';

/** The first reading of `t` as a reporting verb that fits its neighbours, or null. */
export function readVerb(tokens: readonly Token[], k: number): { entry: CueEntry; form: CueForm } | null {
  const t = tokens[k]!;
  if (t.kind !== 'word') return null;
  const readings = cueReadings(t);
  if (!readings.length) return speechObjectVerb(tokens, k);
  if (documentBeforeGerund(tokens, k)) return null;
  // A capitalised cue word inside a name ("The New York Post reports", "United States") is no
  // verb; in a title-case headline ("Graham Says Trump ...") the next word is capitalised too.
  // "Retired General Reveals ‘Demoralizing’ Experience": a quotation in the headline may come first.
  if (t.upper && k > 0 && tokens[k - 1]!.kind === 'word' && !(tokens[k + 1]?.upper) && !isEndMark(tokens[k + 1]) && !(tokens[k + 1]?.kind === 'quote' && tokens[k + 2]?.upper)) return null;
  let p = k - 1;
  while (p >= 0 && isCueAdverb(tokens[p]!)) p--;
  const prev = tokens[p];
  const prevLower = prev?.lower ?? '';
  // "the report", "in reports", "18 claims" are nouns; a year before a past form is a setting
  // ("an ad in 2008 questioned"), handled below.
  // "he’s", "who’s" are "he is/has": no possessive.
  const possessive = POSSESSIVES.has(prevLower) && !(prevLower === "'s" && /^(he|she|it|who|that|there|what)$/.test(tokens[p - 1]?.lower ?? ''));
  const nounContext = !!prev && (DETERMINERS.has(prevLower) || NOUN_MODIFIERS.has(prevLower) || possessive || (PREPOSITIONS.has(prevLower) && prevLower !== 'to'));
  const numberBefore = /^\d/.test(prevLower);
  for (const r of readings) {
    if (r.form === 'adjective') {
      // Only after "be" ("is confident that"), and only with its complement after it.
      const next = tokens[k + 1];
      if (BE.has(prevLower) && next && (r.entry.particles ?? NO_PARTICLES).includes(next.lower)) return r;
      // "she was sure Trump would triumph", "we are convinced this is the only country": a clause without "that".
      if (BE.has(prevLower) && next && bareClauseAfter(t.lower, next)) return r;
      continue;
    }
    // "Voting rights advocates", "when voting to fill a vacancy": the gerund of an act of voting reports nothing.
    if (r.form === 'ing' && r.entry.lemma === 'vote') continue;
    if (writersPhrase(tokens, k, prevLower, r.form)) continue;
    if (r.form === 'ing') {
      // "is saying", "..., saying", "and adding", "Trump saying", "can be heard yelling": not "language calling for".
      const linkedHere = !!prev && (isComma(prev) || prev.kind === 'quote' || prevLower === 'and' || prevLower === 'but');
      const next = tokens[k + 1];
      const strong = !!next && (next.lower === 'that' || next.kind === 'quote');
      // "Trump saying ..." in a headline or at a clause start, "with Russia backing the government":
      // a name right before the gerund.
      const nameFirst = !!prev?.upper && prev.kind === 'word' && !AUX_LIKE.has(prevLower) && (p === 0 || tokens[p - 1]!.kind !== 'word' || !!tokens[p - 1]!.upper || tokens[p - 1]!.lower === 'with');
      // "Speaking to ANI, Jena said": a participle opening the sentence.
      const opening = !prev || (prev.kind === 'punct' && /^[.!?:]$/.test(prev.text));
      if (BE.has(prevLower) || linkedHere || strong || nameFirst || opening || (p === k - 1 && perceivedAt(tokens, p, BE))) return r;
      // "keeps saying", "could not resist pointing out", "avoids condemning": a verb that carries a gerund.
      if (GERUND_CARRIERS.has(prevLower) && p === k - 1 && tokens[k - 2]?.lower !== 'to' && !PAST_ONLY.has(r.entry.lemma) && !DOING.has(r.entry.lemma)) return r;
      // "responded by saying his refusal ...", "aside from saying he wants ...".
      if (gerundLink(tokens, p) && SPEECH_GERUNDS.has(r.entry.lemma)) return r;
      // "In defending himself ..., Trump offered", "Despite admitting that ..., Ryan said".
      if (p === k - 1 && (p === 0 || isEndMark(tokens[p - 1]) || tokens[p - 1]!.kind === 'quote') && openingGerundSubject(tokens, p, k, Math.min(tokens.length, k + 40))) return r;
      // "with experts offering their assessments", "legal papers opposing the unsealing".
      if (p === k - 1 && !!next && (next.kind === 'quote' || (next.kind === 'word' && (!isPreposition(next) || next.lower === 'about'))) && gerundSubject(tokens, k, Math.max(0, k - 10))) return r;
      // "a statement announcing the pick", "each touting their own experience": a gerund of
      // saying right after its noun, with its content visibly next.
      if (SPEECH_GERUNDS.has(r.entry.lemma) && prev?.kind === 'word' && !isAuxiliary(prev) && !PREPOSITIONS.has(prevLower) && !DETERMINERS.has(prevLower) && !!next && (isDeterminer(next) || OBJECT_PRONOUNS.has(next.lower) || POSSESSIVES.has(next.lower))) return r;
      continue;
    }
    // "documents how ...", "states what ...": before a wh-clause the present form is a verb.
    const whClause = r.form === 'third' && WH_WORDS.has(tokens[k + 1]?.lower ?? '');
    // After a modal the base form is a verb ("would back Trump", "will release the data").
    // Not the verbs of doing ("can raise sums", "would release executives from liability").
    const afterModal = r.form === 'base' && MODALS.has(prevLower) && !DOING.has(r.entry.lemma);
    // "The ad then references ...", "The group also views ...": an adverb between marks the verb.
    const adverbFirst = r.form === 'third' && p < k - 1 && prev?.kind === 'word' && !DETERMINERS.has(prevLower);
    // "bloc aims to rely less on ...", "House panel votes to hold ...": an infinitive after the present form marks the verb.
    const intentTo = r.form === 'third' && PRESENT_BEFORE_TO.has(r.entry.lemma) && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.kind === 'word' && !tokens[k + 2]!.upper;
    if (PAST_ONLY.has(r.entry.lemma) && r.form !== 'past' && r.form !== 'participle' && !whClause && !afterModal && !adverbFirst && !intentTo) continue;
    // "chemicals found in refrigerants", "a monitor maintained by the embassy": a participle
    // modifying a noun, not a verb reporting (verbs of saying do take "said in a statement").
    if ((r.form === 'past' || r.form === 'participle') && !isAuxiliary(prev ?? tokens[k]!) && REDUCED_RELATIVE_NEXT.has(afterAdverbs(tokens, k + 1)?.lower ?? '') && !(r.entry.particles ?? NO_PARTICLES).includes(tokens[k + 1]?.lower ?? '') && !INVERTING_LEMMAS.has(r.entry.lemma) && prev?.kind === 'word' && !prev.upper && !SUBJECT_WORDS.test(prevLower)) continue;
    // "the poll released Friday shows", "a report published last month": a participle after
    // its noun, then a time, modifies the noun.
    if ((r.form === 'past' || r.form === 'participle') && prev?.kind === 'word' && !prev.upper && !isAuxiliary(prev) && !SUBJECT_WORDS.test(prevLower) && p === k - 1 && !INVERTING_LEMMAS.has(r.entry.lemma) && verbAfterTime(tokens, k + 1)) continue;
    if (nounContext && !(r.form === 'base' && quantifierSubject(tokens, p))) continue;
    if (numberBefore && r.form !== 'past' && r.form !== 'participle') continue;
    // Infinitives are someone else's frame ("forced Stumpf to admit"), unless a verb of trying
    // or seeming carries them ("appeared to suggest", "went on to explain").
    if (prevLower === 'to' && !CATENATIVES.has(tokens[p - 1]?.lower ?? '') && purposeSubjectEnd(tokens, p, Math.max(0, p - 14)) < 0) continue;
    if ((r.form === 'base' || r.form === 'third') && prev && !plausibleSubject(tokens, p, r.form, r.entry.lemma, r.entry.particles ?? NO_PARTICLES) && !(r.form === 'base' && p === k - 1 && coordinatedMarker(tokens, k, Math.max(0, k - 30)) >= 0)) continue;
    return r;
  }
  return null;
}
