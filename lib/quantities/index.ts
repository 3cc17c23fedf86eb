import type { Figure, Sentence } from '../model';

/**
 * Reads every figure in a report's text. (Placeholder signature: the quantities issue fills it in.)
 */
export function readFigures(text: string, sentences: readonly Sentence[], lang?: string | null): Figure[] {
  void text; void sentences; void lang;
  return [];
}
