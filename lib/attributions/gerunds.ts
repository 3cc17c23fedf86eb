import type { Token } from './tokens';
import type { CueForm } from './cues';

/**
 * Gerunds of saying and the words that carry them into a cue: "keeps saying" (a carrier),
 * "by saying", "aside from saying" (a link that keeps the clause's speaker).
 */

/** Verbs that carry a gerund into the cue ("keeps saying", "avoids condemning"). */
export const GERUND_CARRIERS = new Set(['keep', 'keeps', 'kept', 'keeping', 'resist', 'resists', 'resisted', 'avoid', 'avoids', 'avoided', 'avoiding', 'stop', 'stops', 'stopped', 'quit', 'quits', 'continue', 'continues', 'continued', 'began', 'begin', 'begins', 'started', 'start', 'starts', 'finished', 'risk', 'risks', 'risked']);
export function carrierForm(word: string): CueForm {
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('s')) return 'third';
  if (word.endsWith('ed') || word === 'kept' || word === 'began' || word === 'quit') return 'past';
  return 'base';
}
/**
 * Participles of perceiving that, after "be", carry a gerund into the cue: "can be heard yelling",
 * "was caught saying". The speaker is the clause's subject, not the hearer (who is unnamed).
 */
const PERCEIVED = new Set(['heard', 'overheard', 'seen', 'caught', 'recorded', 'filmed', 'spotted']);
/** Token `p` is such a participle right after "be" ("was | heard | yelling"). */
export function perceivedAt(tokens: readonly Token[], p: number, be: ReadonlySet<string>): boolean {
  return p > 0 && PERCEIVED.has(tokens[p]?.lower ?? '') && be.has(tokens[p - 1]!.lower);
}
/** Prepositions before a gerund of saying that keeps the clause's speaker ("by saying"). */
const GERUND_LINKS = new Set(['by', 'after', 'before', 'while', 'when', 'from']);
/** Words before "from saying" that hold the saying back ("refrained from saying"): nothing was said. */
const HELD_BACK = new Set(['refrain', 'refrained', 'refrains', 'refraining', 'barred', 'banned', 'prevented', 'prevent', 'stopped', 'stop', 'kept', 'keep', 'discouraged', 'prohibited', 'deterred', 'away', 'back', 'shied', 'abstained', 'restrained', 'forbidden', 'blocked', 'far', 'free', 'exempt', 'exempted']);
/** "by saying", "aside from saying": a link; "refrained from saying": none. */
export function gerundLink(tokens: readonly Token[], at: number): boolean {
  const link = tokens[at]?.lower ?? '';
  return GERUND_LINKS.has(link) && !(link === 'from' && HELD_BACK.has(tokens[at - 1]?.lower ?? ''));
}
export const SPEECH_GERUNDS = new Set(['say', 'tell', 'claim', 'argue', 'insist', 'note', 'suggest', 'warn', 'call', 'write', 'declare', 'announce', 'ask', 'deny', 'admit', 'promise', 'accuse', 'blame', 'describe', 'praise', 'criticize', 'criticise', 'attack', 'question', 'tout', 'show', 'urge', 'demand', 'condemn', 'reject', 'defend', 'welcome', 'predict', 'estimate', 'detail', 'outline', 'confirm', 'reveal']);
