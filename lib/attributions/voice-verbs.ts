import type { Token } from './tokens';

/** Verbs of raising the voice: weak on their own ("shouting in the street"), reporting with speech. */
const VOICE = new Set(['shout', 'yell', 'scream', 'exclaim', 'chant', 'holler']);

/**
 * "yelling to the officers that her husband was unarmed", "shouted at the crowd: ...": a voice verb
 * turned to a short audience before its speech reports that speech, as "yelled that" does.
 * Looks at most a few words ahead, so it stays linear.
 */
export function voiceToAudience(tokens: readonly Token[], lemma: string, end: number, limit: number): boolean {
  if (!VOICE.has(lemma)) return false;
  const to = tokens[end]?.lower;
  if (to !== 'to' && to !== 'at') return false;
  for (let i = end + 1; i < Math.min(limit, end + 6); i++) {
    const t = tokens[i]!;
    if (i > end + 1 && (t.lower === 'that' || t.text === ':' || t.kind === 'quote')) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}
