import type { Span } from '../model';
import type { Page } from './content';
import { quotedWords } from './quotes';
import { TRIGGERS } from './triggers';
import { tokenAt } from './tokens';

export interface ContentDescription {
  /** The content is a direct quotation (it opens and closes with the same quotation's marks). */
  quote: boolean;
  /** Quoted words inside the content: whole quotations, partial and scare quotes alike. */
  quotes: Span[];
  /** Hedging adverbs in the content, lower case, in order ("allegedly"). */
  hedges: string[];
}

/** What the content holds: whether it is a quotation, its quoted words, its hedges. */
export function describeContent(page: Page, content: Span): ContentDescription {
  const { text, tokens } = page;
  const quotes: Span[] = [];
  let coveredUntil = -1;
  for (const q of quotationsWithin(page, content)) {
    if (q.start < coveredUntil) continue; // nested in one already listed
    const words = quotedWords(text, q);
    if (words.end <= words.start) continue;
    quotes.push({ text: text.slice(words.start, words.end), start: words.start, end: words.end });
    coveredUntil = q.end;
  }
  const whole = page.quoteByStart.get(content.start);
  const quote = !!whole && whole.end >= content.end - 1 && whole.depth === 0;
  const hedges: string[] = [];
  // A hedge's trigger bit is set exactly for the words of HEDGES: the page's table, not a second look-up.
  for (let k = tokenAt(tokens, content.start); k < tokens.length && tokens[k]!.end <= content.end; k++) {
    if (page.triggers[k]! & TRIGGERS.hedge) hedges.push(tokens[k]!.lower);
  }
  return { quote, quotes, hedges };
}

/** Quotations inside the span, by a binary search on their (sorted) starts. */
function quotationsWithin(page: Page, span: Span) {
  const qs = page.quotations;
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let k = lo; k < qs.length && qs[k]!.start < span.end; k++) if (qs[k]!.end <= span.end + 1) out.push(qs[k]!);
  return out;
}
