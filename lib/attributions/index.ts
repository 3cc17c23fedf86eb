import type { Attribution, Figure, Sentence, Span } from '../model';
import { sentenceAt } from '../text/sentences';
import { tokenize, tokenAt, type Token } from './tokens';
import { findQuotations, type Quotation } from './quotes';
import type { Page } from './content';
import { readFrames, type Frame } from './frames';
import { accordingTo, colonSpeaker, hedgedClaims, nominalCues, objectInfinitives } from './special-frames';
import { resolveEntities } from './coreference';
import { subjectNames } from './context-names';
import { describeContent } from './describe';
import { coveredFigures } from './coverage';
import { creditLines } from './credit-lines';
import { pollSettings } from './poll-frames';

export { sameEntity, normaliseEntity } from './entities';

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
  for (const clause of joinContinuations(text, sentences)) {
    const from = tokenAt(page.tokens, clause.start);
    const to = tokenAt(page.tokens, clause.end);
    if (from >= to) continue;
    for (const { frame, previous } of framesOfSentence(page, from, to, quoted, clause.start)) {
      const sentence = Math.max(0, sentenceAt(sentences, page.tokens[frame.cue.start]!.start));
      found.push({ frame, sentence, previous: previous === null ? null : found.length - (previous + 1) });
    }
    for (const frame of creditLines(page, from, to)) found.push({ frame, sentence: Math.max(0, sentenceAt(sentences, page.tokens[frame.cue.start]!.start)), previous: null });
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
    if (last && first !== first.toUpperCase() && /[”"’'»]\s*$/.test(text.slice(Math.max(last.start, last.end - 3), last.end)) && !/\n/.test(text.slice(last.end, s.start))) {
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
  return { text, tokens, quotations, quoteByStart, quoteByEnd };
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
  const chosen: Frame[] = [];
  const takenTokens = new Set<number>();
  const overlaps = (f: Frame): boolean => {
    for (let k = f.cue.start; k < f.cue.end; k++) if (takenTokens.has(k)) return true;
    // Univocal, as the corpus: a cue inside another attribution's content is the quoted speaker's.
    const cueStart = page.tokens[f.cue.start]!.start;
    if (chosen.some((c) => cueStart >= c.content.start && cueStart < c.content.end)) return true;
    if (chosen.some((c) => { const s = page.tokens[c.cue.start]!.start; return s >= f.content.start && s < f.content.end; })) return true;
    return chosen.some((c) => spansOverlap(c, f));
  };
  const take = (f: Frame): void => {
    chosen.push(f);
    for (let k = f.cue.start; k < f.cue.end; k++) takenTokens.add(k);
  };
  const verbFrames = readFrames(page, from, to, quoted, sentenceStart);
  // "BALASORE: Odisha Chief Secretary Pradeep Jena said ...": with a verb frame after it the
  // colon ends a dateline, not a speaker's name.
  for (const f of colonSpeaker(page, from, to)) if (!verbFrames.length) take(f);
  for (const f of accordingTo(page, from, to, quoted)) if (!overlaps(f)) take(f);
  const kept = new Map<number, number>();
  verbFrames.forEach((f, i) => {
    if (overlaps(f)) return;
    if (!f.source && f.sharesSourceOf !== null) {
      const shared = verbFrames[f.sharesSourceOf];
      if (!shared || !kept.has(f.sharesSourceOf)) return;
      f = { ...f, source: shared.source };
    }
    kept.set(i, chosen.length);
    take(f);
  });
  const inContent = (k: number): boolean => takenTokens.has(k) || chosen.some((c) => page.tokens[k]!.start >= c.content.start && page.tokens[k]!.end <= c.content.end);
  for (const f of nominalCues(page, from, to, quoted, inContent)) if (!overlaps(f)) take(f);
  for (const f of pollSettings(page, from, to, quoted, inContent)) if (!overlaps(f)) take(f);
  for (const f of objectInfinitives(page, from, to, quoted, inContent)) if (!overlaps(f)) take(f);
  for (const f of hedgedClaims(page, from, to, quoted, inContent)) if (!overlaps(f)) take(f);
  chosen.sort((a, b) => a.cue.start - b.cue.start);
  return chosen.map((frame, i) => {
    let previous: number | null = null;
    for (let j = i - 1; j >= 0; j--) if (chosen[j]!.source) { previous = i - 1 - j; break; }
    return { frame, previous };
  });
}

/** Frames overlap when a cue or source of one lies inside the other's cue or source. */
function spansOverlap(a: Frame, b: Frame): boolean {
  const ranges = (f: Frame): [number, number][] => [[f.cue.start, f.cue.end], ...(f.source ? [[f.source.start, f.source.end] as [number, number]] : [])];
  // A shared source ("Speaking to ANI, Jena said") is the same span, not a clash.
  const shared = (x: [number, number], y: [number, number]): boolean => x[0] === y[0] && x[1] === y[1] && !!a.source && !!b.source && a.source.start === x[0] && b.source.start === y[0];
  for (const [s1, e1] of ranges(a)) for (const [s2, e2] of ranges(b)) if (s1 < e2 && s2 < e1 && !shared([s1, e1], [s2, e2])) return true;
  return false;
}

function spanAt(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}
