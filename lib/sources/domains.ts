/**
 * A source's domains: how they are written, and which addresses belong to them. Only addresses
 * on a source's own domains are ever fetched as its pages.
 */
import type { Source } from '../settings';

/** A bare host name from what a reader types: "https://www.BBC.co.uk/news" -> "bbc.co.uk". */
export function normaliseDomain(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = 'http://' + text;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  // "www." is a habit, not a separate outlet: the domain covers its subdomains anyway.
  if (host.startsWith('www.')) host = host.slice(4);
  if (isIp(host) || host === 'localhost') return host;
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host)) return null;
  return host;
}

export function isIp(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** Whether a host is one of the domains or a subdomain of one. */
export function hostOnDomains(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || (!isIp(d) && h.endsWith('.' + d)));
}

/** Whether an address is an http(s) page of this source. */
export function belongsTo(url: string, source: Pick<Source, 'domains'>): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && hostOnDomains(u.hostname, source.domains);
  } catch {
    return false;
  }
}

/** Whether a feed address is a valid http(s) address. */
export function isFeedAddress(url: string): boolean {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
