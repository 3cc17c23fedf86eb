/**
 * Small helpers that turn a feed's fields into plain values: HTML summaries into text, dates into
 * ISO strings, links into absolute http(s) addresses. No DOM: they run in a service worker.
 */
import { decodeEntities } from './xml';

/** Feed summaries are cut to this many characters: enough to match an event, small to store. */
export const MAX_SUMMARY_CHARS = 600;
export const MAX_TITLE_CHARS = 500;

/** The HTML entities that summaries actually use; the rest stay as written. */
const HTML_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019',
  ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', euro: '\u20ac', pound: '\u00a3',
  copy: '\u00a9', deg: '\u00b0', middot: '\u00b7', bull: '\u2022', shy: '',
};

/**
 * Plain text of an HTML fragment from a feed (a summary or content:encoded). Tags are dropped,
 * never interpreted; scripts and styles go with their content. The result is data, not markup.
 */
export function htmlToText(html: string, maxChars = MAX_SUMMARY_CHARS): string {
  // Cut first: the work below is then bounded whatever the feed holds.
  const bounded = html.length > maxChars * 8 ? html.slice(0, maxChars * 8) : html;
  const text = bounded
    .replace(/<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>?/g, ' ');
  const decoded = decodeEntities(text).replace(/&([a-z]+);/g, (whole, name: string) => HTML_ENTITIES[name] ?? whole);
  return clip(decoded.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim(), maxChars);
}

/** Text that is already plain (Atom type="text", JSON Feed content_text): only spaces tidied. */
export function plainText(text: string, maxChars = MAX_SUMMARY_CHARS): string {
  return clip(text.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim(), maxChars);
}

/** Cuts text to a length without splitting a surrogate pair. */
export function clip(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = maxChars;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end).trimEnd() + '\u2026';
}

/** A one-line title from a feed field (titles may be HTML-escaped or plain). */
export function cleanTitle(raw: string): string {
  return htmlToText(raw, MAX_TITLE_CHARS).replace(/\s+/g, ' ');
}

/** Dates earlier than this are a feed's mistake (an epoch 0, a year 1), not news. */
const EARLIEST = Date.UTC(1990, 0, 1);

/**
 * An ISO date from RFC 822 (RSS), RFC 3339 (Atom, JSON Feed) or anything Date understands;
 * null when missing or implausible (far future, before 1990).
 */
export function feedDate(raw: string | null | undefined, now: number = Date.now()): string | null {
  const text = raw?.trim();
  if (!text) return null;
  // "Thu, 06 Jan 2022 10:00:00 EST": the Date parser knows the US zones; others ("BST") it rejects.
  const time = Date.parse(text);
  if (Number.isNaN(time) || time < EARLIEST || time > now + 2 * 86_400_000) return null;
  return new Date(time).toISOString();
}

/** An absolute http(s) address for a link, resolved against a base; null for anything else. */
export function httpUrl(raw: string | null | undefined, base: string | null): string | null {
  const text = raw?.trim();
  if (!text) return null;
  try {
    const url = new URL(text, base ?? undefined);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}
