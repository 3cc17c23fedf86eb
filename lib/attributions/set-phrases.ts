import type { Token } from './tokens';
import type { CueForm } from './cues';
import { isComma } from './words';

/**
 * Set phrases built on verbs of saying that report nothing: the writer's own links ("it's worth
 * noting", "it goes without saying", "having said that"). Each test looks at a token or two
 * around the verb, so it costs nothing when the words are not there.
 */

/** "It's worth noting that", "It goes without saying that", "Having said that, ...": the verb at k. */
export function writersPhrase(tokens: readonly Token[], k: number, prevLower: string, form: CueForm): boolean {
  if (form === 'ing' && (prevLower === 'worth' || prevLower === 'without')) return true;
  return prevLower === 'having' && tokens[k + 1]?.lower === 'that' && isComma(tokens[k + 2]);
}
