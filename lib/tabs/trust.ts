/**
 * What the background believes of an article a page sent. The page may be compromised, so the
 * address is the one the browser reports for the sender, and a canonical address is kept only when
 * it is on the same site: otherwise a hostile page could overwrite another outlet's stored report
 * (reports are stored by canonical address).
 */
import type { Article } from '../model';
import { STARTER_OUTLETS } from '../sources/starter-list';
import { trustedOutlet, type KnownOutlet } from './outlet-claim';

/** Second-level labels under which country domains register names ("bbc.co.uk", "abc.net.au"). */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gob', 'nic', 'mil']);

/**
 * The registrable part of a host name ("www.rt.com" -> "rt.com", "news.bbc.co.uk" -> "bbc.co.uk");
 * IP addresses as they are. A heuristic instead of the public-suffix list (no list is shipped):
 * a two-letter country domain under a generic second level keeps three labels.
 */
export function siteOf(host: string): string {
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host;
  const labels = host.toLowerCase().split('.');
  const n = labels.length;
  const countrySecondLevel = n >= 3 && labels[n - 1]!.length === 2 && GENERIC_SECOND_LEVEL.has(labels[n - 2]!);
  return labels.slice(countrySecondLevel ? -3 : -2).join('.');
}

function parse(url: string | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether two addresses are on the same site (scheme may differ: AMP and http pages point to https). */
export function sameSite(a: string | null, b: string | null): boolean {
  const ua = parse(a);
  const ub = parse(b);
  return !!ua && !!ub && siteOf(ua.hostname) === siteOf(ub.hostname);
}

function sameOrigin(a: string | null, b: string | null): boolean {
  const ua = parse(a);
  const ub = parse(b);
  return !!ua && !!ub && ua.origin === ub.origin;
}

/**
 * The page's address: the one the browser reports for the sender, or the page's own when it is on
 * the same origin (after a single-page app's history.pushState the browser still reports the
 * address the document was loaded from; a page can only push addresses of its own origin anyway).
 */
export function pageAddress(claimed: string | null, senderUrl: string | null): string | null {
  return senderUrl && !sameOrigin(claimed, senderUrl) ? senderUrl : (claimed ?? senderUrl);
}

/**
 * The article as the background will store it: its address checked, a canonical only on the same
 * site, a known outlet's name only from that outlet's domains (`known`: the reader's sources; the
 * starter list is always checked).
 */
export function trustArticle(article: Article, senderUrl: string | null, known: readonly KnownOutlet[] = []): Article {
  const url = pageAddress(article.url, senderUrl);
  const canonicalUrl = article.canonicalUrl && sameSite(article.canonicalUrl, url) ? article.canonicalUrl : url;
  const outlet = trustedOutlet(article.outlet, url, [...STARTER_OUTLETS, ...known]);
  return { ...article, url, canonicalUrl: stripFragment(canonicalUrl), outlet };
}

/** The #fragment names a place in a page, not another page. */
function stripFragment(url: string | null): string | null {
  const u = parse(url);
  if (!u) return url;
  u.hash = '';
  return u.href;
}
