import type { Figure, Report } from '../model';
import { NON_EVENT_KINDS } from '../model';
import { countedOf, type Candidate } from './align';
import { figureSources, type FigureSource } from './sources';
import { classInContext, classRightAfter, classesIn, overlap, sentenceTopic, stem, type Counted } from './counted';
import { actionAfter, isConfirmed, isEarlierCount, isIncrement, isProjection, measuredBefore } from './clause';
import { compatible } from './values';
import { anchorsMeet, anchorsOf } from './anchors';

/**
 * A report's figures as the alignment reads them: event figures only (no dates, years,
 * ordinals), each once (the most specific of its mentions), with what it counts, the names
 * narrowing it, how its clause gives it, and who gave it.
 */

export interface Read {
  candidate: Candidate;
  source: FigureSource | undefined;
}

/** How specific a figure is: attributed, hedged, with a fuller counted phrase. */
function specificity(r: Read): number {
  return (r.source ? 4 : 0) + (r.candidate.figure.hedge ? 2 : 0) + r.candidate.counted.words.size * 0.25 + (r.candidate.counted.cls ? 1 : 0);
}

/** One figure said twice in a report (headline and body): the same count, kept once, the most specific. */
function sameFigureTwice(a: Candidate, b: Candidate): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== fb.kind || fa.value !== fb.value || (fa.high ?? 0) !== (fb.high ?? 0) || !compatible(fa, fb)) return false;
  if (a.counted.cls !== b.counted.cls) return false;
  if (a.anchors.length && b.anchors.length && !anchorsMeet(a.anchors, b.anchors)) return false;
  return !a.counted.words.size || !b.counted.words.size || overlap(a.counted.words, b.counted.words) >= 0.5;
}

/**
 * A bare count ("Monroe (seven)") gets its class from its context; its term stays unknown, so
 * an inferred class never makes a term difference.
 */
function withContext(report: Report, figure: Figure, counted: Counted, topic: string | null): Counted {
  const measured = measuredBefore(report.text, figure);
  if (measured && !counted.cls && !classesIn(measured).size) return { ...counted, words: new Set([...counted.words, stem(measured)]) };
  if (!counted.cls && !counted.words.size) {
    const after = classRightAfter(report.text, figure);
    if (after) return { ...counted, cls: after[0], term: after[1] };
  }
  // Only a bare whole number: "400 people" names what it counts, even if "people" says little,
  // and 6.8 is no count of people.
  if (counted.cls || figure.unit || figure.what || (figure.kind !== 'count' && figure.kind !== 'vague') || !Number.isInteger(figure.value)) return counted;
  const sentence = report.sentences[figure.sentence];
  if (!sentence) return counted;
  return { ...counted, cls: classInContext(report.text, sentence, figure, topic) };
}

/**
 * Names most of the reports' titles share ("Hurricane Ian", "Florida"): where the event is, so
 * they narrow no figure within it. Folded words.
 */
export function namesOfEvent(reports: readonly Report[]): Set<string> {
  const count = new Map<string, number>();
  for (const r of reports) {
    for (const w of new Set((r.title.match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? []).map((t) => t.toLowerCase().replace(/[’']s$/, '')))) count.set(w, (count.get(w) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (reports.length < 2) return out;
  // Half the titles, and never a name only one title has.
  for (const [w, n] of count) if (n >= 2 && n * 2 >= reports.length) out.add(w);
  return out;
}

/** Anchors without the event's own names. */
function narrowing(anchors: string[][], eventNames: ReadonlySet<string>): string[][] {
  return anchors.filter((phrase) => !phrase.every((w) => eventNames.has(w)));
}

/**
 * An amount restated in another unit right after the first ("$60m (£53m)", "50 km (31 miles)"):
 * the same figure, shown once as the outlet first gave it.
 */
function isConversion(report: Report, index: number): boolean {
  const f = report.figures[index]!;
  const previous = report.figures[index - 1];
  if (!previous || previous.kind !== f.kind || (f.kind !== 'money' && f.kind !== 'measure')) return false;
  return /^\s*[([]\s*$/.test(report.text.slice(previous.end, f.start)) && /^\s*[)\]]/.test(report.text.slice(f.end, f.end + 3));
}

/** Keeps a figure unless the report already said it; then the more specific of the two. */
function keep(reads: Read[], read: Read): void {
  const twin = reads.findIndex((r) => sameFigureTwice(r.candidate, read.candidate));
  if (twin < 0) reads.push(read);
  else if (specificity(read) > specificity(reads[twin]!)) reads[twin] = read;
}

/**
 * The earlier count a revision carries ("275, down from 288" -> 288), as a figure of its own
 * so that it lines up with outlets that still give 288. Its span is the old number's digits
 * when they can be found inside the figure's text.
 */
function earlierOf(report: Report, f: Figure): Figure | null {
  if (f.from === null || f.from === undefined || !Number.isFinite(f.from) || f.from === f.value) return null;
  const digits = new RegExp(`\\b${f.from.toLocaleString('en').replace(/,/g, '[,.\\s]?')}\\b`).exec(f.text);
  const start = digits ? f.start + digits.index : f.start;
  const end = digits ? start + digits[0].length : f.end;
  return { ...f, text: report.text.slice(start, end), start, end, value: f.from, low: f.from, high: null, bound: '=', hedge: null, change: null, from: null };
}

export function readReport(report: Report, at: number, eventNames: ReadonlySet<string>): Read[] {
  const sources = figureSources(report);
  const reads: Read[] = [];
  // The class each sentence is about, carried forward for bare numbers in the next one.
  const topics: Array<string | null> = [];
  const withFigures = new Set(report.figures.filter((f) => !NON_EVENT_KINDS.has(f.kind)).map((f) => f.sentence));
  const lastFigure = Math.max(-1, ...withFigures);
  let topic: string | null = null;
  for (let i = 0; i <= lastFigure && i < report.sentences.length; i++) {
    topics[i] = topic;
    topic = sentenceTopic(report.text, report.sentences[i]!, topic, withFigures.has(i));
  }
  report.figures.forEach((figure, index) => {
    if (NON_EVENT_KINDS.has(figure.kind) || !Number.isFinite(figure.value)) return;
    // "Nobody", "zero": a count of none is a statement, not a figure outlets tally.
    if (figure.value === 0 && !/\d/.test(figure.text)) return;
    if (isConversion(report, index)) return;
    const source = sources.get(index);
    const counted = withContext(report, figure, countedOf(figure), topics[figure.sentence] ?? null);
    counted.earlier = isEarlierCount(report, figure, counted.cls !== null);
    counted.increment = isIncrement(report, figure);
    counted.action = actionAfter(report.text, figure);
    counted.confirmed = isConfirmed(report.text, figure);
    counted.projected = isProjection(report, figure);
    const read: Read = { candidate: { report: at, index, figure, counted, anchors: narrowing(anchorsOf(report, figure), eventNames), source: source?.entity ?? null }, source };
    keep(reads, read);
    const earlier = earlierOf(report, figure);
    if (earlier) keep(reads, { candidate: { ...read.candidate, figure: earlier, counted: { ...counted, earlier: true } }, source });
  });
  return reads;
}
