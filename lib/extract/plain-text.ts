import type { Article } from '../model';

/**
 * An article from plain text (the command's .txt input). Offsets refer to this exact text, so the
 * text is kept as is; the title and date are guessed from the first lines, where a saved page's
 * headline and dateline stand (after any menu lines).
 */
export function articleFromText(text: string, name: string): Article {
  const head = text.split('\n', 40).map((line) => line.trim()).filter(Boolean);
  return {
    url: null,
    canonicalUrl: null,
    outlet: name,
    title: guessTitle(head) ?? name,
    byline: null,
    lang: null,
    publishedAt: guessDate(head),
    modifiedAt: null,
    text,
  };
}

/** The first line that reads like a headline: several words, not a paragraph, not a menu item. */
function guessTitle(lines: readonly string[]): string | null {
  return lines.find((line) => {
    const words = line.split(/\s+/).length;
    return words >= 5 && line.length <= 200 && /\p{Lu}/u.test(line[0] ?? '') && !/[:>|]$/.test(line);
  }) ?? null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2}))?`, 'i');
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2}))?`, 'i');

/** A dateline in the first lines ("6 Jan, 2022 15:47", "Published January 6, 2022"), as UTC. */
function guessDate(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 25)) {
    if (line.length > 80) continue;
    const d = DAY_FIRST.exec(line);
    const m = d ? null : MONTH_FIRST.exec(line);
    const [day, month, year, hour, minute] = d
      ? [d[1], d[2], d[3], d[4], d[5]]
      : m ? [m[2], m[1], m[3], m[4], m[5]] : [];
    if (!day || !month || !year) continue;
    const time = Date.UTC(Number(year), MONTHS.indexOf(month.slice(0, 3).toLowerCase()), Number(day), Number(hour ?? 0), Number(minute ?? 0));
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return null;
}
