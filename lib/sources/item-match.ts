/**
 * Whether a feed item is on a report's event, judged by the same matcher that groups stored
 * reports (lib/match), on what a feed gives: the title and the summary. The item is analysed
 * as a tiny article so it carries the same kind of signature (names, content words, figures).
 */
import type { Article, Report } from '../model';
import { analyse } from '../report';
import { sameEvent, type TermStats } from '../match';
import type { FeedItem } from './feed-model';

/** A feed item as the short article it stands for. */
export function itemArticle(item: FeedItem, outlet = ''): Article {
  const title = item.title.trim();
  const summary = item.summary.trim();
  // The title is its own paragraph, closed like a sentence so it does not run into the summary.
  const text = summary ? `${title}${/[.!?…]$/.test(title) ? '' : '.'}\n${summary}` : title;
  return { url: item.url, canonicalUrl: item.url, outlet, title, byline: null, lang: null, publishedAt: item.publishedAt, modifiedAt: null, text };
}

/**
 * @param stats term frequencies of the stored reports (an EventIndex), when the caller has them.
 * @example
 * const matches = (report, item) => itemMatchesReport(report, item);
 */
export function itemMatchesReport(report: Report, item: FeedItem, stats?: TermStats): boolean {
  if (!item.title && !item.summary) return false;
  const pseudo = analyse(itemArticle(item), report.capturedAt);
  return sameEvent(report, pseudo, stats);
}
