/**
 * When the content script reads the page: once at load, again after a single-page app changes its
 * address, and once more when text that loads late has settled. Each reading is sent only if it
 * differs from the last one sent for that address. Browser pieces are passed in.
 */
import { extractArticle, type Extraction } from '@/lib/extract/article';

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

  async function read(force = false): Promise<void> {
    const url = deps.href();
    if (!/^https?:/.test(url)) return;
    const extraction = readPage(deps.doc, url, force);
    lastLength = deps.doc.body?.textContent?.length ?? 0;
    const print = fingerprint(url, extraction);
    if (print === lastSent && !force) return;
    lastSent = print;
    await deps.send(url, extraction);
  }

  /** A DOM change: read again once the text has grown and then stayed quiet for SETTLE_MS. */
  function changed(): void {
    if (settleTimer !== null) deps.clearTimeout(settleTimer);
    settleTimer = deps.setTimeout(() => {
      settleTimer = null;
      const length = deps.doc.body?.textContent?.length ?? 0;
      if (length > lastLength * (1 + GROWTH) + 200) void read();
    }, SETTLE_MS);
  }

  return { read, changed };
}
