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
  const inside: number[] = [];
  figures.forEach((f, i) => {
    if (f.start >= content.start && f.end <= content.end) inside.push(i);
  });
  if (inside.length || !ANAPHORIC.test(text.slice(content.start, content.end))) return inside;
  for (let s = sentence - 1; s >= 0 && s >= sentence - LOOK_BACK; s--) {
    const span = sentences[s]!;
    const earlier: number[] = [];
    figures.forEach((f, i) => {
      if (f.start >= span.start && f.end <= span.end) earlier.push(i);
    });
    if (earlier.length) return earlier;
  }
  return [];
}
