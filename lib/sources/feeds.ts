/**
 * Reads a feed's text into items: RSS 2.0, RSS 1.0, Atom or JSON Feed, whichever it is (the
 * content sniffed, not trusted from the Content-Type). What is not a feed gets a reason in words,
 * so the options page can tell the reader what the address returned.
 */
import type { Feed, FeedResult } from './feed-model';
import { readXmlFeed } from './feed-xml';
import { isJsonFeed, readJsonFeed } from './json-feed';
import { parseXml } from './xml';
import { t, type MessageKey } from '../ui/i18n';

export type { Feed, FeedItem, FeedResult, FeedProblem, FeedFormat } from './feed-model';

/** More items than this are the feed's archive, not its news (the newest come first in practice); the cap also keeps the feed cache well inside extension storage's quota. */
export const MAX_FEED_ITEMS = 100;

const FEED_MESSAGES = {
  html: 'feedHtml',
  login: 'feedLogin',
  'not-feed': 'feedNotFeed',
  malformed: 'feedMalformed',
  empty: 'feedEmpty',
} as const satisfies Record<string, MessageKey>;

/** What a feed address returned instead of a feed, in the reader's language (shown as the source's status). */
export function feedMessage(kind: keyof typeof FEED_MESSAGES): string {
  return t(FEED_MESSAGES[kind]);
}

// A password field or a sign-in form is what a login wall looks like from outside.
const LOGIN = /<input[^>]+type\s*=\s*["']?password|<form[^>]+action\s*=\s*["'][^"']*(login|signin|sign-in|auth)/i;
const HTML_START = /^(?:\s|<!--[^]*?-->|<\?xml[^>]*>)*(?:<!doctype\s+html|<html[\s>])/i;

function problem(kind: keyof typeof FEED_MESSAGES): FeedResult {
  return { ok: false, problem: kind, message: feedMessage(kind) };
}

function htmlProblem(text: string): FeedResult {
  return LOGIN.test(text.slice(0, 200_000)) ? problem('login') : problem('html');
}

export interface ParseFeedOptions {
  /** The feed's address: relative links resolve against it. */
  url: string | null;
  contentType?: string | null;
  now?: number;
}

/**
 * Parses a feed's text. Never throws; a bad feed is `{ ok: false, problem, message }`.
 *
 * @example
 * const result = parseFeed(text, { url: 'https://example.org/rss.xml' });
 * if (result.ok) for (const item of result.feed.items) console.log(item.title, item.url);
 */
export function parseFeed(text: string, options: ParseFeedOptions): FeedResult {
  const now = options.now ?? Date.now();
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (!head.trim()) return problem('empty');
  if (/^\s*[[{]/.test(head)) return readJson(text, options.url, now);
  if (HTML_START.test(head)) return htmlProblem(text);
  const doc = parseXml(text, options.url);
  if (!doc.root) return problem('malformed');
  if (doc.root.local.toLowerCase() === 'html') return htmlProblem(text);
  const read = readXmlFeed(doc.root, now);
  if (!read) return /html/i.test(options.contentType ?? '') ? htmlProblem(text) : problem('not-feed');
  const feed: Feed = { format: read.format, title: read.title, items: read.items.slice(0, MAX_FEED_ITEMS) };
  return { ok: true, feed, wellFormed: doc.wellFormed };
}

function readJson(text: string, url: string | null, now: number): FeedResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return problem('malformed');
  }
  if (!isJsonFeed(value)) return problem('not-feed');
  const read = readJsonFeed(value, url, now);
  if (!read) return problem('not-feed');
  return { ok: true, feed: { format: 'json', title: read.title, items: read.items.slice(0, MAX_FEED_ITEMS) }, wellFormed: true };
}
