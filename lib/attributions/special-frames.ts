import type { Token } from './tokens';
import type { Frame } from './frames';
import { contentAfter, contentBefore, type Page } from './content';
import { sourceBefore } from './sources';
import { sourceAfter, withApposition } from './source-after';
import { FIGURE_NOUNS, HEDGES, HEDGE_STANCE, INTENT_NOUNS, NOMINAL_CUES, NOMINAL_PREPOSITIONS, cueReadings } from './cues';
import { isComma, isEnd, skipTimePhrase, isLeadingLink } from './words';
import { afterTime, possessorBefore } from './possessors';

/**
 * Frames that are not a verb with a subject: "according to X, ...", "X: ..." (headlines and
 * transcripts), nominal cues ("the ministry's claim that ...", "the ministry's figure") and
 * claims carried by a hedge alone ("the groups allegedly acting ...").
 */

/** "according to X, content" / "content, according to X". */
export function accordingTo(page: Page, from: number, to: number, quoted: Uint8Array): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (let k = from; k + 1 < to; k++) {
    if (quoted[k] || tokens[k]!.lower !== 'according' || tokens[k + 1]!.lower !== 'to') continue;
    const source = sourceAfter(tokens, k + 2, to);
    if (!source) continue;
    let lead = from;
    while (lead < k && (isLeadingLink(tokens[lead]!) || isComma(tokens[lead]))) lead++;
    let content;
    if (lead === k) {
      let i = source.end;
      while (i < to && !isComma(tokens[i]) && !isEnd(tokens[i])) i++; // a trailing time phrase
      content = contentAfter(page, i, to, 'say');
    } else {
      // "But the goal is not revenue, according to ...": the link is the reporter's, not the source's.
      content = contentBefore(page, lead, k, tokens[from]!.start);
    }
    if (content) frames.push({ source: lead === k ? source : withApposition(tokens, source, to), sharesSourceOf: null, cue: { start: k, end: k + 2 }, content, stance: 'neutral', lemma: 'according to' });
  }
  return frames;
}

/** Marks that set a credit line off from the quotation it signs. */
export const CREDIT_DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '-']);
/** Small words inside a name ("Julie A. Diaz de la Cruz"). */
const NAME_LINKS = new Set(['de', 'del', 'la', 'le', 'van', 'von', 'der', 'da', 'di', 'du', 'y', 'bin', 'al']);

/**
 * "“He represents our greatest shame.” ― Sonya Herridge": a quotation signed with a dash and
 * a name that ends the line, as readers' letters and epigraphs are credited. The content is the
 * quotation (or, when its opening mark is missing or misprinted, the paragraph up to the mark).
 */
export function creditLine(page: Page, from: number, to: number): Frame[] {
  const { tokens, text } = page;
  for (let k = Math.max(1, from); k < to; k++) {
    if (tokens[k - 1]!.kind !== 'quote' || !CREDIT_DASHES.has(tokens[k]!.text)) continue;
    let nameStart = k + 1;
    while (nameStart < to && CREDIT_DASHES.has(tokens[nameStart]!.text)) nameStart++; // "--"
    if (nameStart - k > 2) return [];
    let nameEnd = nameStart;
    while (nameEnd < to && nameEnd - nameStart < 7 && tokens[nameEnd]!.kind === 'word' && (tokens[nameEnd]!.upper || NAME_LINKS.has(tokens[nameEnd]!.lower))) nameEnd++;
    // The name ends its line, perhaps with a full stop ("― Francisco Herrero.").
    const stop = tokens[nameEnd]?.text === '.' && nameEnd < to ? tokens[nameEnd]!.end : tokens[nameEnd - 1]?.end ?? 0;
    if (nameEnd === nameStart || !tokens[nameStart]!.upper || !(endsLine(text, tokens[nameEnd - 1]!.end) || endsLine(text, stop))) continue;
    const mark = tokens[k - 1]!;
    const q = page.quoteByEnd.get(mark.end);
    const start = q ? q.start : paragraphStart(text, mark.start);
    if (start >= mark.start) return [];
    return [{ source: { start: nameStart, end: nameEnd }, sharesSourceOf: null, cue: { start: k, end: nameStart }, content: { start, end: mark.end }, stance: 'neutral', lemma: 'credit' }];
  }
  return [];
}

/** Nothing but white space between `i` and the end of the line. */
function endsLine(text: string, i: number): boolean {
  for (; i < text.length && text[i] !== '\n'; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/** Longest transcript turn we reach for, in characters: keeps a paragraph of many turns linear. */
const MAX_TURN = 4000;

/** The end of the paragraph holding `i`, without trailing white space (or `i` past MAX_TURN). */
function paragraphEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && text[e] !== '\n') if (++e - i > MAX_TURN) return i;
  while (e > i && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** The first non-space character of the paragraph holding `i`. */
function paragraphStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && text[s - 1] !== '\n') s--;
  while (s < i && /\s/.test(text[s]!)) s++;
  return s;
}

/** Labels before a colon that introduce no speaker. */
const LABELS = new Set(['related', 'update', 'updated', 'photo', 'photos', 'video', 'watch', 'note', 'editor', "editor's", 'read', 'more', 'breaking', 'exclusive', 'opinion', 'analysis', 'live', 'see', 'also', 'correction', 'source', 'sources', 'credit', 'image', 'caption', 'listen', 'warning', 'q', 'a', 'question', 'answer', 'title', 'subject', 'date', 'by', 'from', 'to', 'tags', 'topics', 'share', 'advertisement', 'published', 'posted', 'follow', 'contact', 'email', 'tel', 'phone', 'fax', 'web', 'http', 'https', 'www', 'the', 'this', 'that', 'here', 'what', 'why', 'how', 'when', 'who']);

/** Verbs that open a sentence before the speaker and a colon ("Said Ellis: “...”"). */
const OPENING_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'explained', 'explains', 'replied', 'replies', 'declared', 'declares', 'continued', 'continues', 'concluded', 'concludes', 'noted', 'notes', 'tweeted', 'tweets']);
/** Words that tie a quotation to its speaker in a headline ("A lesson from Loretta Lynch: ‘...’"). */
const HEADLINE_LINKS = new Set(['from', 'by', 'with']);

/**
 * "Pat Caddell: Democrat voters ...", "PENCE: Well, look ...": a name, a colon, the words.
 * "Said Ellis: “...”": the verb opens the sentence and is the cue. `headline` is set when the
 * frame reads as a headline or a quotation (it then wins over verbs inside the words).
 */
export function colonSpeaker(page: Page, from: number, to: number): (Frame & { headline: boolean })[] {
  const { tokens } = page;
  while (from < to && tokens[from]!.kind === 'quote') from++; // transcripts: "PENCE: ...
  const limit = Math.min(to, from + 7);
  for (let c = from + 1; c < limit; c++) {
    if (tokens[c]!.text !== ':') continue;
    const quoteNext = tokens[c + 1]?.kind === 'quote';
    if (c - from > (quoteNext ? 6 : 4)) return [];
    const opening = OPENING_VERBS.has(tokens[from]!.lower) && c - from > 1;
    let start = opening ? from + 1 : from;
    // A phrase with a name at its end before a quotation ("A lesson from Loretta Lynch: ‘...’").
    if (quoteNext && !opening) {
      let k = c;
      while (k > from && tokens[k - 1]!.upper && tokens[k - 1]!.kind === 'word') k--;
      if (k > from && k < c && HEADLINE_LINKS.has(tokens[k - 1]!.lower)) start = k;
    }
    let names = 0;
    for (let k = start; k < c; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || LABELS.has(t.lower) || /\d/.test(t.text)) return [];
      if (t.upper) names++;
      else if (!quoteNext) return [];
    }
    if (names === 0 || (quoteNext && !tokens[c - 1]!.upper)) return [];
    let content = contentAfter(page, c + 1, to, 'say');
    if (!content) return [];
    const cue = opening ? { start: from, end: from + 1 } : { start: c, end: c + 1 };
    const dateline = tokens.slice(start, c).every((t) => t.text === t.text.toUpperCase());
    // "PENCE: Well, look, ... . But this is America, Chris. ...": a transcript's turn is the
    // whole paragraph after the speaker's name.
    const turnEnd = dateline && !quoteNext ? paragraphEnd(page.text, tokens[to - 1]!.end) : -1;
    if (turnEnd > tokens[to - 1]!.end) content = { start: content.start, end: turnEnd };
    const headline = !dateline && (quoteNext || headlineCase(tokens, c + 1, to));
    return [{ source: { start, end: c }, sharesSourceOf: null, cue, content, stance: 'neutral', lemma: opening ? 'say' : ':', headline }];
  }
  return [];
}

/** Most words capitalised, as in a headline ("Democrat Voters Worried About ..."). */
function headlineCase(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let upper = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !/[\p{L}]/u.test(t.text)) continue;
    words++;
    if (t.upper) upper++;
  }
  return words >= 3 && upper >= 0.7 * words;
}

/** "Tulsa police's earlier claim that ...", "a New York Times report that ...", "the ministry's figure". */
export function nominalCues(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean, places: readonly number[]): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  // Only the places of its nouns (the prefilter's nominal bit: NOMINAL_CUES or INTENT_NOUNS).
  for (const k of places) {
    if (k <= from) continue;
    const noun = tokens[k]!;
    const stance = NOMINAL_CUES.get(noun.lower) ?? (INTENT_NOUNS.has(noun.lower) ? 'neutral' : undefined);
    if (!stance || quoted[k] || taken(k)) continue;
    let cueStart = k;
    // One modifier may sit between possessor and noun ("earlier claim", "infamous comment").
    const isPossessor = (t: Token | undefined): boolean => !!t && (t.lower === "'s" || POSSESSIVE_PRONOUNS.has(t.lower) || (t.text === '’' || t.text === "'") );
    if (tokens[k - 1]?.kind === 'word' && !tokens[k - 1]!.upper && tokens[k - 1]!.lower !== "'s" && isPossessor(tokens[k - 2])) cueStart = k - 1;
    const marker = tokens[cueStart - 1];
    const possessive = isPossessor(marker);
    const next = tokens[k + 1];
    const clause = next?.lower === 'that';
    // "her decision to meet ...", "his determination to act alone": an intent's infinitive is its content.
    // In a title-case headline ("His Refusal To Use ...") the infinitive's verb is capitalised too.
    const infinitive = possessive && next?.lower === 'to' && INTENT_NOUNS.has(noun.lower) && tokens[k + 2]?.kind === 'word' && (!tokens[k + 2]!.upper || (noun.upper && next.upper)) && !NOT_VERBS.has(tokens[k + 2]!.lower);
    // "his infamous comment about 47 percent", "editorial boards’ disdain for the nominee".
    // "Clinton’s comments Tuesday on the shooting", "Mr. Obama's announcement in 2014 of": a time may come first.
    const prep = possessive ? afterTime(tokens, k + 1, to) : k + 1;
    const phrase = possessive && NOMINAL_PREPOSITIONS.has(tokens[prep]?.lower ?? '') && NOMINAL_CUES.get(noun.lower) !== undefined && !FIGURE_NOUNS.has(noun.lower);
    if (!clause && !phrase && !infinitive && !(possessive && FIGURE_NOUNS.has(noun.lower))) continue;
    const pronoun = possessive && POSSESSIVE_PRONOUNS.has(marker!.lower);
    const sourceEnd = possessive && !pronoun ? cueStart - 1 : cueStart;
    const source = pronoun ? { start: cueStart - 1, end: cueStart } : possessive ? possessorBefore(tokens, from, sourceEnd) : sourceBefore(tokens, from, sourceEnd);
    if (!source || (!possessive && !tokens[source.start]!.upper && !/^(a|an|the)$/.test(tokens[source.start]!.lower))) continue;
    if (!possessive && source.end - source.start < 2) continue;
    let end = k + 1;
    while (end < to && !isEnd(tokens[end]) && !(isComma(tokens[end]) && !clause)) end++;
    const content = clause ? contentAfter(page, k + 1, end, 'say') : infinitive ? { start: tokens[k + 1]!.start, end: tokens[end - 1]!.end } : phrase ? contentAfter(page, prep + 1, end, 'say') : { start: noun.start, end: tokens[Math.max(k, end - 1)]!.end };
    if (!content) continue;
    frames.push({ source, sharesSourceOf: null, cue: { start: cueStart, end: phrase ? prep + 1 : k + 1 }, content, stance, lemma: noun.lower });
  }
  return frames;
}

/** Words after "to" that open a noun phrase, not an infinitive ("his effort to the group"). */
const NOT_VERBS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'all']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const OBJECTS = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * "forced Stumpf to admit that ...", "led the journalist Dainis Ivans to fear ...": a reporting
 * infinitive whose speaker is the object of a verb that is not itself a cue.
 */
export function objectInfinitives(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (let k = from + 2; k + 1 < to; k++) {
    if (tokens[k]!.lower !== 'to' || quoted[k] || taken(k)) continue;
    const verb = tokens[k + 1]!;
    const reading = cueReadings(verb).find((r) => r.form === 'base' && r.entry.frame !== 'weak');
    if (!reading) continue;
    const before = tokens[k - 1]!;
    let start = k;
    if (OBJECTS.has(before.lower)) start = k - 1;
    else while (start > from && (tokens[start - 1]!.upper || /^[()\-.]$/.test(tokens[start - 1]!.text) || (tokens[start - 1]!.lower === 'and' && tokens[start - 2]?.upper)) && tokens[start - 1]!.kind !== 'quote') start--;
    if (start === k || (start > from && tokens[start - 1]!.kind !== 'word')) continue;
    if (skipTimePhrase(tokens, start, k) >= k) continue; // "on Friday to discuss" names no one
    let end = k + 2;
    if ((reading.entry.particles ?? []).includes(tokens[end]?.lower ?? '')) end++;
    let stop = end;
    while (stop < to && !isEnd(tokens[stop])) stop++;
    const content = contentAfter(page, end, stop, reading.entry.lemma);
    if (!content) continue;
    frames.push({ source: { start, end: k }, sharesSourceOf: null, cue: { start: k, end }, content, stance: reading.entry.stance, lemma: reading.entry.lemma });
  }
  return frames;
}

/** "the groups allegedly acting among the protesters": a claim nobody is named for. */
export function hedgedClaims(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (let k = from; k < to; k++) {
    if (!HEDGES.has(tokens[k]!.lower) || quoted[k] || taken(k) || tokens[k]!.lower === 'apparently' || tokens[k]!.lower === 'seemingly') continue;
    let end = to;
    while (end > k + 1 && (isEnd(tokens[end - 1]) || isComma(tokens[end - 1]))) end--;
    const after = contentAfter(page, k + 1, end, 'say');
    if (!after) continue;
    frames.push({ source: null, sharesSourceOf: null, cue: { start: k, end: k + 1 }, content: after, stance: HEDGE_STANCE, lemma: tokens[k]!.lower });
  }
  return frames;
}

export type { Token };
