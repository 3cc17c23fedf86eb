import type { Token } from './tokens';
import { HEDGES, INTENT_NOUNS, NOMINAL_CUES, cueWords } from './cues';
import { IDIOM_HEADS } from './cue-idioms';
import { mayHeadSpeechObject } from './speech-objects';
import { CREDIT_DASHES } from './special-frames';
import { POLL_NOUNS } from './poll-frames';
import { SEEM } from './impressions';
import { HEARING } from './heard-from';
import { DOCUMENT_FORMS } from './document-subjects';
import { EVIDENT } from './evident';
import { PREDICATE_NOUNS } from './predicate-stances';
import { FEELINGS, JUDGEMENTS } from './reception';
import { RULE_VERBS } from './rule-subjects';
import { MOVING_VERBS } from './moved-objects';
import { INTENT_ADJECTIVES } from './intent-adjectives';

/**
 * The sentence prefilter: which of the sentence's rules can fire at all. Every rule starts from
 * a word of its own (a reporting verb, "according", a hedge, a colon ...); a sentence without
 * one of a rule's words cannot hold that rule's frame, so the rule is not run there. Most
 * sentences of a report hold no "according", no hedge, no poll: the rules that look for them
 * would walk every token of every sentence for nothing.
 *
 * The words come from the rules' own lexicons (cues.ts, cue-idioms.ts ...), so a word added there
 * is a trigger at once. A new rule with a new kind of trigger adds a bit here; a rule without
 * a bit is simply always run.
 */
export const TRIGGERS = {
  /** readFrames: a reporting verb, an idiom's head ("made it clear"), a verb of a speech object ("sent a letter"). */
  verbs: 1,
  /** creditLine: a dash after a quotation ("” ― Sonya Herridge"). */
  credit: 2,
  /** colonSpeaker: "Pat Caddell: ...". */
  colon: 4,
  /** accordingTo. */
  according: 8,
  /** putItFrames: "as X put it". */
  putIt: 16,
  /** nominalCues: "the ministry's claim that", "her decision to". */
  nominal: 32,
  /** pollSettings: "in this poll". */
  poll: 64,
  /** objectInfinitives: "forced Stumpf to admit" (a reporting verb's base form). */
  objectInfinitive: 128,
  /** hedgedClaims: "allegedly". */
  hedge: 256,
  /** impressions: "seems too risky". */
  seem: 512,
  /** heardFrom: "heard from X that". */
  heard: 1024,
  /** documentSubjects: a document's verb ("a 46-page analysis ... reveals"). */
  document: 2048,
  /** evidentClaims: "it is obvious that". */
  evident: 4096,
  /** predicateStances: "an opponent of", "is against". */
  predicate: 8192,
  /** receivedJudgements: "drew criticism from". */
  judgement: 16384,
  /** feelingsAt: "to the chagrin of". */
  feeling: 32768,
  /** ruleSubjects: a verb of leave or ban ("DNC rules permit members to ..."). */
  rule: 65536,
  /** movedObjects: a verb of moving someone ("That worries environmentalists"). */
  moved: 131072,
  /** intentAdjectives: "were willing to", "intent on". */
  intent: 262144,
} as const;

/**
 * Rules that skip a trigger inside a quotation (its verbs are the quoted speaker's): a quoted
 * word does not trigger them. The others look at quoted words too.
 */
const UNQUOTED_ONLY = TRIGGERS.verbs | TRIGGERS.according | TRIGGERS.putIt | TRIGGERS.nominal | TRIGGERS.hedge | TRIGGERS.seem | TRIGGERS.heard;

/** The rules a word (lower case, as tokens give it) can trigger. */
function wordTriggers(lower: string): number {
  let bits = 0;
  const readings = cueWords(lower);
  if (readings.length || IDIOM_HEADS.has(lower) || mayHeadSpeechObject(lower)) bits |= TRIGGERS.verbs;
  if (readings.some((r) => r.form === 'base' && r.entry.frame !== 'weak')) bits |= TRIGGERS.objectInfinitive;
  if (CREDIT_DASHES.has(lower)) bits |= TRIGGERS.credit;
  if (lower === ':') bits |= TRIGGERS.colon;
  if (lower === 'according') bits |= TRIGGERS.according;
  if (lower === 'put') bits |= TRIGGERS.putIt;
  if (NOMINAL_CUES.has(lower) || INTENT_NOUNS.has(lower)) bits |= TRIGGERS.nominal;
  if (POLL_NOUNS.has(lower)) bits |= TRIGGERS.poll;
  if (HEDGES.has(lower)) bits |= TRIGGERS.hedge;
  if (SEEM.has(lower)) bits |= TRIGGERS.seem;
  if (HEARING.has(lower)) bits |= TRIGGERS.heard;
  if (DOCUMENT_FORMS.has(lower)) bits |= TRIGGERS.document;
  if (EVIDENT.has(lower)) bits |= TRIGGERS.evident;
  if (PREDICATE_NOUNS.has(lower)) bits |= TRIGGERS.predicate;
  if (JUDGEMENTS.has(lower)) bits |= TRIGGERS.judgement;
  if (FEELINGS.has(lower)) bits |= TRIGGERS.feeling;
  if (RULE_VERBS.has(lower)) bits |= TRIGGERS.rule;
  if (MOVING_VERBS.has(lower)) bits |= TRIGGERS.moved;
  if (INTENT_ADJECTIVES.has(lower)) bits |= TRIGGERS.intent;
  return bits;
}

/** Words seen so far and their triggers: a report repeats its words, the lexicons do not change. */
const memo = new Map<string, number>();
const MEMO_LIMIT = 50_000;

function triggersOf(lower: string): number {
  let bits = memo.get(lower);
  if (bits === undefined) {
    bits = wordTriggers(lower);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(lower, bits);
  }
  return bits;
}

/**
 * The rules each token can trigger, as TRIGGERS bits, looked up once per token of the page:
 * the sentence prefilter reads them, and readFrames tries a cue only at a token with the verbs bit.
 */
export function tokenTriggers(tokens: readonly Token[]): Uint32Array {
  const bits = new Uint32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    // Kept on the token's shared spelling: most tokens repeat a spelling met before.
    const word = tokens[k]!.word;
    if (word.triggers < 0) word.triggers = triggersOf(word.lower);
    bits[k] = word.triggers;
  }
  return bits;
}

/** The rules that can fire in tokens [from, to), as TRIGGERS bits (0: none can). */
export function sentenceTriggers(triggers: Uint32Array, from: number, to: number, quoted: Uint8Array): number {
  let bits = 0;
  for (let k = from; k < to; k++) bits |= quoted[k] ? triggers[k]! & ~UNQUOTED_ONLY : triggers[k]!;
  return bits;
}

/**
 * The tokens of [from, to) with trigger `bit`, quoted or not: the smaller frames read only their
 * own few places instead of walking the sentence again.
 */
export function triggerPlaces(triggers: Uint32Array, from: number, to: number, bit: number): number[] {
  const places: number[] = [];
  for (let k = from; k < to; k++) if (triggers[k]! & bit) places.push(k);
  return places;
}
