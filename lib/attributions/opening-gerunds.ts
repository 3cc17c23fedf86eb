import type { Token } from './tokens';
import type { TokenRange } from './sources';
import { subjectOf, opensClause } from './clauses';
import { isComma } from './words';

/**
 * "In defending himself and his business record, Trump offered ...", "After saying her foot was
 * swollen, she was whisked off", "Despite admitting that he had concerns, Ryan said ...": a
 * gerund of saying in a phrase that opens the sentence is said by the main clause's subject,
 * which follows the phrase's comma.
 */

/** Prepositions that open such a phrase ("without saying" reports nothing said). */
const OPENERS = new Set(['in', 'after', 'before', 'while', 'when', 'by', 'despite', 'since', 'upon', 'on']);

/** Longest opening phrase, in tokens, before its comma. */
const MAX_PHRASE = 30;

/**
 * For the gerund starting at `start`: the main clause's subject and the comma that ends the
 * opening phrase (where the gerund's content stops), or null when no opening phrase holds it.
 */
export function openingGerundSubject(tokens: readonly Token[], floor: number, start: number, limit: number): { subject: TokenRange; comma: number } | null {
  const opener = tokens[start - 1];
  if (!opener || !OPENERS.has(opener.lower) || !opensClause(tokens, floor, start - 1)) return null;
  for (let k = start + 1; k < limit && k < start + MAX_PHRASE; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '.') return null;
    if (isComma(t)) {
      // "After saying her foot was “so swollen,” she was ...": past a closing quotation mark.
      const from = tokens[k + 1]?.kind === 'quote' ? k + 2 : k + 1;
      const subject = subjectOf(tokens, from, limit);
      return subject ? { subject, comma: k } : null;
    }
  }
  return null;
}
