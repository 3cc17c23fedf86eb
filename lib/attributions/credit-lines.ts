import type { Frame } from './frames';
import type { Page } from './content';

/**
 * Credit lines: a quotation followed by a dash and the speaker's name, alone at the end of its
 * line, as epigraphs and reader responses are printed ("“We can build a wall.” ― Steve
 * Quinlan"). The dash is the cue, the name the source, the whole quotation the content.
 */

const DASHES = new Set(['―', '—', '–', '--']);
/** Words that may sit inside a name in lower case ("Oscar de la Hoya"). */
const NAME_LINKS = new Set(['de', 'del', 'la', 'van', 'von', 'der', 'da', 'di', 'bin', 'al', 'y']);
/** Longest name read after the dash: a credit is a name, not a sentence. */
const MAX_NAME = 6;
/** Longest quotation line looked back over (characters). */
const MAX_LINE = 4000;

/** The credit-line frames whose dash lies in tokens [from, to). */
export function creditLines(page: Page, from: number, to: number): Frame[] {
  const { tokens, text } = page;
  const frames: Frame[] = [];
  for (let k = Math.max(1, from); k < to; k++) {
    const dash = tokens[k]!;
    const mark = tokens[k - 1]!;
    if (!DASHES.has(dash.text) || mark.kind !== 'quote' || /\n/.test(text.slice(mark.end, dash.start))) continue;
    const name = nameAfter(page, k + 1);
    if (!name) continue;
    const start = quotationStart(page, mark.end);
    if (start === null) continue;
    frames.push({ source: name, sharesSourceOf: null, cue: { start: k, end: k + 1 }, content: { start, end: mark.end }, stance: 'neutral', lemma: 'credit' });
  }
  return frames;
}

/** Capitalised words from tokens[i] to the end of the line (a final full stop allowed). */
function nameAfter(page: Page, i: number): { start: number; end: number } | null {
  const { tokens, text } = page;
  let j = i;
  while (j < tokens.length && j - i < MAX_NAME) {
    const t = tokens[j]!;
    if (j > i && /\n/.test(text.slice(tokens[j - 1]!.end, t.start))) break;
    if (t.kind !== 'word' || !(t.upper || (j > i && NAME_LINKS.has(t.lower)))) break;
    j++;
  }
  if (j === i || !tokens[i]!.upper) return null;
  // The name must end its line: "― Carla Sanchez." or "― Carla Sanchez" then a line break.
  const next = tokens[j];
  const endsLine = (k: number): boolean => k >= tokens.length || /\n/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  if (next && !endsLine(j) && !(next.text === '.' && endsLine(j + 1))) return null;
  return { start: i, end: j };
}

/**
 * Where the quotation closed at `end` opens: the quotation found by the quote table, or, when
 * its opening mark was mistyped (”Fear. ...”), the start of its line if the line opens with one.
 */
function quotationStart(page: Page, end: number): number | null {
  // Bounded look back, so a text of many dashes on one long line stays linear.
  const from = Math.max(0, end - MAX_LINE);
  const back = page.text.slice(from, end - 1).lastIndexOf('\n');
  if (back < 0 && from > 0) return null;
  const lineStart = back < 0 ? 0 : from + back + 1;
  const q = page.quoteByEnd.get(end);
  if (q && q.start >= lineStart) return q.start;
  return /^["“”«‘']/.test(page.text.slice(lineStart, lineStart + 1)) ? lineStart : null;
}
