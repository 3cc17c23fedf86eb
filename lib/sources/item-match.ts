/**
 * Whether a feed item is on a report's event, judged by the same matcher that groups stored
 * reports (lib/match), on what a feed gives: the title and the summary. The item is analysed
 * as a tiny article so it carries the same kind of signature (names, content words, figures).
 */
import type { Article, Report } from '../model';
import { analyse } from '../report';
import { indexEntry, sameEvent, type IndexedReport, type TermStats } from '../match';
import type { FeedItem } from './feed-model';

/** Item signatures kept between calls: feeds repeat their items poll after poll. */
const MAX_REMEMBERED_ITEMS = 5000;

/** A feed item as the short article it stands for. */
export function itemArticle(item: FeedItem, outlet = ''): Article {
  const title = item.title.trim();
  const summary = item.summary.trim();
  // The title is its own paragraph, closed like a sentence so it does not run into the summary.
  const text = summary ? `${title}${/[.!?…]$/.test(title) ? '' : '.'}\n${summary}` : title;
  return { url: item.url, canonicalUrl: item.url, outlet, title, byline: null, lang: null, publishedAt: item.publishedAt, modifiedAt: null, text };
}

function itemEntry(item: FeedItem): IndexedReport {
  return indexEntry(analyse(itemArticle(item), '1970-01-01T00:00:00.000Z'));
}

/**
 * A matcher for many items against a few reports: each report's signature is computed once per
 * report, each item's once per title and summary.
 *
 * @param stats term frequencies of the stored reports (an EventIndex), when the caller has them.
 * @example
 * const matches = createItemMatcher();
 * const onEvent = items.filter((item) => matches(report, item));
 */
export function createItemMatcher(stats?: TermStats): (report: Report, item: FeedItem) => boolean {
  let current: { report: Report; entry: IndexedReport } | null = null;
  const items = new Map<string, IndexedReport>();
  return (report, item) => {
    if (!item.title && !item.summary) return false;
    if (current?.report !== report) current = { report, entry: indexEntry(report) };
    const key = `${item.url}\n${item.title}\n${item.summary}\n${item.publishedAt}`;
    let entry = items.get(key);
    if (!entry) {
      entry = itemEntry(item);
      if (items.size >= MAX_REMEMBERED_ITEMS) items.delete(items.keys().next().value!);
      items.set(key, entry);
    }
    return sameEvent(current.entry, entry, stats);
  };
}

/** One item against one report (for a single check; use createItemMatcher for many). */
export function itemMatchesReport(report: Report, item: FeedItem, stats?: TermStats): boolean {
  if (!item.title && !item.summary) return false;
  return sameEvent(report, itemEntry(item), stats);
}
