import type { Token } from './tokens';
import { isComma, isCueAdverb, skipMediumPhrase, skipTimePhrase } from './words';

/**
 * Where a cue group ends around its verb: a figure after "put" ("put the toll at"), an agent
 * after a passive ("told privately by"), an agentless passive that still reports ("was accused
 * of"), and a medium phrase the corpus counts in the cue ("said in an interview").
 */

const TOLL_NOUNS = new Set(['toll', 'figure', 'number', 'tally', 'count', 'total', 'estimate', 'cost', 'damage', 'losses']);

/** "The ministry put the death toll at 18", "placed the number of dead at ...": a figure attributed. */
export function putsFigure(tokens: readonly Token[], lemma: string, i: number, limit: number): boolean {
  if (lemma !== 'put' && lemma !== 'place') return false;
  let sawNoun = false;
  for (let k = i; k < limit && k < i + 8; k++) {
    const t = tokens[k]!.lower;
    if (TOLL_NOUNS.has(t)) sawNoun = true;
    else if (t === 'at' && sawNoun) return true;
  }
  return false;
}

/** Verbs whose passive reports a judgement or a question without naming who ("was accused of"). */
const JUDGED = new Set(['criticize', 'criticise', 'accuse', 'praise', 'blame', 'condemn', 'ask', 'mention', 'describe', 'call', 'label', 'brand', 'urge', 'warn', 'tell', 'question', 'attack', 'charge', 'cite', 'deride', 'dismiss', 'hail', 'tout', 'fault', 'slam', 'pressure', 'quote', 'rate', 'view', 'regard']);
const JUDGED_NEXT = new Set(['for', 'of', 'as', 'to', 'about', 'how', 'whether', 'why', 'what', 'if', 'that', 'over']);

/** "has been criticized for", "was once asked how": an agentless passive that still reports. */
export function judgedFor(tokens: readonly Token[], lemma: string, i: number): boolean {
  if (!JUDGED.has(lemma)) return false;
  while (tokens[i] && isCueAdverb(tokens[i]!)) i++;
  return JUDGED_NEXT.has(tokens[i]?.lower ?? '');
}

/** Verbs of judging that report only with "as" after their object ("saw the comment as a dig"). */
const SEEING_AS = new Set(['see', 'view', 'regard', 'rate']);

/**
 * "see reauthorization as an opportunity", "PolitiFact rated 32% of claims as false": true when
 * the verb is no verb of judging, or its "as" (or a rating in quotes) comes within a short object.
 */
export function judgesAs(tokens: readonly Token[], lemma: string, i: number, limit: number): boolean {
  if (!SEEING_AS.has(lemma)) return true;
  for (let k = i; k < limit && k < i + 8; k++) {
    const t = tokens[k]!;
    if (t.lower === 'as' || (lemma === 'rate' && t.kind === 'quote' && k > i)) return true;
    if (t.kind === 'punct' && t.text !== '%' && t.text !== '-') return false;
  }
  return false;
}

/**
 * Conventions of the corpus's cue spans: a medium phrase right after the verb belongs to it
 * ("said in an interview", "wrote in an email", with a time after it: "in an interview on
 * Monday").
 */
export function withMedium(tokens: readonly Token[], end: number, limit: number, passive: boolean): number {
  if (passive || tokens[end - 1]?.text === ':') return end;
  // A new setting of its own ("in an interview", "in a statement"), not one referred back to
  // ("in the letter") nor a channel ("via email").
  if (tokens[end]?.lower !== 'in' || !/^(a|an|his|her|their|its)$/.test(tokens[end + 1]?.lower ?? '')) return end;
  const medium = skipMediumPhrase(tokens, end, limit);
  if (medium === end) return end;
  const after = skipTimePhrase(tokens, medium, limit);
  // With the content still to come, or closing the sentence after a quotation ("“...,” he said
  // in an interview."), the corpus mostly draws the phrase in; after reported words without
  // quotes ("..., the ministry said in a statement.") or before a comma that goes on to other
  // words ("..., the agency said in a June report, and ...") it does not.
  if ((after >= limit || (tokens[after]!.kind === 'punct' && /^[.!?]$/.test(tokens[after]!.text))) && quotedBefore(tokens, end)) return after;
  const quoteNext = isComma(tokens[after]) && tokens[after + 1]?.kind === 'quote';
  return tokens[after]!.kind === 'word' || tokens[after]!.kind === 'quote' || quoteNext ? after : end;
}

/** A quotation closing shortly before the verb ending at `end`, in the same sentence. */
function quotedBefore(tokens: readonly Token[], end: number): boolean {
  for (let k = end - 2; k >= 0 && k > end - 25; k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return true;
    if (t.kind === 'punct' && /^[.!?]$/.test(t.text)) return false;
  }
  return false;
}

/** Adverbs after the verb that the corpus counts in the cue when the clause breaks after them. */
const AFTER_ADVERBS = new Set(['then', 'later', 'again', 'earlier', 'too', 'also', 'once']);
const BREAK_WORDS = new Set(['that', 'what', 'how', 'why', 'whether', 'when', 'where', 'who']);

/**
 * "said sarcastically.", "adding later, “...”", "complain bitterly that": one adverb right after
 * the verb joins the cue when a clause break or the content's "that" follows it. Before other
 * words it belongs to the content ("called for immediately deducting").
 */
export function withTrailingAdverb(tokens: readonly Token[], end: number, limit: number): number {
  const t = tokens[end];
  if (!t || end + 1 > limit || t.kind !== 'word' || !(AFTER_ADVERBS.has(t.lower) || (isCueAdverb(t) && t.lower.endsWith('ly')))) return end;
  const next = tokens[end + 1];
  if (!next || end + 1 >= limit) return end + 1;
  const breaks = next.kind === 'quote' || (next.kind === 'punct' && /^[.,;:!?]$/.test(next.text)) || BREAK_WORDS.has(next.lower);
  return breaks ? end + 1 : end;
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'by', 'since', 'until', 'before', 'after']);
const SIDE_WORDS = new Set(['about', 'for', 'against', 'over']);

/**
 * "said Friday that", "called Friday for", "spoke out Tuesday about": a bare time (no
 * preposition before it) between the verb and its "that" or its preposition is the cue's.
 * Before the end of the sentence or another phrase the corpus leaves it out.
 */
export function withBareTime(tokens: readonly Token[], end: number, limit: number, particles: readonly string[]): number {
  const first = tokens[end];
  if (!first || TIME_PREPOSITIONS.has(first.lower)) return end;
  const after = skipTimePhrase(tokens, end, limit);
  if (after === end || after >= limit) return end;
  const next = tokens[after]!;
  if (next.lower === 'that') return after;
  if (particles.includes(next.lower) || SIDE_WORDS.has(next.lower)) return after + 1;
  return end;
}

/** "by" right after a participle, or after one adverb ("told privately by"). */
export function agentFollows(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower === 'by') return true;
  return !!tokens[i] && isCueAdverb(tokens[i]!) && tokens[i + 1]?.lower === 'by';
}

/** Verbs that put forward a stance named by their object ("expressed concern", "raised questions"). */
const PUTTING_FORWARD = new Set(['express', 'voice', 'raise', 'answer', 'field', 'offer', 'show', 'signal', 'find', 'embrace', 'unveil', 'extol', 'air', 'register', 'pose']);
/** Nouns of a stance or a question that such a verb puts forward. */
const STANCE_NOUNS = new Set(`concern concerns questions question outrage doubts doubt misgivings reservations skepticism
scepticism insights insight proposal proposals idea virtues support opposition unity frustration anger dismay alarm
optimism confidence worries worry fears praise criticism objections sympathy`.split(/\s+/));
/** Words of degree between the verb and the noun ("deep concern", "little unity"). */
const DEGREE = new Set(['deep', 'serious', 'grave', 'growing', 'little', 'some', 'many', 'several', 'new', 'fresh', 'sharp', 'strong', 'widespread', 'further', 'more', 'great', 'broad', 'renewed', 'its', 'his', 'her', 'their', 'the', 'a', 'an']);
const STANCE_PREPOSITIONS = new Set(['about', 'over', 'into', 'for', 'of', 'on', 'regarding']);

/**
 * "expressed deep concern about", "is raising questions about", "unveiled a proposal for": the
 * stance noun after a verb of putting forward, with its preposition (or before a "that"),
 * belongs to the cue, and the content is what the preposition governs. Returns the index after
 * them, or `end`.
 */
export function withStanceNoun(tokens: readonly Token[], lemma: string, end: number, limit: number): number {
  if (!PUTTING_FORWARD.has(lemma)) return end;
  let j = end;
  while (j < limit && j < end + 2 && DEGREE.has(tokens[j]!.lower)) j++;
  if (j >= limit || !STANCE_NOUNS.has(tokens[j]!.lower)) return end;
  const next = tokens[j + 1];
  if (next && STANCE_PREPOSITIONS.has(next.lower) && j + 2 < limit) return j + 2;
  if (next && next.lower === 'that' && j + 2 < limit) return j + 1;
  return end;
}

/** Verbs of naming whose passive carries the name ("was labeled “Mostly True”", "was dubbed the winner"). */
const NAMING = new Set(['call', 'dub', 'label', 'brand']);

/** "has been called a charlatan", "was also dubbed the debate winner": a name right after a passive of naming. */
export function namedPassive(tokens: readonly Token[], lemma: string, i: number): boolean {
  if (!NAMING.has(lemma)) return false;
  const t = tokens[i];
  return !!t && (t.kind === 'quote' || t.lower === 'a' || t.lower === 'an' || t.lower === 'the');
}
