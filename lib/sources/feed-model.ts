/** What a feed gives Parallax: per item an address to fetch and words to match an event with. */
export interface FeedItem {
  /** The feed's own identifier (guid, Atom id, JSON Feed id), else the address. */
  id: string;
  /** Absolute http(s) address of the item's page. */
  url: string;
  title: string;
  /** Plain text, cut to MAX_SUMMARY_CHARS; "" when the feed has none. */
  summary: string;
  /** ISO date; null when the feed gives none or an implausible one. */
  publishedAt: string | null;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface Feed {
  format: FeedFormat;
  title: string;
  items: FeedItem[];
}

/** Why a response is not a usable feed, in the reader's terms. */
export type FeedProblem = 'html' | 'login' | 'not-feed' | 'malformed' | 'empty';

export type FeedResult = { ok: true; feed: Feed; wellFormed: boolean } | { ok: false; problem: FeedProblem; message: string };
