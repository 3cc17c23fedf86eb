import { Readability } from '@mozilla/readability';
import type { Article } from '../model';
import { readMetadata, hostOutlet, isoDate, normaliseLang } from './metadata';
import { blockText, tidy } from './text';
import { looksLikeArticle } from './readerable';

/** Pages beyond these are skipped with a reason rather than freezing the reader's tab. */
export const MAX_ELEMENTS = 60_000;
export const MAX_TEXT_CHARS = 400_000;

export type NotArticleReason = 'not-article' | 'too-large' | 'empty';

export type Extraction =
  | { ok: true; article: Article }
  | { ok: false; reason: NotArticleReason; message: string };

export interface ExtractOptions {
  /** Run even when the page does not look like an article (the reader asked for it). */
  force?: boolean;
}

/**
 * Extracts the article of a page: Readability on a clone (the live page is never changed),
 * gated by Readability's isProbablyReaderable (scaled for CJK text), with the outlet, times, canonical address and language.
 *
 * @example
 * const result = extractArticle(document, location.href);
 * if (result.ok) send(result.article); else show(result.message);
 */
export function extractArticle(doc: Document, url: string | null, options: ExtractOptions = {}): Extraction {
  // Listed once, counted here and read by the gate and for metadata below. Some DOMs outside the browser
  // (linkedom) do not list '*' by tag name; querySelectorAll does, everywhere.
  const elements = doc.querySelectorAll('*');
  if (elements.length > MAX_ELEMENTS) {
    return { ok: false, reason: 'too-large', message: `This page has ${elements.length.toLocaleString('en')} elements, more than Parallax reads (${MAX_ELEMENTS.toLocaleString('en')}).` };
  }
  if (!options.force && !looksLikeArticle(doc, elements)) {
    return { ok: false, reason: 'not-article', message: 'This page does not look like an article.' };
  }
  const metadata = readMetadata(doc, url, elements);
  const clone = doc.cloneNode(true) as Document;
  // The content element as is (no serialising), with its class names (we read only its text, so
  // Readability's pass to strip them would be wasted).
  const parsed = new Readability(clone, { serializer: (el: Node) => el, keepClasses: true }).parse();
  if (!parsed || !parsed.content) {
    return { ok: false, reason: 'not-article', message: 'No article text could be found on this page.' };
  }
  const text = blockText(parsed.content as unknown as Node);
  if (!text.trim()) return { ok: false, reason: 'empty', message: 'The article on this page has no text.' };
  if (text.length > MAX_TEXT_CHARS) {
    return { ok: false, reason: 'too-large', message: `This article is ${text.length.toLocaleString('en')} characters long, more than Parallax reads (${MAX_TEXT_CHARS.toLocaleString('en')}).` };
  }
  return {
    ok: true,
    article: {
      url,
      canonicalUrl: metadata.canonicalUrl ?? url,
      outlet: metadata.outlet ?? tidy(parsed.siteName ?? '') ?? hostOutlet(url) ?? 'Unknown outlet',
      title: tidy(parsed.title || metadata.title || ''),
      byline: metadata.byline ?? (parsed.byline ? tidy(parsed.byline) : null),
      lang: metadata.lang ?? normaliseLang(parsed.lang ?? null),
      publishedAt: metadata.publishedAt ?? isoDate(parsed.publishedTime),
      modifiedAt: metadata.modifiedAt,
      text,
    },
  };
}

export { articleFromText } from './plain-text';
