/**
 * A per-key rate limit (sliding window). A hostile single-page app could change its address and
 * text every few seconds for ever, and every new address is a new report; the background takes at
 * most `limit` captures per tab per window and refuses the rest, saying so.
 */
export interface RateLimit {
  /** Whether one more event for `key` is allowed now (and counts it if so). */
  allow(key: number | string): boolean;
  /** Forgets a key (a closed tab). */
  forget(key: number | string): void;
}

export function createRateLimit(limit: number, windowMs: number, now: () => number = Date.now): RateLimit {
  const seen = new Map<number | string, number[]>();
  return {
    allow(key) {
      const t = now();
      const recent = (seen.get(key) ?? []).filter((at) => t - at < windowMs);
      if (recent.length >= limit) {
        seen.set(key, recent);
        return false;
      }
      recent.push(t);
      seen.set(key, recent);
      return true;
    },
    forget(key) {
      seen.delete(key);
    },
  };
}
