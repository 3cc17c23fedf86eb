import type { Token } from './tokens';
import { isPreposition } from './words';

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
  return first.kind === 'word' && !first.upper && /^[a-z]+(ed|en)$/.test(first.lower) && (isPreposition(last) || last.lower === 'for');
}

/** Single words that never name a source: a source finder that stops on them has read past the subject. */
const NOT_NAMES = new Set(['despite', 'together', 'become', 'became', 'becomes', 'the', 'a', 'an', 'to', 'of', 'for', 'with', 'by', 'from', 'in', 'on', 'at', 'and', 'or', 'but']);

/**
 * A one-word "source" that names no one: "fueling [worries]", "delivering [carefully scripted]
 * speeches", "despite [admitting]", "which together [vowed]" — a verb form, a preposition or an
 * adverb. The cue stays; the source is left unknown rather than wrong.
 */
export function namesNoOne(tokens: readonly Token[], source: { start: number; end: number } | null): boolean {
  if (!source || source.end - source.start !== 1) return false;
  const t = tokens[source.start]!;
  if (t.kind !== 'word') return false;
  return NOT_NAMES.has(t.lower) || (!t.upper && /^[a-z]{3,}(ing|ed)$/.test(t.lower));
}

const QUESTION_AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'would', 'will', 'should']);

/**
 * "Can you imagine if ...", "Or would you think she ...", "Do you know where ...": a yes/no
 * question put to the reader asks for a view, it reports no one's. `from` is the sentence's
 * first token; only a link word ("Or", "And", "But") may stand before the auxiliary.
 */
export function questionToReader(tokens: readonly Token[], source: { start: number; end: number } | null, from: number): boolean {
  if (!source || source.end - source.start !== 1 || tokens[source.start]!.lower !== 'you') return false;
  const aux = source.start - 1;
  if (aux < from || !QUESTION_AUXILIARIES.has(tokens[aux]!.lower)) return false;
  return aux === from || (aux - 1 === from && /^(or|and|but|so)$/.test(tokens[from]!.lower));
}
