/**
 * Where the reader script runs on its own: the domains of the reader's sources with automatic
 * capture, as match patterns, kept only where the browser granted host access.
 */
import { captureDomains, type Source } from '../settings';

/**
 * Match patterns for a domain, one per scheme so that access granted for one scheme only still
 * counts: "*.d" also matches d itself; IP addresses and localhost as they are.
 */
export function domainPatterns(domain: string): string[] {
  const host = domain.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');
  if (!/^[a-z0-9.-]+$/.test(host) || host.startsWith('.') || host.includes('..')) return [];
  const hostPattern = host === 'localhost' || /^[\d.]+$/.test(host) ? host : host.includes('.') ? `*.${host}` : null;
  return hostPattern ? [`https://${hostPattern}/*`, `http://${hostPattern}/*`] : [];
}

/**
 * The patterns to register the reader script for.
 * @example
 * await capturePatterns(await sourcesSetting.getValue(), (p) => browser.permissions.contains({ origins: [p] }));
 */
export async function capturePatterns(sources: readonly Source[], granted: (pattern: string) => Promise<boolean>): Promise<string[]> {
  const patterns = [...new Set(captureDomains(sources).flatMap(domainPatterns))];
  const kept: string[] = [];
  for (const pattern of patterns) if (await granted(pattern).catch(() => false)) kept.push(pattern);
  return kept;
}
