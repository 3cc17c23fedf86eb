import type { Token } from './tokens';
import type { TokenRange } from './sources';
import { cueReadings } from './cues';
import { isAuxiliary, isComma, isDeterminer, isPreposition } from './words';

/**
 * Gerunds of saying whose speaker stands right before them, inside a phrase rather than as the
 * clause's subject:
 *   absolute "with"   "with RealClearPolitics showing her ahead", "with experts offering their assessments";
 *   a document        "a statement announcing the pick", "a Donald Trump tweet attacking a former
 *                     Miss Universe", "filed legal papers opposing the unsealing".
 * The document itself is the source, as the corpus marks it.
 */

/** Nouns of documents and messages that say something themselves. */
const DOCUMENTS = new Set(`statement statements tweet tweets letter letters ad ads advertisement video videos papers
filing filings memo memos release report reports post posts op-ed editorial editorials email emails e-mail message
messages lawsuit suit complaint motion brief resolution petition document documents proposal spot commercial`.split(/\s+/));

/** Longest phrase between "with" and the gerund ("with a wide array of black artists writing"). */
const MAX_WITH_PHRASE = 8;

/** The speaker of the gerund at tokens[k], when a "with" phrase or a document noun holds it. */
export function gerundSubject(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  return withSubject(tokens, k, floor) ?? documentBefore(tokens, k, floor);
}

/** "with experts offering": the words between "with" and the gerund, when they are a noun phrase. */
function withSubject(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  for (let j = k - 1; j >= floor && j >= k - MAX_WITH_PHRASE; j--) {
    const t = tokens[j]!;
    if (t.lower === 'with') return j + 1 < k && !isDeterminer(tokens[k - 1]!) ? { start: j + 1, end: k } : null;
    if (!inNounPhrase(tokens, j)) return null;
  }
  return null;
}

/** "a statement announcing", "legal papers opposing": the document's phrase, from its determiner. */
function documentBefore(tokens: readonly Token[], k: number, floor: number): TokenRange | null {
  if (!DOCUMENTS.has(tokens[k - 1]?.lower ?? '')) return null;
  let s = k - 1;
  while (s > floor && s > k - 7) {
    const t = tokens[s - 1]!;
    if (isDeterminer(t)) return { start: s - 1, end: k };
    if (isPreposition(t) || !inNounPhrase(tokens, s - 1)) break;
    s--;
  }
  return { start: s, end: k };
}

function inNounPhrase(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind === 'quote') return (t.text === '’' || t.text === "'") && /s$/i.test(tokens[j - 1]?.text ?? '');
  if (t.kind !== 'word' || isComma(t) || isAuxiliary(t)) return t.text === "'s" || t.text === '’s';
  if (t.lower === "'s" || t.lower === '’s') return true;
  // A finite verb ends the phrase ("the poll showed Clinton leading", "filed legal papers"): not a noun phrase.
  return !t.upper ? !cueReadings(t).some((r) => r.form === 'past' || r.form === 'third') && !/^(that|which|who|and|or|but|to)$|ed$/.test(t.lower) : true;
}

/** "a Donald Trump tweet attacking ...": a document noun before a gerund of saying is no verb. */
export function documentBeforeGerund(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return DOCUMENTS.has(tokens[k]!.lower) && !!next && next.kind === 'word' && next.lower.endsWith('ing') && cueReadings(next).some((r) => r.form === 'ing');
}
