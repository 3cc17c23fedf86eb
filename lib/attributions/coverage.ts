import type { Figure, Sentence, Span } from '../model';

/** "The updated figure was published by ...": content that points back at an earlier number. */
const ANAPHORIC = /^(?:the|this|that|these|those)\s+(?:(?:new|updated|latest|revised|official|earlier|previous|final|initial|same)\s+)*(?:figure|figures|toll|death toll|number|numbers|tally|count|estimate|data|statistics)\b/i;

/** How many sentences back an anaphoric content may look for its figures. */
const LOOK_BACK = 2;

/**
 * The figures an attribution covers: those inside its content; for content that only points
 * back ("the updated figure"), those of the nearest earlier sentence that has figures.
 */
export function coveredFigures(text: string, content: Span, sentence: number, sentences: readonly Sentence[], figures: readonly Figure[]): number[] {
  const inside = figuresWithin(figures, content);
  if (inside.length || !ANAPHORIC.test(text.slice(content.start, content.end))) return inside;
  for (let s = sentence - 1; s >= 0 && s >= sentence - LOOK_BACK; s--) {
    const earlier = figuresWithin(figures, sentences[s]!);
    if (earlier.length) return earlier;
  }
  return [];
}

/**
 * The indices of the figures inside `span`. It runs for every attribution: figures in text
 * order (as readFigures gives them) are found by binary search, not by a scan of them all.
 */
function figuresWithin(figures: readonly Figure[], span: { start: number; end: number }): number[] {
  const out: number[] = [];
  if (!inTextOrder(figures)) {
    for (let i = 0; i < figures.length; i++) if (figures[i]!.start >= span.start && figures[i]!.end <= span.end) out.push(i);
    return out;
  }
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < figures.length && figures[i]!.start <= span.end; i++) if (figures[i]!.end <= span.end) out.push(i);
  return out;
}

/**
 * Whether the figures' starts never go down: checked once per list (the list is read-only; its
 * length is kept with the answer all the same, so a list that grew is checked again).
 */
const ordered = new WeakMap<readonly Figure[], { length: number; sorted: boolean }>();
function inTextOrder(figures: readonly Figure[]): boolean {
  const known = ordered.get(figures);
  if (known && known.length === figures.length) return known.sorted;
  let sorted = true;
  for (let i = 1; i < figures.length && sorted; i++) sorted = figures[i]!.start >= figures[i - 1]!.start;
  ordered.set(figures, { length: figures.length, sorted });
  return sorted;
}
