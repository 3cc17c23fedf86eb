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

/** The indices of the figures inside `span` (a plain loop: it runs for every attribution). */
function figuresWithin(figures: readonly Figure[], span: { start: number; end: number }): number[] {
  const out: number[] = [];
  for (let i = 0; i < figures.length; i++) if (figures[i]!.start >= span.start && figures[i]!.end <= span.end) out.push(i);
  return out;
}
