import type { Attribution, Figure, Sentence } from '../model';

/**
 * Finds who said what in a report's text. (Placeholder signature: the attributions issue fills it in.)
 */
export function readAttributions(text: string, sentences: readonly Sentence[], figures: readonly Figure[]): Attribution[] {
  void text; void sentences; void figures;
  return [];
}
