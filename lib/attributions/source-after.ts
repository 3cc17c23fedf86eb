import { cueReadings } from './cues';
import type { Token } from './tokens';
import { MAX_SOURCE_TOKENS, inPhrase, type TokenRange } from './sources';
import { isComma, isEnd, skipMediumPhrase, skipTimePhrase, isPreposition } from './words';

/** The source after its cue: "said Caddell", "according to the poll", "was reported by X". */

/**
 * The source after a cue ("said Caddell", "according to the poll", "was reported by X"): the
 * phrase from `start` to the clause's end, without a trailing time or medium phrase.
 */
export function sourceAfter(tokens: readonly Token[], start: number, limit: number): TokenRange | null {
  let e = start;
  let depth = 0;
  while (e < limit && e - start <= MAX_SOURCE_TOKENS) {
    const t = tokens[e]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (!inPhrase(tokens, e) || isComma(t))) break;
    // The phrase ends where a time or medium phrase starts ("said Trump on Friday").
    // Not after a participle inside the name ("a poll released last week").
    if (depth === 0 && e > start + 1 && !tokens[e - 1]!.upper && /ed$/.test(tokens[e - 1]!.lower) && skipTimePhrase(tokens, e, limit) > e) {
      e = skipTimePhrase(tokens, e, limit);
      continue;
    }
    // "for Morning Consult", "the Sunday Times": a capitalised time word inside a name.
    const time = skipTimePhrase(tokens, e, limit);
    const inName = time > e && tokens[time - 1]!.upper && !!tokens[time]?.upper && tokens[time]!.kind === 'word';
    if (depth === 0 && e > start && ((time > e && !inName) || skipMediumPhrase(tokens, e, limit) > e)) break;
    e++;
  }
  if (e - start > MAX_SOURCE_TOKENS) return null;
  return e > start ? { start, end: e } : null;
}

/**
 * The source after an inverted cue with its apposition, which the corpus counts in the source:
 * "said Peter Morgan, a lawyer for the Sierra Club, who has been challenging ..." (to the end).
 */
export function withApposition(tokens: readonly Token[], r: TokenRange, limit: number): TokenRange {
  const comma = tokens[r.end];
  const next = tokens[r.end + 1];
  if (!comma || comma.text !== ',' || !next || next.kind !== 'word') return r;
  // A linked verb ("said Caddell, speaking of ...") or a new clause is no apposition.
  if (next.lower.endsWith('ing') || /^(and|but|as|while|because|although|though|then|so|adding|saying)$/.test(next.lower)) return r;
  // "said Mr. Kamin, who emphasized that ...": a relative clause with a verb of its own reports
  // on its own; it is no part of the name.
  if (/^(who|which)$/.test(next.lower) && relativeReports(tokens, r.end + 2, limit)) return r;
  // An apposition is a noun phrase ("a lawyer for ...", "Britain's envoy"), not an aside ("on
  // what was his first day", "more than twice what it projected").
  if ((isPreposition(next) && next.lower !== 'of') || /^(more|less|than|nearly|almost|roughly|about|up|down|just|only)$/.test(next.lower)) return r;
  let e = limit;
  while (e > r.end && (isEnd(tokens[e - 1]) || isComma(tokens[e - 1]))) e--;
  for (let k = r.end + 1; k < e; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.text === ';') return r;
    // Stop before a linked verb after the apposition (", adding that ...").
    if (isComma(t) && tokens[k + 1]?.lower.endsWith('ing') && cueLike(tokens[k + 1]!)) { e = k; break; }
    // "said Rep. Elijah Cummings, the top Democrat on the committee, in a statement.": the
    // medium or the time is the cue's, the apposition ends with its comma.
    if (t.text === ',' && (skipMediumPhrase(tokens, k + 1, e) >= e || skipTimePhrase(tokens, k + 1, e) >= e)) { e = k + 1; break; }
  }
  return e - r.start <= MAX_SOURCE_TOKENS * 2 ? { start: r.start, end: e } : r;
}

/** A reporting verb in the past or present within the first words of a relative clause ("who later emphasized"). */
function relativeReports(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let k = from; k < limit && k < from + 4; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (cueReadings(t).some((c) => c.form === 'past' || c.form === 'third')) return true;
  }
  return false;
}

function cueLike(t: Token): boolean {
  return /^(adding|saying|noting|arguing|explaining|insisting|warning|calling|claiming|according)$/.test(t.lower);
}
