/**
 * Whose report a page is. A page names its own outlet (og:site_name, JSON-LD publisher), and a
 * hostile or careless page can name any: "Reuters" on a site that is not Reuters' would put words
 * in Reuters' mouth in every comparison. A page may claim the name of a known outlet (the starter
 * list, the reader's own sources) only from that outlet's domains; elsewhere its site's name is
 * used instead. Unknown names are kept: most outlets are on no list, and their own name is the
 * best label a reader gets. Pages served from this machine (localhost, 127.0.0.1) keep their
 * claim: no other site can serve them, and saved copies and local mirrors of outlets' pages live
 * there (the demo and the end-to-end tests serve the outlets' pages that way).
 */
import { STARTER_OUTLETS } from '../sources/starter-list';
import { siteOf } from './trust';

export interface KnownOutlet {
  name: string;
  domains: readonly string[];
}

/** Words that do not tell outlets apart ("The Guardian" = "Guardian", "BBC News" = "BBC"). */
const FILLER = new Set(['the', 'news', 'com', 'online']);

/** The words of an outlet's name, without case, accents, punctuation and filler words. */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Whether `host` is `domain` or one of its subdomains ("www.bbc.co.uk" is on "bbc.co.uk"). */
function onDomain(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^www\./, '');
  return host === d || host.endsWith('.' + d);
}

/**
 * The outlet to record for a page at `url` that names itself `claimed`: the claim, unless it is a
 * known outlet's name and the page is not on that outlet's domains; then the page's site.
 */
export function trustedOutlet(claimed: string, url: string | null, known: readonly KnownOutlet[] = STARTER_OUTLETS): string {
  const key = nameKey(claimed);
  const host = hostOf(url);
  if (!key || !host || LOOPBACK.test(host)) return claimed;
  const owners = known.filter((o) => o.domains.length && nameKey(o.name) === key);
  if (!owners.length || owners.some((o) => o.domains.some((d) => onDomain(host, d)))) return claimed;
  return siteOf(host);
}
