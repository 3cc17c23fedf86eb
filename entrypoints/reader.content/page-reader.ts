/**
 * When the content script reads the page: once at load, again after a single-page app changes its
 * address, and once more when text that loads late has settled. Each reading is sent only if it
 * differs from the last one sent for that address. Browser pieces are passed in.
 */
import { extractArticle, type Extraction } from '@/lib/extract/article';
import type { Article } from '@/lib/model';

/** A page whose visible text is past this many characters is skipped before Readability runs. */
export const MAX_PAGE_CHARS = 2_000_000;
/** Quiet time after the last change before late text counts as settled. */
export const SETTLE_MS = 1500;
/** Late text is watched for this long after load, then no more. */
export const WATCH_MS = 20_000;
/** Text growth that makes a new reading worth it (late-loading article bodies, "read more"). */
const GROWTH = 0.2;

/** Extracts the page, skipping one too large to read without freezing the tab. */
export function readPage(doc: Document, url: string, force: boolean): Extraction {
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > MAX_PAGE_CHARS) {
    const mb = (chars / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 });
    return { ok: false, reason: 'too-large', message: `This page holds ${mb} million characters of text, more than Parallax reads (${(MAX_PAGE_CHARS / 1_000_000).toLocaleString('en')} million).` };
  }
  return extractArticle(doc, url, { force });
}

/** Caps that keep a legitimate page's odd metadata from getting its whole article refused. */
const MAX_FIELD = 2_000;

/**
 * The article as sent: an address that is not http(s) is dropped rather than sent (the background
 * refuses such a message whole), and over-long metadata is cut.
 */
export function forMessage(article: Article): Article {
  const web = (u: string | null) => (u && /^https?:\/\//i.test(u) && u.length <= 4096 ? u : null);
  const cut = (s: string) => s.slice(0, MAX_FIELD);
  return {
    ...article,
    url: web(article.url),
    canonicalUrl: web(article.canonicalUrl),
    outlet: cut(article.outlet) || 'Unknown outlet',
    title: cut(article.title),
    byline: article.byline === null ? null : cut(article.byline),
    lang: article.lang && article.lang.length <= 35 ? article.lang : null,
  };
}

export interface PageReaderDeps {
  doc: Document;
  href: () => string;
  send: (url: string, extraction: Extraction) => Promise<void>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

/** A fingerprint of a reading, to send each distinct one once. */
function fingerprint(url: string, e: Extraction): string {
  return e.ok ? `${url}\n${e.article.title}\n${e.article.text.length}\n${e.article.text.slice(0, 200)}` : `${url}\n${e.reason}`;
}

export function createPageReader(deps: PageReaderDeps) {
  let lastSent = '';
  let lastLength = 0;
  let settleTimer: unknown = null;
  let navigatedSince = false;

  async function read(force = false): Promise<void> {
    const url = deps.href();
    if (!/^https?:/.test(url)) return;
    const result = readPage(deps.doc, url, force);
    const extraction: Extraction = result.ok ? { ok: true, article: forMessage(result.article) } : result;
    lastLength = deps.doc.body?.textContent?.length ?? 0;
    const print = fingerprint(url, extraction);
    if (print === lastSent && !force) return;
    lastSent = print;
    await deps.send(url, extraction);
  }

  function schedule(): void {
    if (settleTimer !== null) deps.clearTimeout(settleTimer);
    settleTimer = deps.setTimeout(() => {
      settleTimer = null;
      const length = deps.doc.body?.textContent?.length ?? 0;
      const grown = length > lastLength * (1 + GROWTH) + 200;
      if (navigatedSince || grown) {
        navigatedSince = false;
        void read();
      }
    }, SETTLE_MS);
  }

  /** A DOM change: read again once the text has grown and then stayed quiet for SETTLE_MS. */
  function changed(): void {
    schedule();
  }

  /**
   * The address changed without a load (a single-page app). The app renders the new story after
   * the change, so read once the page has been quiet for SETTLE_MS, not at once.
   */
  function navigated(): void {
    navigatedSince = true;
    schedule();
  }

  return { read, changed, navigated };
}
