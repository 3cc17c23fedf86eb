import type { Token } from './tokens';
import { isCueAdverb, isDeterminer } from './words';

/** Verbs of talking whose topic may come a few words on ("spoke emotionally of", "talks to DuVernay about"). */
const TALKING = new Set(['speak', 'talk', 'joke']);
const TOPIC_MARKERS = new Set(['about', 'of']);
/** Short settings between the verb and its topic: an audience, a manner, a place or an occasion. */
const SETTING_WORDS = new Set(['to', 'with', 'in', 'at', 'during', 'more', 'less', 'often', 'frequently', 'public', 'private', 'length', 'his', 'her', 'their', 'its', 'speech', 'remarks', 'interview', 'me', 'us', 'him', 'them', 'reporters', 'again', 'also', 'later', 'then']);

/**
 * The index of the topic marker a talking verb reaches over a short setting ("speaks more
 * frequently in public about", "spoke during his speech of", "talks to DuVernay about"), or -1.
 * The corpus takes the whole stretch as the cue. Not a measure ("spoke for about an hour"),
 * nor a stranded audience ("people Republicans have tried to talk to about ...").
 */
export function delayedTopic(tokens: readonly Token[], lemma: string, end: number, limit: number): number {
  if (!TALKING.has(lemma)) return -1;
  for (let j = end; j < limit && j < end + 6; j++) {
    const t = tokens[j]!;
    if (TOPIC_MARKERS.has(t.lower)) {
      const next = tokens[j + 1];
      const ok = j > end && !/^(for|to|with|at|in|during)$/.test(tokens[j - 1]!.lower) && !!next && next.kind === 'word' && !/^\d/.test(next.text);
      return ok ? j : -1;
    }
    // A name as audience ("to DuVernay"), a setting word or an adverb of manner; nothing else.
    const audience = t.upper && t.kind === 'word' && /^(to|with)$/.test(tokens[j - 1]?.lower ?? '');
    if (t.kind !== 'word' || !(SETTING_WORDS.has(t.lower) || isCueAdverb(t) || audience || (isDeterminer(t) && t.lower !== 'that'))) return -1;
  }
  return -1;
}
