import type { Token } from './tokens';
import { newMention, type Mention } from './mention';

/**
 * "a pair of shoes", "a pair of explosions": two. Read only before "of", so "the pair" (two
 * named people) is no figure. "A couple of" is left unread, as "a few" is: news writes it
 * loosely ("put off by a couple of job interviews") and the hand-annotated pages count it as no
 * figure.
 */
export function findPairs(tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'pair' || tokens[i - 1]!.lower !== 'a' || tokens[i + 1]!.lower !== 'of') continue;
    found.push(newMention(i - 1, i + 1, 2, true, false)); // through "of": what follows is what is counted
  }
  return found;
}
