/**
 * A fetched page's HTML to an article: parsed into an inert document (DOMParser and linkedom
 * run no scripts and load nothing) and extracted with the same Readability wrapper as pages
 * the reader opens.
 */
import { extractArticle, type Extraction } from '../extract/article';

/** Parses HTML into a Document: `new DOMParser().parseFromString(html, 'text/html')` in a browser. */
export type HtmlParser = (html: string) => Document;

export function extractFromHtml(html: string, url: string, parse: HtmlParser): Extraction {
  let doc: Document;
  try {
    doc = parse(html);
  } catch {
    return { ok: false, reason: 'not-article', message: 'The page could not be read.' };
  }
  return extractArticle(doc, url);
}

/** The extractor for a background that has a DOMParser (Firefox's background page). */
export function domParserExtractor(): (html: string, url: string) => Promise<Extraction> {
  return async (html, url) => extractFromHtml(html, url, (h) => new DOMParser().parseFromString(h, 'text/html'));
}
