/**
 * Fetching as a good citizen of other people's servers: one request at a time per host, a pause
 * between them, conditional requests, no cookies or referrer, a timeout that covers the whole
 * body, a size cap enforced while streaming, and exponential backoff after errors so that a
 * broken site is asked again later, not in a storm. Every failure comes back as words.
 *
 * The clock, the timers and fetch itself are injected: the background passes the real ones,
 * tests pass fakes.
 */
import { readCapped, decodeBody } from './fetch-body';
import { describeFetchProblem, type FetchProblem } from './fetch-problems';
import { t } from '../ui/i18n';

export type { FetchProblem } from './fetch-problems';

export const FEED_MAX_BYTES = 5 * 1024 * 1024;
export const PAGE_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Between two requests to one host: servers see a reader, not a crawler. */
export const DEFAULT_GAP_MS = 1_000;
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 6 * 3_600_000;

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchRequest {
  url: string;
  maxBytes: number;
  accept: string;
  validators?: Validators;
}

export type FetchOutcome =
  | { ok: true; notModified: false; status: number; text: string; finalUrl: string; contentType: string | null; etag: string | null; lastModified: string | null }
  | { ok: true; notModified: true; status: 304; finalUrl: string; etag: string | null; lastModified: string | null }
  | { ok: false; problem: FetchProblem; message: string; status: number | null; retryAt: number | null };

export interface PoliteFetcherDeps {
  fetch: typeof fetch;
  now?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  timeoutMs?: number;
  gapMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

export interface PoliteFetcher {
  fetchText(request: FetchRequest): Promise<FetchOutcome>;
  /** When the host (or address, for errors of one page) may next be asked; null if now. */
  retryAt(url: string): number | null;
}

// Where a redirect ends on one of these, the server wants a login, not to give the page.
const LOGIN_PATH = /\/(login|log-in|signin|sign-in|auth|account\/login|subscribe|paywall)\b/i;

/**
 * @example
 * const fetcher = createPoliteFetcher({ fetch: globalThis.fetch.bind(globalThis) });
 * const result = await fetcher.fetchText({ url, maxBytes: FEED_MAX_BYTES, accept: FEED_ACCEPT });
 */
export function createPoliteFetcher(deps: PoliteFetcherDeps): PoliteFetcher {
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearTimer = deps.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const gapMs = deps.gapMs ?? DEFAULT_GAP_MS;
  const base = deps.backoffBaseMs ?? BACKOFF_BASE_MS;
  const max = deps.backoffMaxMs ?? BACKOFF_MAX_MS;
  const queues = new Map<string, Promise<unknown>>();
  const lastRequestAt = new Map<string, number>();
  const failures = new Map<string, { count: number; until: number }>();

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimer(resolve, ms));

  /** Runs task after every earlier task for the same host has finished. */
  function enqueue<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(host) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    queues.set(host, tail);
    void tail.then(() => {
      if (queues.get(host) === tail) queues.delete(host);
    });
    return run;
  }

  function blockedUntil(keys: string[]): number | null {
    const until = Math.max(0, ...keys.map((k) => failures.get(k)?.until ?? 0));
    return until > now() ? until : null;
  }

  function fail(key: string, problem: FetchProblem, status: number | null, retryAfterMs: number | null, message?: string): FetchOutcome {
    const count = (failures.get(key)?.count ?? 0) + 1;
    const wait = Math.min(max, Math.max(retryAfterMs ?? 0, base * 2 ** (count - 1)));
    const until = now() + wait;
    failures.set(key, { count, until });
    return { ok: false, problem, message: message ?? describeFetchProblem(problem, status, until), status, retryAt: until };
  }

  async function attempt(request: FetchRequest, url: URL): Promise<FetchOutcome> {
    const host = url.host;
    const waiting = blockedUntil([host, url.href]);
    if (waiting) return { ok: false, problem: 'backing-off', message: describeFetchProblem('backing-off', null, waiting), status: null, retryAt: waiting };
    const since = now() - (lastRequestAt.get(host) ?? -Infinity);
    if (since < gapMs) await sleep(gapMs - since);
    lastRequestAt.set(host, now());

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimer(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const headers: Record<string, string> = { Accept: request.accept };
      if (request.validators?.etag) headers['If-None-Match'] = request.validators.etag;
      if (request.validators?.lastModified) headers['If-Modified-Since'] = request.validators.lastModified;
      const response = await deps.fetch(url.href, {
        headers,
        credentials: 'omit',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
      return await read(request, url, response, () => timedOut);
    } catch {
      return fail(host, timedOut ? 'timeout' : 'network', null, null);
    } finally {
      clearTimer(timer);
    }
  }

  async function read(request: FetchRequest, url: URL, response: Response, timedOut: () => boolean): Promise<FetchOutcome> {
    const finalUrl = response.url || url.href;
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (response.status === 304) {
      failures.delete(url.host);
      failures.delete(url.href);
      return { ok: true, notModified: true, status: 304, finalUrl, etag: etag ?? request.validators?.etag ?? null, lastModified: lastModified ?? request.validators?.lastModified ?? null };
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return failStatus(url, response);
    }
    if (response.redirected && LOGIN_PATH.test(new URL(finalUrl).pathname)) {
      void response.body?.cancel().catch(() => undefined);
      return fail(url.href, 'login', response.status, null);
    }
    const body = await readCapped(response, request.maxBytes);
    if (body === 'too-large') {
      const mb = Math.round(request.maxBytes / 1024 / 1024);
      return fail(url.href, 'too-large', response.status, null, t('fetchTooLargeMb', [mb]));
    }
    if (timedOut()) return fail(url.host, 'timeout', null, null);
    failures.delete(url.host);
    failures.delete(url.href);
    const contentType = response.headers.get('content-type');
    return { ok: true, notModified: false, status: response.status, text: decodeBody(body, contentType), finalUrl, contentType, etag, lastModified };
  }

  function failStatus(url: URL, response: Response): FetchOutcome {
    const status = response.status;
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now());
    if (status === 429) return fail(url.host, 'rate-limited', status, retryAfter);
    if (status >= 500) return fail(url.host, 'server', status, retryAfter);
    // Errors of one address wait for that address only; the rest of the site stays reachable.
    if (status === 404) return fail(url.href, 'not-found', status, null);
    if (status === 410) return fail(url.href, 'gone', status, null);
    if (status === 401 || status === 403) return fail(url.href, 'login', status, null);
    return fail(url.href, 'http', status, null);
  }

  return {
    fetchText(request) {
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        return Promise.resolve({ ok: false, problem: 'not-http', message: describeFetchProblem('not-http', null, null), status: null, retryAt: null });
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return Promise.resolve({ ok: false, problem: 'not-http', message: describeFetchProblem('not-http', null, null), status: null, retryAt: null });
      }
      return enqueue(url.host, () => attempt(request, url));
    },
    retryAt(raw) {
      try {
        const url = new URL(raw);
        return blockedUntil([url.host, url.href]);
      } catch {
        return null;
      }
    },
  };
}

/** Retry-After in seconds or as an HTTP date, as milliseconds from now; null when absent or bad. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
