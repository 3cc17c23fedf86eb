import type { Token } from './tokens';
import { PREPOSITIONS } from './words';

/**
 * A "source" that is a verb phrase cut out of a longer clause: "[called a charlatan by fellow
 * physicians for] promoting", "[financed with the explicit purpose of] forwarding ... says".
 * It opens with a bare past participle and ends on a preposition, so no one is named in it;
 * the frame read around it is a misreading (a gerund or a noun taken for a cue).
 */
export function verbPhraseSource(tokens: readonly Token[], source: { start: number; end: number } | null): boolean {
  if (!source || source.end - source.start < 2) return false;
  const first = tokens[source.start]!;
  const last = tokens[source.end - 1]!;
  return first.kind === 'word' && !first.upper && /^[a-z]+(ed|en)$/.test(first.lower) && (PREPOSITIONS.has(last.lower) || last.lower === 'for');
}
