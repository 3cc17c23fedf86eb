import type { Token } from './tokens';
import { NOMINAL_CUES, type CueEntry, type CueForm } from './cues';
import { isAuxiliary, isDeterminer, isPreposition } from './words';

/**
 * Verbs outside the lexicon that report by what they act on: "unleashed a series of tweets",
 * "sent a cease-and-desist letter", "has delivered a mostly positive message", "is drawing
 * criticism". The corpus marks almost any act of expression as a cue; the object noun is what
 * makes it one, so any verb with such an object (and a subject, checked by the frames) counts.
 */

/** Nouns naming something said, written or shown. */
const SPEECH_OBJECTS = new Set([
  ...[...NOMINAL_CUES.keys()].filter((w) => !['figure', 'figures', 'data', 'count', 'tally', 'plan', 'plans', 'support', 'account', 'call', 'view', 'decision', 'position', 'attack', 'attacks', 'embrace', 'analysis', 'fear', 'fears', 'threat', 'threats', 'forecast', 'hope', 'hopes', 'concern', 'concerns', 'belief', 'beliefs', 'theory', 'idea', 'ideas', 'vision', 'estimate', 'estimates', 'finding', 'findings', 'reports', 'report'].includes(w)),
  ...`tweet tweets letter letters message messages motion complaint complaints lawsuit memo ultimatum plea
  rebuke broadside tirade apology retort reply insult insults ridicule barbs jab jabs swipe swipe swipes
  speech speeches ad ads advertisement video op-ed editorial essay column questions critique critiques
  rebuttal manifesto petition appeal endorsement endorsements praise condemnation`.split(/\s+/).filter(Boolean),
]);
/** Quantity words between the verb and the noun ("a series of tweets", "a barrage of insults"). */
const MEASURES = new Set(['series', 'string', 'barrage', 'volley', 'flurry', 'stream', 'torrent', 'number', 'couple', 'pair', 'lot', 'host', 'raft', 'slew', 'spate', 'round', 'set', 'list']);
/** Words that end the object before any speech noun. */
const STOPS = new Set(['that', 'and', 'or', 'place', 'part', 'despite', 'upon', 'because', 'while', 'when', 'if', 'as', 'than', 'to', 'who', 'which']);
/** Past forms of common irregular verbs that take such objects. */
const IRREGULAR_PAST = new Set(['sent', 'drew', 'threw', 'fired', 'spread']);
/** Verbs whose subject takes in what others said: their subject is no source. */
const RECEIVING = new Set(['posed', 'interviewed', 'increased', 'renewed', 'raised', 'lowered', 'filed', 'received', 'receiving', 'got', 'getting', 'obtained', 'reviewed', 'read', 'heard', 'saw', 'seen', 'faced', 'facing', 'ignored', 'answered', 'rejected']);

/**
 * Whether a word can be such a verb at all, by its letters alone (the tests of speechObjectVerb
 * that need no context): most words are no "-ed" or "-ing" form, and of those that are, "being",
 * "received", "shed" never head a speech object. The sentence prefilter (triggers.ts) asks it of
 * every word: a word failing it is never tried as a cue, nor is a sentence with no other verb.
 */
export function mayHeadSpeechObject(lower: string): boolean {
  return !RECEIVING.has(lower) && (pastShaped(lower) || (lower.endsWith('ing') && lower.length > 5) || IRREGULAR_PAST.has(lower));
}

/**
 * A regular past form: /[^e]ed$/ (which takes in /[^e]ied$/ and /[^aeiou]ed$/) on more than four
 * letters, by character codes.
 */
function pastShaped(lower: string): boolean {
  const n = lower.length;
  return n > 4 && lower.charCodeAt(n - 1) === 100 && lower.charCodeAt(n - 2) === 101 && lower.charCodeAt(n - 3) !== 101;
}

/** The verb reading of tokens[k] when a speech noun is its object, or null. */
export function speechObjectVerb(tokens: readonly Token[], k: number): { entry: CueEntry; form: CueForm } | null {
  const t = tokens[k]!;
  if (!mayHeadSpeechObject(t.lower)) return null;
  if (t.kind !== 'word' || t.upper || RECEIVING.has(t.lower)) return null;
  const prev = tokens[k - 1];
  const afterAux = !!prev && isAuxiliary(prev);
  const past = pastShaped(t.lower);
  const ing = afterAux && t.lower.endsWith('ing') && t.lower.length > 5;
  if (!past && !ing && !IRREGULAR_PAST.has(t.lower)) return null;
  // A participle after a noun modifies it ("the letter sent by"); after a preposition it is a noun.
  if (prev && (isDeterminer(prev) || isPreposition(prev))) return null;
  if (!objectIsSpeech(tokens, k + 1)) return null;
  return { entry: { lemma: t.lower, stance: 'neutral', frame: 'speech' }, form: ing ? 'ing' : 'past' };
}

/** A determiner and up to three modifiers, then a speech noun ("a mostly positive message"). */
function objectIsSpeech(tokens: readonly Token[], i: number): boolean {
  let j = i;
  for (let n = 0; n < 6 && j < tokens.length; n++, j++) {
    const w = tokens[j]!;
    if (w.kind !== 'word' && w.text !== '-') return false;
    if (SPEECH_OBJECTS.has(w.lower)) return true;
    if (MEASURES.has(w.lower) && tokens[j + 1]?.lower === 'of') { j++; continue; }
    // Only determiners and modifiers come between: not a name ("gave Clinton a ..."), a clause
    // word or a preposition ("took place despite repeated warnings").
    if (w.upper || isAuxiliary(w) || isPreposition(w) || STOPS.has(w.lower)) return false;
  }
  return false;
}
