import type { Evidence, Report } from '../model';

/**
 * Where something stands in a report: its sentence (text and offsets) and the exact words.
 * Offsets are UTF-16 code units into the report's text, as everywhere in Parallax.
 */
export function evidenceOf(report: Report, sentence: number, start: number, end: number): Evidence {
  const s = report.sentences[sentence] ?? sentenceAround(report, start);
  return {
    report: report.id,
    sentence: report.text.slice(s.start, s.end).trim(),
    start: s.start + leadingSpace(report.text, s.start, s.end),
    end: s.end - trailingSpace(report.text, s.start, s.end),
    span: { start, end },
  };
}

function leadingSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /\s/.test(text[i]!)) i++;
  return i - start;
}

function trailingSpace(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return end - i;
}

/** The sentence holding an offset, for reports whose sentence index is missing. */
function sentenceAround(report: Report, at: number): { start: number; end: number } {
  const found = report.sentences.find((s) => s.start <= at && at < s.end);
  if (found) return found;
  const text = report.text;
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}
