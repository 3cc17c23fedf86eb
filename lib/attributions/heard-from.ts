import type { Frame } from './frames';
import { contentAfter, type Page } from './content';
import { sourceAfter } from './source-after';

/**
 * "families heard from Assistant Fire Chief Raide Jadallah that the dogs were being withdrawn":
 * the listeners are the subject, the speaker follows "from", and what was said follows "that".
 * Only with the "that": "heard from them over and over" reports nothing. Read on what the other
 * frames leave (inside "..., the AP reported" the report's own frame wins).
 */
export const HEARING: ReadonlySet<string> = new Set(['heard', 'hear', 'hears']);

export function heardFrom(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (let k = from; k + 2 < to; k++) {
    if (!HEARING.has(tokens[k]!.lower) || tokens[k + 1]!.lower !== 'from' || quoted[k] || taken(k)) continue;
    const source = sourceAfter(tokens, k + 2, to);
    if (!source || tokens[source.end]?.lower !== 'that') continue;
    let stop = source.end + 1;
    while (stop < to && tokens[stop]!.text !== '.' && tokens[stop]!.text !== '!' && tokens[stop]!.text !== '?') stop++;
    const content = contentAfter(page, source.end, stop, 'say');
    if (!content) continue;
    frames.push({ source, sharesSourceOf: null, cue: { start: k, end: k + 2 }, content, stance: 'neutral', lemma: 'hear' });
    k = source.end;
  }
  return frames;
}
