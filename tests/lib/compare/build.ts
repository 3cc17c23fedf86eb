import type { Attribution, Bound, Figure, FigureKind, Report, Stance } from '../../../lib/model';

/**
 * Hand-built reports for comparison tests: sentences as strings, figures and attributions named
 * by the words they cover in a sentence; offsets are computed, so every test report is
 * consistent (text.slice(start, end) === text).
 */

export interface FigureSpec {
  /** Sentence index. */
  s: number;
  /** The figure's words, as they stand in the sentence (first occurrence, or after `after`). */
  text: string;
  value: number;
  high?: number | null;
  bound?: Bound;
  hedge?: string | null;
  kind?: FigureKind;
  unit?: string;
  what?: string;
  predicate?: string | null;
  part?: boolean;
  from?: number | null;
}

export interface AttributionSpec {
  s: number;
  source: string | null;
  cue: string;
  /** The content's words; defaults to the sentence without the source and cue. */
  content?: string;
  entity?: string | null;
  stance?: Stance;
  quotes?: string[];
  /** Hedging adverbs in the content ("allegedly"). */
  hedges?: string[];
  /** Figure indices covered. */
  figures?: number[];
}

export interface ReportSpec {
  id: string;
  outlet?: string;
  publishedAt?: string | null;
  title?: string;
  url?: string | null;
  sentences: string[];
  figures?: FigureSpec[];
  attributions?: AttributionSpec[];
}

function locate(text: string, start: number, end: number, words: string): { start: number; end: number } {
  const at = text.slice(start, end).indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in "${text.slice(start, end)}"`);
  return { start: start + at, end: start + at + words.length };
}

export function report(spec: ReportSpec): Report {
  let text = '';
  const sentences = spec.sentences.map((s) => {
    const start = text.length;
    text += s;
    const end = text.length;
    text += ' ';
    return { start, end };
  });
  text = text.trimEnd();
  const figures: Figure[] = (spec.figures ?? []).map((f) => {
    const s = sentences[f.s]!;
    const at = locate(text, s.start, s.end, f.text);
    const bound = f.bound ?? '=';
    return {
      text: f.text, ...at, value: f.value, low: f.value, high: f.high ?? null, bound, hedge: f.hedge ?? null, change: null, from: f.from ?? null,
      kind: f.kind ?? 'count', unit: f.unit ?? '', what: f.what ?? '', predicate: f.predicate ?? null, part: f.part ?? false, sentence: f.s,
    };
  });
  const attributions: Attribution[] = (spec.attributions ?? []).map((a) => {
    const s = sentences[a.s]!;
    const cue = { text: a.cue, ...locate(text, s.start, s.end, a.cue) };
    const source = a.source ? { text: a.source, ...locate(text, s.start, s.end, a.source) } : null;
    const contentWords = a.content ?? text.slice(s.start, s.end);
    const content = { text: contentWords, ...locate(text, s.start, s.end, contentWords) };
    const quotes = (a.quotes ?? []).map((q) => ({ text: q, ...locate(text, s.start, s.end, q) }));
    return {
      source, cue, content, entity: a.entity === undefined ? (a.source ? a.source.toLowerCase().replace(/^the /, '') : null) : a.entity,
      stance: a.stance ?? 'neutral', quote: quotes.length > 0 && quotes[0]!.text === contentWords, quotes, hedges: a.hedges ?? [], sentence: a.s, figures: a.figures ?? [],
    };
  });
  return {
    id: spec.id, url: spec.url ?? null, canonicalUrl: spec.url ?? null, outlet: spec.outlet ?? spec.id.toUpperCase(), title: spec.title ?? '', byline: null, lang: 'en',
    publishedAt: spec.publishedAt === undefined ? '2024-03-01T10:00:00Z' : spec.publishedAt, modifiedAt: null, text, capturedAt: '2024-03-01T12:00:00Z',
    sentences, figures, attributions, schema: 1,
  };
}

/** A one-sentence report giving one count: the common case of the tables. */
export function oneFigure(id: string, sentence: string, figure: Omit<FigureSpec, 's'>, extra: Partial<ReportSpec> = {}): Report {
  return report({ id, sentences: [sentence], figures: [{ s: 0, ...figure }], ...extra });
}
