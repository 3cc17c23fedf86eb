import type { Token } from './tokens';
import type { Frame } from './frames';
import { contentAfter, type Page } from './content';
import { cueWords, cueReadings } from './cues';
import { isAuxiliary, isComma, isCueAdverb, isEnd, isClauseBreak, isLeadingLink } from './words';

/**
 * Documents, studies and ads as sources whose subject runs long before the verb: "a 46-page
 * suicide analysis released by the Department of Veterans Affairs last month reveals ...",
 * "The transcript of the debate–published by The Washington Post–shows that ...", "The film
 * ― which weaves together ... ― explains ...", "The research not only documented ...", "A web
 * video by the Republican National Committee references ...", "The 30-second spot, titled
 * “Arrogant,” features a New York Times report that ...". The verb reading misses these (the
 * word before the verb is a name, a time or a dash, and the participle inside the subject
 * looks like a verb of its own); a document noun heading the subject settles it.
 */

/** Nouns of things that say: reports, studies, filings, films and ads. */
const DOCUMENT_NOUNS = new Set(`report reports study studies analysis analyses survey surveys transcript transcripts letter
memo memorandum filing filings document documents records film documentary video ad ads advertisement spot research
audit review book article story piece paper investigation inquiry assessment data footage complaint lawsuit indictment
ruling editorial column website page tweet email emails cable cables poll polls`.split(/\s+/));

/**
 * Verbs by which a document tells what it holds (present and past forms only). The verbs of
 * plain saying ("said", "called") are left to the verb frames: they are too common to check here.
 */
const DOCUMENT_VERB_LEMMAS = new Set(`show find reveal document detail explain reference describe conclude indicate
suggest estimate highlight cite state outline identify chronicle depict portray recount confirm disclose predict assert`.split(/\s+/));
/** Verbs the lexicon keeps for nouns in the present ("references", "details"). */
const EXTRA_FORMS: ReadonlyMap<string, string> = new Map([
  ['references', 'reference'], ['referenced', 'reference'],
  ['details', 'detail'], ['documents', 'document'], ['states', 'state'],
  ['depicts', 'depict'], ['depicted', 'depict'], ['identifies', 'identify'], ['identified', 'identify'],
]);

/** Words that open the participle or phrase after the document noun ("released by", "of the debate"). */
const TAIL_OPENERS = new Set(['released', 'published', 'issued', 'conducted', 'commissioned', 'obtained', 'prepared',
  'written', 'produced', 'compiled', 'funded', 'sponsored', 'filed', 'made', 'being', 'posted', 'aired', 'unveiled',
  'by', 'of', 'from', 'on', 'in', 'for', 'about', 'titled', 'entitled', 'called', 'dubbed']);

/** Longest subject we read back over, in tokens. */
const MAX_SUBJECT = 24;
/** Longest dashed aside passed over ("― which weaves together the voices of ... ―"). */
const MAX_ASIDE = 40;
/** The document noun comes early in its phrase ("An exhaustive study", "A Government Accountability Office report"). */
const MAX_HEAD_OFFSET = 6;

/** The document frames of one sentence whose verbs the verb frames did not take. */
export function documentSubjects(page: Page, from: number, to: number, quoted: Uint8Array, verbFrames: readonly Frame[], at: readonly number[]): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  let done = from;
  for (const k of at) {
    const t = tokens[k]!;
    const verb = DOCUMENT_FORMS.get(t.lower);
    if (!verb || k < from + 2 || k < done || t.upper || quoted[k]) continue;
    const lemma = verb.lemma;
    const subject = subjectOf(tokens, from, k, verb.base);
    // A verb frame on the same verb stands, unless its source is the document's subject cut short
    // ("A GAO report released | last year found": the time belongs to the subject).
    const same = verbFrames.find((v) => k >= v.cue.start && k < v.cue.end);
    if (same && !(subject && same.source && subject.source.start <= same.source.start && subject.source.end > same.source.end)) continue;
    if (!subject || verbFrames.some((v) => reports(page, v, subject.source.start, k))) continue;
    let cueEnd = k + 1;
    // "shows in detail how": the manner belongs to the cue.
    if (tokens[cueEnd]?.lower === 'in' && tokens[cueEnd + 1]?.lower === 'detail') cueEnd += 2;
    let end = cueEnd;
    while (end < to && !isEnd(tokens[end])) end++;
    const content = contentAfter(page, cueEnd, end, lemma);
    if (!content) continue;
    frames.push({ source: subject.source, sharesSourceOf: null, cue: { start: subject.cueStart, end: cueEnd }, content, stance: cueReadings(tokens[k]!)[0]?.entry.stance ?? 'neutral', lemma });
    done = end + 1;
  }
  return frames;
}

/**
 * A verb frame before the subject reports the verb at `k` ("Local media
 * have reported that an engineering review identified ...": the review's words are the media's).
 */
function reports(page: Page, v: Frame, subjectStart: number, k: number): boolean {
  const at = page.tokens[k]!.start;
  return v.cue.start < subjectStart && at >= v.content.start && at < v.content.end;
}

/**
 * The document verbs' present and past forms, read once from the lexicon: word -> lemma, and
 * whether the form is the base (which agrees with a plural subject only).
 */
export const DOCUMENT_FORMS: ReadonlyMap<string, { lemma: string; base: boolean }> = (() => {
  const forms = new Map<string, { lemma: string; base: boolean }>();
  for (const [word, lemma] of EXTRA_FORMS) forms.set(word, { lemma, base: false });
  for (const lemma of DOCUMENT_VERB_LEMMAS) {
    const stem = lemma.replace(/e$/, '');
    const candidates = [lemma, lemma + 's', lemma + 'es', lemma + 'd', lemma + 'ed', stem + 'ed', lemma.replace(/y$/, 'ies'), lemma.replace(/y$/, 'ied'), lemma + lemma.slice(-1) + 'ed', 'showed', 'found'];
    for (const word of candidates) {
      if (forms.has(word)) continue;
      const reading = cueWords(word).find((r) => r.entry.lemma === lemma && (r.form === 'third' || r.form === 'past' || r.form === 'base'));
      if (reading) forms.set(word, { lemma, base: reading.form === 'base' && !cueWords(word).some((r) => r.entry.lemma === lemma && (r.form === 'third' || r.form === 'past')) });
    }
  }
  return forms;
})();

/**
 * The document subject before the verb at `k`: adverbs ("not only", "both") join the cue, a
 * dashed aside ("― which weaves ... ―") is passed over, and the phrase must open with a
 * document noun near its start followed by nothing or a participle or prepositional phrase.
 */
function subjectOf(tokens: readonly Token[], from: number, k: number, plural: boolean): { source: { start: number; end: number }; cueStart: number } | null {
  let cueStart = k;
  while (cueStart - 1 > from && (isCueAdverb(tokens[cueStart - 1]!) || /^(both|only)$/.test(tokens[cueStart - 1]!.lower)) && !tokens[cueStart - 1]!.upper) cueStart--;
  let end = cueStart;
  // "not only documented", "both documents": the correlative is the sentence's, not the cue's.
  while (cueStart < k && /^(not|only|both)$/.test(tokens[cueStart]!.lower)) cueStart++;
  // "The film ― which weaves ... ― explains": the aside is the reporter's.
  const dash = tokens[end - 1];
  let aside = false;
  if (dash && isComma(dash) && dash.text !== ',') {
    let j = end - 2;
    while (j > from && j > end - MAX_ASIDE && tokens[j]!.text !== dash.text) j--;
    if (j <= from || tokens[j]!.text !== dash.text) return null;
    end = j;
    aside = true;
  }
  let start = end;
  while (start > from && end - start < MAX_SUBJECT && inSubject(tokens, start - 1)) start--;
  while (start < end && isLeadingLink(tokens[start]!)) start++;
  if (start >= end || (start > from && !edgeBefore(tokens[start - 1]!))) return null;
  let head = -1;
  for (let j = start; j < end && j <= start + MAX_HEAD_OFFSET; j++) {
    if (DOCUMENT_NOUNS.has(tokens[j]!.lower) && !tokens[j]!.upper) { head = j; break; }
  }
  if (head < 0) return null;
  // A base-form verb agrees with a plural head only ("leaked documents ... show").
  if (plural && !/s$/.test(tokens[head]!.lower)) return null;
  const first = tokens[start]!;
  // "leaked documents from his 1995 tax return show": a plural needs no determiner.
  if (!/^(a|an|the|this|that|these|those|its|his|her|their|our|new)$/.test(first.lower) && !first.upper && !plural) return null;
  // "The poll released Friday shows": after the noun, nothing, or a participle or preposition.
  const tail = head + 1;
  if (tail < end && !TAIL_OPENERS.has(tokens[tail]!.lower)) return null;
  // Without anything between noun and verb the verb frames read the sentence: leave it to them.
  if (tail === end && !aside && end === k) return null;
  return { source: { start, end }, cueStart };
}

/** Tokens that can sit inside a subject noun phrase. */
function inSubject(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind === 'word') return !(isClauseBreak(t) || (isAuxiliary(t) && t.lower !== 'being' && t.lower !== "'s") || /^(and|but|or|said|says)$/.test(t.lower));
  if (t.kind === 'quote') return (t.text === '’' || t.text === "'") && tokens[j + 1]?.kind === 'word';
  return /^[()\-–.'’&/]$/.test(t.text) && t.text !== '.' ? true : t.text === '.' && !!tokens[j - 1]?.upper && (tokens[j - 1]!.text.length <= 3);
}

/** What may come right before a subject: the sentence's start, a comma, a colon, a link. */
function edgeBefore(t: Token): boolean {
  return isEnd(t) || isComma(t) || t.text === ':' || t.kind === 'quote' || isLeadingLink(t) || /^(that|which|because|while|when|if|although|though|and|but|as|after|before|since|until|once)$/.test(t.lower);
}
