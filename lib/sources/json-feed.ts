/**
 * JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), validated with valibot: a field of the
 * wrong type is dropped, not trusted.
 */
import * as v from 'valibot';
import type { FeedItem } from './feed-model';
import { cleanTitle, feedDate, htmlToText, httpUrl, plainText } from './feed-text';

const text = v.optional(v.fallback(v.string(), ''), '');
const maybeText = v.optional(v.fallback(v.nullable(v.string()), null), null);

const ItemSchema = v.object({
  id: v.optional(v.fallback(v.union([v.string(), v.number()]), ''), ''),
  url: maybeText,
  external_url: maybeText,
  title: text,
  summary: text,
  content_text: text,
  content_html: text,
  date_published: maybeText,
  date_modified: maybeText,
});

const FeedSchema = v.object({
  version: v.pipe(v.string(), v.startsWith('https://jsonfeed.org/version/')),
  title: text,
  items: v.array(v.unknown()),
});

/** Whether parsed JSON looks like a JSON Feed (its version says so). */
export function isJsonFeed(value: unknown): boolean {
  return v.safeParse(FeedSchema, value).success;
}

/** The items of a JSON Feed; null when the value is not one. */
export function readJsonFeed(value: unknown, feedUrl: string | null, now: number): { title: string; items: FeedItem[] } | null {
  const feed = v.safeParse(FeedSchema, value);
  if (!feed.success) return null;
  const items: FeedItem[] = [];
  for (const raw of feed.output.items) {
    const parsed = v.safeParse(ItemSchema, raw);
    if (!parsed.success) continue;
    const item = parsed.output;
    const url = httpUrl(item.url ?? item.external_url, feedUrl);
    if (!url) continue;
    const summary = item.summary ? htmlToText(item.summary) : item.content_text ? plainText(item.content_text) : htmlToText(item.content_html);
    items.push({
      id: String(item.id) || url,
      url,
      title: cleanTitle(item.title),
      summary,
      publishedAt: feedDate(item.date_published ?? item.date_modified, now),
    });
  }
  return { title: cleanTitle(feed.output.title), items };
}
