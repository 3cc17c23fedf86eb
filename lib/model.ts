/**
 * The shapes every step of the pipeline shares. A report is stored, so its shape is versioned
 * (REPORT_SCHEMA); bump it with a migration in lib/store when a stored field changes meaning.
 *
 * Offsets are UTF-16 code-unit offsets into `Report.text` (what `String.prototype.slice` uses),
 * the same as the command-line contract's.
 */

export const REPORT_SCHEMA = 1;

/** A piece of the report's text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A sentence, by offsets into the report's text. */
export interface Sentence {
  start: number;
  end: number;
}

/** "=" exact, "~" approximate, ">" more than / at least, "<" less than / up to. */
export type Bound = '=' | '~' | '>' | '<';

export type FigureKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'measure'
  | 'multiplier'
  | 'ordinal'
  | 'date'
  | 'time'
  | 'year'
  | 'age'
  | 'score'
  | 'vague'
  | 'other';

/** Kinds that are not figures of the event (they are read so that they are not mistaken for one). */
export const NON_EVENT_KINDS: ReadonlySet<FigureKind> = new Set(['ordinal', 'date', 'time', 'year', 'age', 'score', 'other']);

/** A number as a careful editor reads it: value, how sure, what is counted. */
export interface Figure extends Span {
  /** The value; for a range the low end; for a vague amount its lower bound ("dozens" = 24). */
  value: number;
  low: number;
  high: number | null;
  bound: Bound;
  /** The approximation word as written ("about", "nearly", "at least"), lower case; null if none. */
  hedge: string | null;
  change: 'up' | 'down' | null;
  /** For a change or revision, the earlier value ("up from 127" -> 127). */
  from: number | null;
  kind: FigureKind;
  /** Unit, currency or counted noun as written; "" if none. */
  unit: string;
  /** The thing counted or measured, as a phrase ("police officers and military servicemen killed"). */
  what: string;
  /** The event predicate, lemma-like ("killed", "injured", "arrested"), or null. */
  predicate: string | null;
  /** True when the figure is a part of another ("including 26 foreigners"). */
  part: boolean;
  /** Index of the sentence that holds it. */
  sentence: number;
}

/** neutral (said), assertive (confirmed), tentative (suggested), distancing (claimed). */
export type Stance = 'neutral' | 'assertive' | 'tentative' | 'distancing';

/** Who said it, with which verb, in which words. */
export interface Attribution {
  source: Span | null;
  cue: Span;
  content: Span;
  /** Normalised source name, coreference resolved ("it" -> "interior ministry"); null if none. */
  entity: string | null;
  stance: Stance;
  /** The content is a direct quotation. */
  quote: boolean;
  /** Quoted words inside the content (partial quotes too), without the quote marks. */
  quotes: Span[];
  /** Hedging adverbs in the content ("allegedly", "reportedly"). */
  hedges: string[];
  /** Index of the sentence that holds the cue. */
  sentence: number;
  /** Indices into `Report.figures` of the figures this attribution covers. */
  figures: number[];
}

/** What the content script extracts from a page (or the command from a file). */
export interface Article {
  url: string | null;
  canonicalUrl: string | null;
  outlet: string;
  title: string;
  byline: string | null;
  lang: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  text: string;
}

/** An article analysed: the unit that is stored, matched and compared. */
export interface Report extends Article {
  id: string;
  capturedAt: string;
  sentences: Sentence[];
  figures: Figure[];
  attributions: Attribution[];
  schema: number;
}

/** Difference kinds, as in shared/gold/seed-pair.json and the command contract. */
export type DifferenceKind = 'value' | 'hedge' | 'only' | 'source' | 'cue' | 'quote' | 'term' | 'update' | 'stance';

export type ItemStatus = 'differs' | 'agrees' | 'single';

export interface ReportRef {
  id: string;
  outlet: string;
  title: string;
  publishedAt: string | null;
  url: string | null;
  /** Ids of other reports that are copies of this one (the same wire story). */
  copies?: string[];
  /** Set on a copy: the id of the report it is a copy of (its figures are shown there). */
  copyOf?: string;
}

/** Where an item stands in a report: its sentence and offsets, so the reader can jump to it. */
export interface Evidence {
  report: string;
  /** The sentence's text; start/end are its offsets in the report's text. */
  sentence: string;
  start: number;
  end: number;
  /** Offsets of the exact words inside the sentence (the figure, or the reporting verb). */
  span?: { start: number; end: number };
}

export interface FigureMention extends Evidence {
  text: string;
  value: number;
  low: number;
  high: number | null;
  bound: Bound;
  hedge: string | null;
  kind: FigureKind;
  unit: string;
  what: string;
  source: string | null;
  cue: string | null;
  stance: Stance | null;
  /** A later report that still carries a count an earlier report had already superseded. */
  stale?: boolean;
}

/** A count that changed over time: "up from 164 to 225 between 10:00 and 18:00". */
export interface FigureUpdate {
  from: number;
  to: number;
  fromAt: string | null;
  toAt: string | null;
  direction: 'up' | 'down';
}

export interface FigureItem {
  what: string;
  status: ItemStatus;
  kinds: DifferenceKind[];
  mentions: FigureMention[];
  /** Set when the values differ because later reports give later counts (kind "update"). */
  update?: FigureUpdate;
}

export interface AttributionMention extends Evidence {
  cue: string;
  stance: Stance;
  quote: string | null;
  /** Every quoted passage of this attribution (partial quotes too); `quote` is the first. */
  quotes?: string[];
  /** The source's name as this report gives it ("the Interior Ministry"). */
  source?: string;
}

export interface AttributionItem {
  entity: string;
  status: ItemStatus;
  kinds: DifferenceKind[];
  mentions: AttributionMention[];
}

/** The comparison of one event's reports; the first report is the one being read. */
export interface Comparison {
  reports: ReportRef[];
  numbers: FigureItem[];
  attributions: AttributionItem[];
}
