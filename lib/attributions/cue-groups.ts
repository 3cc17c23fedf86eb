import { purposeSubjectEnd } from './purpose-infinitives';
import { coordinatedMarker, modalSubjectEnd } from './coordinated-verbs';
import { gerundSubject } from './gerund-subjects';
import type { Token } from './tokens';
import { AGENTLESS, BE, GO, HAVE, MODALS, OTHER_PARTICLES, catenativeBefore, infinitiveTo, speakerAfterQuote } from './verb-context';
import { NO_PARTICLES, type CueEntry, type CueForm } from './cues';
import { voiceToAudience } from './voice-verbs';
import { delayedTopic } from './delayed-particles';
import { headsIdiom, idiomAt } from './cue-idioms';
import { GERUND_CARRIERS, perceivedAt, carrierForm, gerundLink } from './gerunds';
import { audienceAlone, objectFits } from './cue-objects';
import { notReporting } from './cue-senses';
import { agentFollows, judgedFor, namedPassive, judgesAs, putsFigure, withBareTime, withMedium, withStanceNoun, withTrailingAdverb } from './cue-extent';
import { OBJECT_PRONOUNS, isAuxiliary, isComma, isCueAdverb, isPreposition } from './words';
import { readVerb } from './read-verb';

/**
 * A reporting verb in use, with the auxiliaries, adverbs and particles the corpus counts as
 * part of the cue ("has long argued", "’s claiming", "called for", "said:").
 */
export interface CueGroup {
  /** Token range of the whole cue. */
  start: number;
  end: number;
  /** Index of the verb itself. */
  verb: number;
  entry: CueEntry;
  form: CueForm;
  /** A passive ("was reported by"): the source follows "by", the content precedes. */
  passive: boolean;
  /** The cue includes "by" (agent follows). */
  agent: boolean;
  /** Where the agent's name starts (after "by"). */
  agentAt: number;
  /** Right after a comma ("..., saying") or a coordinator ("and blamed"): shares the source. */
  linked: boolean;
  /** The cue ends with a particle ("pointed out", "called for"). */
  particle: boolean;
  /** A weak verb has visible speech after it ("continued:", "joked that", "put the toll at"). */
  licensed: boolean;
  /** An infinitive of purpose ("took to Twitter to accuse"): the source ends before this token. */
  subjectEnd?: number;
  /** A gerund's own speaker inside a phrase ("with experts offering", "a statement announcing"). */
  ownSource?: { start: number; end: number };
}

/** Finds the cue group whose verb is tokens[k], or null when tokens[k] is no reporting verb here. */
export function cueGroupAt(tokens: readonly Token[], k: number, floor: number, limit: number): CueGroup | null {
  // An idiom's infinitive is someone else's frame too ("forced him to make the case"), unless
  // a verb of trying carries it.
  const idiom = headsIdiom(tokens[k]!) ? idiomAt(tokens, k) : null;
  const idiomFits = !!idiom && idiom.end <= limit && (tokens[k - 1]?.lower !== 'to' || catenativeBefore(tokens, k - 1) >= 0);
  const reading = idiomFits ? idiom : readVerb(tokens, k);
  if (!reading) return null;
  // "saw the fire" is no judging: settled before any more work on the group.
  if (!judgesAs(tokens, reading.entry.lemma, k + 1, limit)) return null;
  if (reading !== idiom && notReporting(tokens, reading.entry.lemma, k)) return null;
  // "went on to explain": the infinitive's verb is the cue, and carries "went on" with it.
  if (reading.entry.lemma === 'go' && tokens[k + 1]?.lower === 'on' && tokens[k + 2]?.lower === 'to' && tokens[k + 3] && readVerb(tokens, k + 3)) return null;
  let start = k;
  // The group's form is its finite verb's: "keeps saying" is a present, like "says".
  let form: CueForm = reading.form;
  let passive = false;
  let perfect = false;
  while (start > floor) {
    const t = tokens[start - 1]!;
    // Only after a subject: "Keeps saying ..." opening a line of a list has none to share.
    if (reading.form === 'ing' && start === k && start - 1 > floor && (GERUND_CARRIERS.has(t.lower) || perceivedAt(tokens, start - 1, BE))) {
      start--;
      form = carrierForm(t.lower);
      continue;
    }
    const catenative = t.lower === 'to' ? catenativeBefore(tokens, start - 1) : -1;
    if (catenative >= 0) {
      start = catenative;
      // "went on to", "going on to say": the group takes the form of its "go".
      const go = tokens[start - 1]?.lower ?? '';
      if (tokens[start]?.lower === 'on' && GO.test(go)) {
        start--;
        form = go === 'went' ? 'past' : carrierForm(go);
      }
      continue;
    }
    // "Theresa May said", "in May said": a capitalised modal after a name or a preposition is a name or a month.
    if (t.upper && start - 1 > floor && MODALS.has(t.lower) && tokens[start - 2]!.kind === 'word' && (tokens[start - 2]!.upper || isPreposition(tokens[start - 2]!))) break;
    // "To varying degrees, all agreed": "all" opening its clause is the subject, not an adverb ("they all agreed").
    if (t.lower === 'all' && (start - 1 === floor || tokens[start - 2]!.kind !== 'word')) break;
    if (isCueAdverb(t) || (isAuxiliary(t) && t.kind === 'word')) {
      // "who’s called for big tax hikes", "he’s sought to protect", "she’s argued that": "’s" before a
      // verb with its own particle, an infinitive or a clause is "has", not "is".
      const hasNotIs = t.lower === "'s" && ((reading.entry.particles ?? NO_PARTICLES).includes(tokens[k + 1]?.lower ?? '') || (/^(to|that)$/.test(tokens[k + 1]?.lower ?? '') && !AGENTLESS.has(reading.entry.lemma)));
      if (BE.has(t.lower) && !hasNotIs) passive = passive || ((reading.form === 'participle' || reading.form === 'past') && reading.entry.lemma !== 'concern');
      if (HAVE.has(t.lower) || t.lower === 'been') perfect = true;
      // "’s" after a name is a possessive, not "is": only after a pronoun is it a verb.
      if (t.lower === "'s" && !/^(he|she|it|that|there|who|what)$/.test(tokens[start - 2]?.lower ?? '')) break;
      start--;
      continue;
    }
    break;
  }
  if (passive && tokens[k - 1]?.lower === 'been' && perfect && reading.form !== 'participle' && reading.form !== 'past') passive = false;
  const before = tokens[start - 1];
  // "..., saying", "...,” calling", "... and blamed": the verb shares the clause's source.
  const afterComma = isComma(before) || (before?.kind === 'quote' && isComma(tokens[start - 2]));
  // "Scheiderman, a Democrat ..., has been investigating": a finite auxiliary makes the verb the
  // clause's own, with its subject before the comma; only a bare participle shares a source.
  const finite = tokens.slice(start, k).some((t) => isAuxiliary(t) && !/^(being|been|having)$/.test(t.lower));
  // "could reverse the rules or decline to appeal": the modal's subject is the source; "to
  // accuse ... and encourage": the infinitive's, shared with the verb before.
  const marker = start === k && reading.form === 'base' ? coordinatedMarker(tokens, k, floor) : -1;
  const modalEnd = marker >= 0 ? modalSubjectEnd(tokens, marker, floor) : -1;
  const linked = !!before && modalEnd < 0 && ((afterComma && !finite && (reading.form === 'ing' || form === 'ing')) || ['and', 'but'].includes(before.lower) || (before.lower === 'yet' && isComma(tokens[start - 2])) || marker >= 0 || (reading.form === 'ing' && gerundLink(tokens, start - 1)));
  if (passive && !AGENTLESS.has(reading.entry.lemma) && !agentFollows(tokens, k + 1) && !judgedFor(tokens, reading.entry.lemma, k + 1) && !namedPassive(tokens, reading.entry.lemma, k + 1)) return null;
  let end = reading === idiom ? idiom.end : k + 1;
  const particles = reading.entry.particles ?? [];
  // "asks him about", "pressed Clinton on": a short addressee inside the cue.
  if (reading.entry.frame === 'addressee' && end + 1 < limit && (OBJECT_PRONOUNS.has(tokens[end]!.lower) || (tokens[end]!.upper && tokens[end]!.kind === 'word')) && particles.includes(tokens[end + 1]!.lower)) end++;
  // "has claimed 158 lives": a disaster's toll, not a claim.
  if (reading.entry.lemma === 'claim' && tokens.slice(end, Math.min(limit, end + 4)).some((t) => t.lower === 'lives' || t.lower === 'life')) return null;
  // "are afraid that ...": the "that" opens the content, it is no particle of the cue.
  // "speaks more frequently in public about": a talking verb's topic after a short setting.
  const delayed = passive ? -1 : delayedTopic(tokens, reading.entry.lemma, end, limit);
  if (delayed >= 0) end = delayed;
  const particle = delayed >= 0 || (end < limit && particles.includes(tokens[end]!.lower) && !(reading.form === 'adjective' && (tokens[end]!.lower === 'that' || infinitiveTo(tokens, end))));
  if (!particle && OTHER_PARTICLES.has(tokens[end]?.lower ?? '') && !passive) return null;
  // "Reporting by ...", "... reported from Midway Atoll": credits and datelines, not attributions.
  if ((reading.form === 'ing' && tokens[end]?.lower === 'by') || (reading.entry.lemma === 'report' && tokens[end]?.lower === 'from')) return null;
  // An opening "Speaking to ANI, Jena said" keeps its audience: the comparison reads it as a cue.
  if (particle && delayed < 0 && !(reading.form === 'ing' && start === floor) && audienceAlone(tokens, reading.entry.lemma, end, limit)) return null;
  if (particle) end++;
  let agent = false;
  let by = end;
  while (passive && by < limit && by < end + 2 && isCueAdverb(tokens[by]!)) by++;
  // The corpus mostly leaves "by" out of the cue ("were echoed | by everyone I interviewed"):
  // the agent starts after it.
  let agentAt = end;
  if (passive && by < limit && tokens[by]!.lower === 'by') {
    end = by;
    agentAt = by + 1;
    agent = true;
  }
  if (!passive && !objectFits(tokens, reading.entry.lemma, reading.form, end, limit)) return null;
  if (!passive) end = withBareTime(tokens, withTrailingAdverb(tokens, end, limit), limit, particle ? [] : particles);
  if (end < limit && tokens[end]!.text === ':') end++;
  end = withMedium(tokens, end, limit, passive);
  if (!passive && !particle && reading !== idiom) end = withStanceNoun(tokens, reading.entry.lemma, end, limit);
  // "continued:" / "continued, “...”" report speech; "they continue to handle" does not.
  // A weak verb reports only with visible speech around it: "continued:", "continued, “...”",
  // "“...,” he continued", "joked that", "put the toll at".
  const figure = putsFigure(tokens, reading.entry.lemma, end, limit);
  const licensed = particle || figure || tokens[end]?.lower === 'that' || tokens[end - 1]!.text === ':' || tokens[end]?.kind === 'quote' || (isComma(tokens[end]) && tokens[end + 1]?.kind === 'quote') || voiceToAudience(tokens, reading.entry.lemma, end, limit);
  const afterQuote = (isComma(tokens[start - 1]) || tokens[start - 1]?.kind === 'quote' || speakerAfterQuote(tokens, floor, start)) && reading.form !== 'ing';
  if (reading.entry.frame === 'weak' && !licensed && !afterQuote) return null;
  const purposeTo = tokens[start - 1]?.lower === 'to' && start === k && reading !== idiom ? purposeSubjectEnd(tokens, start - 1, floor) : -1;
  // "can be heard yelling": the corpus draws the gerund alone as the cue; the speaker precedes "can".
  const heard = start < k - 1 && perceivedAt(tokens, k - 1, BE) ? start : -1;
  const purpose = purposeTo >= 0 ? purposeTo : modalEnd >= 0 ? modalEnd : heard;
  if (heard >= 0) start = k;
  // "gathered Friday to discuss": the corpus draws a purpose infinitive's "to" into the cue.
  if (purposeTo >= 0) start--;
  const own = reading.form === 'ing' && start === k && !linked ? gerundSubject(tokens, k, floor) : null;
  // Set after, not spread from a new object per group: the same fields in the same order.
  const group: CueGroup = { start, end, verb: k, entry: reading.entry, form, passive, agent, agentAt, linked, particle, licensed };
  if (purpose >= 0) group.subjectEnd = purpose;
  if (own) group.ownSource = own;
  return group;
}
