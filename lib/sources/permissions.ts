/**
 * Host access per source, asked for only when the reader adds a source (least privilege: the
 * manifest asks for no host at install, only optional ones). A denied request keeps the source,
 * marked as lacking access; removing a source gives back what no other source still needs.
 */
import type { Source } from '../settings';
import { hostOnDomains, isIp } from './domains';

/** The part of browser.permissions this module uses (injected: tests pass a fake). */
export interface PermissionsApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * Match patterns for a domain and its subdomains. "*.d" already covers d, but the bare pattern is
 * asked for too, so that a check for exactly `*://d/*` (the reader script's registration) agrees.
 * Addresses by IP and localhost have no subdomains and in practice serve plain http (a local or
 * intranet server), so only http is asked for them.
 */
function domainPatterns(domain: string): string[] {
  return isIp(domain) || domain === 'localhost' ? [`http://${domain}/*`] : [`*://${domain}/*`, `*://*.${domain}/*`];
}

function feedPattern(url: URL): string {
  return isIp(url.hostname) || url.hostname === 'localhost' ? `${url.protocol}//${url.hostname}/*` : `*://${url.hostname}/*`;
}

/**
 * The origins a source needs: its domains (for its pages and auto-capture) and the hosts of its
 * feeds when they live elsewhere (feeds.bbci.co.uk for bbc.com).
 *
 * @example
 * originsFor({ domains: ['bbc.com'], feeds: ['https://feeds.bbci.co.uk/news/world/rss.xml'] })
 * // ['*://bbc.com/*', '*://*.bbc.com/*', '*://feeds.bbci.co.uk/*']
 */
export function originsFor(source: Pick<Source, 'domains' | 'feeds'>): string[] {
  const origins = source.domains.flatMap(domainPatterns);
  for (const feed of source.feeds) {
    try {
      const url = new URL(feed);
      if (!hostOnDomains(url.hostname, source.domains)) origins.push(feedPattern(url));
    } catch {
      // An invalid feed address is reported by the options page; it needs no access.
    }
  }
  return [...new Set(origins)];
}

/**
 * Asks for a source's access. Call it straight from the click that adds the source (browsers
 * grant requests only during a user gesture, so nothing may be awaited before it).
 * @returns whether access was granted; false (not a throw) when denied or refused.
 */
export async function requestAccess(api: PermissionsApi, source: Pick<Source, 'domains' | 'feeds'>): Promise<boolean> {
  const origins = originsFor(source);
  if (!origins.length) return true;
  try {
    return await api.request({ origins });
  } catch {
    return false;
  }
}

/** Gives back the origins of removed sources that no remaining source needs. */
export async function releaseAccess(api: PermissionsApi, removed: Pick<Source, 'domains' | 'feeds'>, remaining: ReadonlyArray<Pick<Source, 'domains' | 'feeds'>>): Promise<string[]> {
  const kept = new Set(remaining.flatMap(originsFor));
  const release = originsFor(removed).filter((o) => !kept.has(o));
  if (!release.length) return [];
  try {
    await api.remove({ origins: release });
    return release;
  } catch {
    return [];
  }
}

/** Whether the browser currently grants each source its access (on startup and when permissions change). */
export async function checkAccess(api: PermissionsApi, sources: readonly Source[]): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    sources.map(async (s): Promise<[string, boolean]> => {
      const origins = originsFor(s);
      if (!origins.length) return [s.id, true];
      try {
        return [s.id, await api.contains({ origins })];
      } catch {
        return [s.id, false];
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** Records on each source's status whether it has its access (on startup and on permission changes). */
export async function syncAccessStatus(
  api: PermissionsApi,
  sources: readonly Source[],
  status: { update(sourceId: string, patch: { lacksAccess: boolean }): Promise<void> },
): Promise<Record<string, boolean>> {
  const access = await checkAccess(api, sources);
  await Promise.all(sources.map((s) => status.update(s.id, { lacksAccess: !access[s.id] })));
  return access;
}
