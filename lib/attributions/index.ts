import type { Attribution, Figure, Sentence, Span } from '../model';
import { sentenceAt } from '../text/sentences';
import { tokenize, tokenAt, type Token } from './tokens';
import { findQuotations, type Quotation } from './quotes';
import type { Page } from './content';
import { readFrames, type Frame } from './frames';
import { accordingTo, colonSpeaker, creditLine, hedgedClaims, nominalCues, objectInfinitives } from './special-frames';
import { resolveEntities } from './coreference';
import { subjectNames } from './context-names';
import { describeContent } from './describe';
import { coveredFigures } from './coverage';
import { pollSettings } from './poll-frames';
import { impressions } from './impressions';
import { heardFrom } from './heard-from';
import { putItFrames } from './put-it';
import { evidentClaims } from './evident';
import { predicateStances } from './predicate-stances';
import { documentSubjects } from './document-subjects';
import { ruleSubjects } from './rule-subjects';
import { movedObjects } from './moved-objects';
import { intentAdjectives } from './intent-adjectives';
import { feelingsAt, receivedJudgements } from './reception';
import { namesNoOne, questionToReader, verbPhraseSource } from './source-shape';
import { TRIGGERS, sentenceTriggers, tokenTriggers, triggerPlaces } from './triggers';

export { sameEntity, normaliseEntity } from './entities';

/** Longest stretch of tokens read as one sentence (real sentences are far shorter). */
const MAX_SENTENCE_TOKENS = 400;

/**
 * Finds who said what in a report's text: for each attribution its source, cue and content as
 * spans, the normalised entity (pronouns and short forms resolved), the stance of the cue, the
 * quoted words and hedges in the content, and the figures it covers. Linear in the text.
 * @example readAttributions('The ministry said 18 died.', [{start: 0, end: 26}], [])[0].entity // "ministry"
 */
export function readAttributions(text: string, sentences: readonly Sentence[], figures: readonly Figure[]): Attribution[] {
  const page = readPage(text);
  const quoted = markQuoted(page.tokens, page.quotations);
  const found: { frame: Frame; sentence: number; previous: number | null }[] = [];
  // Sentences come in reading order: their tokens are met walking forward once through the page
  // (a binary search per sentence jumped about memory for each step), and by a search only
  // should a sentence ever start before the last one ended.
  let k = 0;
  for (const clause of joinContinuations(text, sentences)) {
    if (k > 0 && page.tokens[k - 1]!.start >= clause.start) k = tokenAt(page.tokens, clause.start);
    while (k < page.tokens.length && page.tokens[k]!.start < clause.start) k++;
    const start = k;
    while (k < page.tokens.length && page.tokens[k]!.start < clause.end) k++;
    const end = k;
    // A "sentence" with no end in sight (a page without full stops) is read in windows: the
    // choice among a sentence's frames compares each with the others, so it must stay small.
    // A window never ends inside a quotation: the quotation is one content, however long.
    for (let from = start, to = start; from < end; from = to) {
      to = Math.min(end, from + MAX_SENTENCE_TOKENS);
      while (to < end && quoted[to]) to++;
      if (to < end && to > from && quoted[to - 1] && page.tokens[to]!.kind === 'quote') to++;
      const at = from === start ? clause.start : page.tokens[from]!.start;
      for (const { frame, previous } of framesOfSentence(page, from, to, quoted, at)) {
        const sentence = Math.max(0, sentenceAt(sentences, page.tokens[frame.cue.start]!.start));
        found.push({ frame, sentence, previous: previous === null ? null : found.length - (previous + 1) });
      }
    }
  }
  const spanOf = (r: { start: number; end: number }): Span => spanAt(text, page.tokens[r.start]!.start, page.tokens[r.end - 1]!.end);
  const sources = found.map(({ frame }) => (frame.source ? spanOf(frame.source) : null));
  const entities = resolveEntities(sources.map((s) => s?.text ?? null), found.map((f) => f.previous), subjectNames(text, sentences, found.map(({ frame }) => page.tokens[(frame.source ?? frame.cue).start]!.start)));
  return found.map(({ frame, sentence }, i) => {
    const content = spanAt(text, frame.content.start, frame.content.end);
    const described = describeContent(page, content);
    return {
      source: sources[i] ?? null,
      cue: spanOf(frame.cue),
      content,
      entity: entities[i] ?? null,
      stance: frame.stance,
      quote: described.quote,
      quotes: described.quotes,
      hedges: described.hedges,
      sentence,
      figures: coveredFigures(text, content, sentence, sentences, figures),
    };
  });
}

/**
 * Sentences as the patterns need them: a sentence break inside "“... itself?” he asks." is
 * undone, since the part after the quotation starts in lower case and belongs to it.
 */
function joinContinuations(text: string, sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    const first = text[s.start] ?? '';
    const continues = !!last && first !== first.toUpperCase() && /[”"’'»]\s*$/.test(text.slice(Math.max(last.start, last.end - 3), last.end)) && !/\n/.test(text.slice(last.end, s.start));
    if (last && continues) {
      out[out.length - 1] = { start: last.start, end: s.end };
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function readPage(text: string): Page {
  const tokens = tokenize(text);
  const quotations = findQuotations(text);
  const quoteByStart = new Map<number, Quotation>();
  const quoteByEnd = new Map<number, Quotation>();
  for (const q of quotations) {
    if (!quoteByStart.has(q.start) || quoteByStart.get(q.start)!.depth > q.depth) quoteByStart.set(q.start, q);
    if (!quoteByEnd.has(q.end) || quoteByEnd.get(q.end)!.depth > q.depth) quoteByEnd.set(q.end, q);
  }
  return { text, tokens, quotations, quoteByStart, quoteByEnd, triggers: tokenTriggers(tokens) };
}

/** Marks the tokens inside an outermost quotation (their verbs are the quoted speaker's). */
function markQuoted(tokens: readonly Token[], quotations: readonly Quotation[]): Uint8Array {
  const quoted = new Uint8Array(tokens.length);
  for (const q of quotations) {
    if (q.depth !== 0) continue;
    for (let k = tokenAt(tokens, q.innerStart); k < tokens.length && tokens[k]!.end <= q.innerEnd; k++) quoted[k] = 1;
  }
  return quoted;
}

/**
 * The frames of one sentence, the special ones first (a colon speaker, "according to"), then
 * verb frames, then nominal cues and bare hedges on what is left. `previous` is, for a frame
 * that shares its source, how many frames back (in this sentence) the source is.
 */
function framesOfSentence(page: Page, from: number, to: number, quoted: Uint8Array, sentenceStart: number): { frame: Frame; previous: number | null }[] {
  // Each rule runs only where a word of its own is (most sentences have no "according", no hedge).
  const can = sentenceTriggers(page.triggers, from, to, quoted);
  if (!can) return [];
  const chosen: Frame[] = [];
  if (can & TRIGGERS.credit) for (const f of creditLine(page, from, to)) chosen.push(f);
  const verbFrames = can & TRIGGERS.verbs ? readFrames(page, from, to, quoted, sentenceStart) : [];
  // "BALASORE: Odisha Chief Secretary Pradeep Jena said ...": with a verb frame after it the
  // colon ends a dateline, not a speaker's name.
  // A headline or a quotation after the name wins over the verbs inside it.
  if (can & TRIGGERS.colon) for (const { headline, ...f } of colonSpeaker(page, from, to)) if (!verbFrames.length || (headline && !overlaps(page, chosen, f))) chosen.push(f);
  if (can & TRIGGERS.according) for (const f of accordingTo(page, from, to, quoted)) if (!overlaps(page, chosen, f)) chosen.push(f);
  // "As X put it, ..." frames the sentence as "according to" does: the verbs after it are X's words.
  if (can & TRIGGERS.putIt) for (const f of putItFrames(page, from, to, quoted, () => false)) if (!overlaps(page, chosen, f)) chosen.push(f);
  // The smaller frames below read only the places of their own words (a document's verb, "obvious", "opponent", "criticism").
  // "a 46-page analysis released by the VA last month reveals ...": a document's long subject.
  if (can & TRIGGERS.document) for (const f of documentSubjects(page, from, to, quoted, verbFrames, triggerPlaces(page.triggers, from, to, TRIGGERS.document))) if (!overlaps(page, chosen, f)) chosen.push(f);
  // "It is apparent that Clinton wanted ...": the writer's evaluation holds the clause whole.
  if (can & TRIGGERS.evident) for (const f of evidentClaims(page, from, to, quoted, () => false, triggerPlaces(page.triggers, from, to, TRIGGERS.evident))) if (!overlaps(page, chosen, f)) chosen.push(f);
  const kept: boolean[] = [];
  for (let i = 0; i < verbFrames.length; i++) {
    let f = verbFrames[i]!;
    if (overlaps(page, chosen, f)) continue;
    if (!f.source && f.sharesSourceOf !== null) {
      const shared = verbFrames[f.sharesSourceOf];
      if (!shared || kept[f.sharesSourceOf] !== true) continue;
      f = { ...f, source: shared.source };
    }
    kept[i] = true;
    chosen.push(f);
  }
  // Most sentences end here: no frame and no rule left to run (nothing more to make for them).
  if (!chosen.length && !(can & LATER_RULES)) return [];
  const taken = inContentOf(page, chosen);
  if (can & TRIGGERS.nominal) for (const f of nominalCues(page, from, to, quoted, taken, triggerPlaces(page.triggers, from, to, TRIGGERS.nominal))) if (!overlaps(page, chosen, f)) chosen.push(f);
  if (can & TRIGGERS.predicate) for (const f of predicateStances(page, from, to, quoted, taken, triggerPlaces(page.triggers, from, to, TRIGGERS.predicate))) if (!overlaps(page, chosen, f)) chosen.push(f);
  if (can & (TRIGGERS.judgement | TRIGGERS.feeling)) for (const f of [...receivedJudgements(page, from, to, quoted, taken, triggerPlaces(page.triggers, from, to, TRIGGERS.judgement)), ...feelingsAt(page, from, to, quoted, taken, triggerPlaces(page.triggers, from, to, TRIGGERS.feeling))]) if (!overlaps(page, chosen, f)) chosen.push(f);
  if (can & TRIGGERS.poll) for (const f of pollSettings(page, from, to, quoted, taken)) if (!overlaps(page, chosen, f)) chosen.push(f);
  if (can & TRIGGERS.objectInfinitive) for (const f of objectInfinitives(page, from, to, quoted, taken)) if (!overlaps(page, chosen, f)) chosen.push(f);
  if (can & TRIGGERS.hedge) for (const f of hedgedClaims(page, from, to, quoted, taken)) if (!overlaps(page, chosen, f)) chosen.push(f);
  if (can & TRIGGERS.seem) for (const f of impressions(page, from, to, quoted, taken)) if (!overlaps(page, chosen, f)) chosen.push(f);
  if (can & TRIGGERS.heard) for (const f of heardFrom(page, from, to, quoted, taken)) if (!overlaps(page, chosen, f)) chosen.push(f);
  // "DNC rules permit members to ...": a rule's leave or ban is its statement.
  if (can & TRIGGERS.rule) for (const f of ruleSubjects(page, from, to, quoted, taken, triggerPlaces(page.triggers, from, to, TRIGGERS.rule))) if (!overlaps(page, chosen, f)) chosen.push(f);
  // "That worries environmentalists": the one moved holds the feeling.
  if (can & TRIGGERS.moved) for (const f of movedObjects(page, from, to, quoted, taken, triggerPlaces(page.triggers, from, to, TRIGGERS.moved))) if (!overlaps(page, chosen, f)) chosen.push(f);
  // "some Republicans were willing to go forward": an intent held as an adjective.
  if (can & TRIGGERS.intent) for (const f of intentAdjectives(page, from, to, quoted, taken, triggerPlaces(page.triggers, from, to, TRIGGERS.intent))) if (!overlaps(page, chosen, f)) chosen.push(f);
  // Most sentences hold no frame: nothing to sort, filter or number.
  if (!chosen.length) return [];
  chosen.sort((a, b) => a.cue.start - b.cue.start);
  const shaped = chosen.filter((f) => !verbPhraseSource(page.tokens, f.source) && !questionToReader(page.tokens, f.source, from)).map((f) => (namesNoOne(page.tokens, f.source) ? { ...f, source: null } : f));
  return shaped.map((frame, i) => {
    let previous: number | null = null;
    for (let j = i - 1; j >= 0; j--) if (shaped[j]!.source) { previous = i - 1 - j; break; }
    return { frame, previous };
  });
}

/** The rules run after the verb frames, on what those leave. */
const LATER_RULES = TRIGGERS.nominal | TRIGGERS.predicate | TRIGGERS.judgement | TRIGGERS.feeling | TRIGGERS.poll | TRIGGERS.objectInfinitive | TRIGGERS.hedge | TRIGGERS.seem | TRIGGERS.heard | TRIGGERS.rule | TRIGGERS.moved | TRIGGERS.intent;

/** Whether frame `f` clashes with one already chosen (the tokens of the chosen cues are taken). */
function overlaps(page: Page, chosen: readonly Frame[], f: Frame): boolean {
  if (f.cue.start < f.cue.end) for (const c of chosen) if (c.cue.start < c.cue.end && f.cue.start < c.cue.end && c.cue.start < f.cue.end) return true;
  // Univocal, as the corpus: a cue inside another attribution's content is the quoted speaker's.
  const cueStart = page.tokens[f.cue.start]!.start;
  for (const c of chosen) if (cueStart >= c.content.start && cueStart < c.content.end) return true;
  for (const c of chosen) {
    const s = page.tokens[c.cue.start]!.start;
    if (s >= f.content.start && s < f.content.end) return true;
  }
  for (const c of chosen) if (spansOverlap(c, f)) return true;
  return false;
}

/** The test below for the frames chosen so far (an unnamed closure: tsx names every named one it makes). */
function inContentOf(page: Page, chosen: readonly Frame[]): (k: number) => boolean {
  return (k) => inContent(page, chosen, k);
}

/** Token k is taken by a chosen cue or lies inside a chosen frame's content. */
function inContent(page: Page, chosen: readonly Frame[], k: number): boolean {
  for (const c of chosen) if (k >= c.cue.start && k < c.cue.end) return true;
  const t = page.tokens[k]!;
  for (const c of chosen) if (t.start >= c.content.start && t.end <= c.content.end) return true;
  return false;
}

/** Frames overlap when a cue or source of one lies inside the other's cue or source. */
function spansOverlap(a: Frame, b: Frame): boolean {
  // Each range of a (cue, source) against each of b, without making the ranges as arrays (asked
  // for every pair of frames a sentence considers).
  return rangeClashes(a, b, a.cue.start, a.cue.end) || (!!a.source && rangeClashes(a, b, a.source.start, a.source.end));
}

function rangeClashes(a: Frame, b: Frame, s1: number, e1: number): boolean {
  return clash(a, b, s1, e1, b.cue.start, b.cue.end) || (!!b.source && clash(a, b, s1, e1, b.source.start, b.source.end));
}

/** Ranges [s1, e1) of a and [s2, e2) of b overlap; a shared source ("Speaking to ANI, Jena said") is the same span, not a clash. */
function clash(a: Frame, b: Frame, s1: number, e1: number, s2: number, e2: number): boolean {
  return s1 < e2 && s2 < e1 && !(s1 === s2 && e1 === e2 && !!a.source && !!b.source && a.source.start === s1 && b.source.start === s2);
}

function spanAt(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}
