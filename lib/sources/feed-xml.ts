/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 items, read from the tree lib/sources/xml.ts builds.
 * Namespaced extensions that carry what RSS lacks are read too: content:encoded, dc:date,
 * dc:creator-free summaries, atom:link inside RSS.
 */
import type { FeedItem } from './feed-model';
import { childNamed, childrenNamed, textOf, type XmlElement } from './xml';
import { cleanTitle, feedDate, htmlToText, httpUrl, MAX_TITLE_CHARS, plainText } from './feed-text';

const ATOM = ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'];
const RSS1 = ['http://purl.org/rss/1.0/'];
// Undeclared prefixes are kept as "prefix:" by the reader, so the common ones still match.
const DC = ['http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/terms/', 'dc:', 'dcterms:'];
const CONTENT = ['http://purl.org/rss/1.0/modules/content/', 'content:'];
const NONE = [''];

function fieldText(el: XmlElement | null): string {
  return el ? textOf(el).trim() : '';
}

function firstText(parent: XmlElement, candidates: Array<[string, readonly string[]]>): string {
  for (const [local, namespaces] of candidates) {
    const text = fieldText(childNamed(parent, local, namespaces));
    if (text) return text;
  }
  return '';
}

/** Atom text constructs: type="xhtml" or "html" hold markup, "text" plain text. */
function atomText(el: XmlElement | null, maxChars?: number): string {
  if (!el) return '';
  const type = el.attrs.type ?? 'text';
  return type === 'text' ? plainText(textOf(el), maxChars) : htmlToText(textOf(el), maxChars);
}

function atomTitle(el: XmlElement | null): string {
  return atomText(el, MAX_TITLE_CHARS).replace(/\s+/g, ' ');
}

function makeItem(url: string | null, id: string, title: string, summary: string, publishedAt: string | null): FeedItem | null {
  if (!url) return null; // nothing to fetch, nothing to match against a page
  return { id: id || url, url, title, summary, publishedAt };
}

function rssItem(item: XmlElement, now: number): FeedItem | null {
  const namespaces = item.ns === '' ? NONE : [item.ns];
  const guid = childNamed(item, 'guid', namespaces);
  const guidText = fieldText(guid);
  const atomLink = childrenNamed(item, 'link', ATOM).find((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
  // A guid is the item's address only when it says so (isPermaLink defaults to true).
  const guidUrl = guid && guid.attrs.isPermaLink !== 'false' ? guidText : '';
  const link = fieldText(childNamed(item, 'link', namespaces)) || item.attrs['rdf:about'] || atomLink?.attrs.href || guidUrl;
  const url = httpUrl(link, item.base);
  const rawSummary = firstText(item, [['description', namespaces], ['encoded', CONTENT], ['description', DC]]);
  const date = firstText(item, [['pubDate', namespaces], ['date', DC], ['issued', DC], ['published', ATOM], ['updated', ATOM]]);
  return makeItem(url, guidText || (url ?? ''), cleanTitle(fieldText(childNamed(item, 'title', namespaces))), htmlToText(rawSummary), feedDate(date, now));
}

function atomEntry(entry: XmlElement, now: number): FeedItem | null {
  const ns = [entry.ns];
  const links = childrenNamed(entry, 'link', ns);
  const alternate = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate' && (!l.attrs.type || /html/.test(l.attrs.type))) ?? links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
  const id = fieldText(childNamed(entry, 'id', ns));
  const url = httpUrl(alternate?.attrs.href ?? (/^https?:/.test(id) ? id : null), alternate?.base ?? entry.base);
  const summary = atomText(childNamed(entry, 'summary', ns)) || atomText(childNamed(entry, 'content', ns));
  const date = firstText(entry, [['published', ns], ['issued', ns], ['updated', ns], ['modified', ns], ['date', DC]]);
  return makeItem(url, id, atomTitle(childNamed(entry, 'title', ns)), summary, feedDate(date, now));
}

export interface XmlFeed {
  format: 'rss' | 'atom' | 'rdf';
  title: string;
  items: FeedItem[];
}

/** The items of an RSS, RDF or Atom root; null when the root is none of those. */
export function readXmlFeed(root: XmlElement, now: number): XmlFeed | null {
  if (root.local === 'rss') {
    // RSS 2.0 has no namespace, but some feeds declare a default one (userland's): follow the root.
    const ns = [root.ns];
    const channel = childNamed(root, 'channel', ns) ?? root;
    const items = childrenNamed(channel, 'item', ns);
    return { format: 'rss', title: cleanTitle(fieldText(childNamed(channel, 'title', ns))), items: keep(items.map((i) => rssItem(i, now))) };
  }
  if (root.local === 'RDF') {
    const channel = childNamed(root, 'channel', RSS1);
    // RSS 1.0 puts items beside the channel, not inside it.
    const items = childrenNamed(root, 'item', RSS1);
    return { format: 'rdf', title: channel ? cleanTitle(fieldText(childNamed(channel, 'title', RSS1))) : '', items: keep(items.map((i) => rssItem(i, now))) };
  }
  if (root.local === 'feed' && ATOM.includes(root.ns)) {
    const entries = childrenNamed(root, 'entry', [root.ns]);
    return { format: 'atom', title: atomTitle(childNamed(root, 'title', [root.ns])), items: keep(entries.map((e) => atomEntry(e, now))) };
  }
  return null;
}

function keep(items: Array<FeedItem | null>): FeedItem[] {
  return items.filter((i): i is FeedItem => i !== null);
}
