/**
 * The background's side of offscreen extraction (Chrome): makes sure the offscreen document
 * exists, sends it pages over a named port, and closes it after a quiet minute so that it does
 * not hold memory between gatherings.
 */
import * as v from 'valibot';
import type { Extraction } from '../extract/article';
import { ExtractResponseSchema, OFFSCREEN_PATH, OFFSCREEN_PORT, type PortLike } from './offscreen-protocol';

export interface OffscreenApi {
  createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export interface OffscreenClientDeps {
  offscreen: OffscreenApi;
  connect(name: string): PortLike;
  timeoutMs?: number;
  idleCloseMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

const FAILED: Extraction = { ok: false, reason: 'not-article', message: 'The page could not be read in the background.' };

export function createOffscreenExtractor(deps: OffscreenClientDeps): { extract(html: string, url: string): Promise<Extraction>; close(): Promise<void> } {
  const setTimer = deps.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearTimer = deps.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
  let port: PortLike | null = null;
  let creating: Promise<void> | null = null;
  let nextId = 1;
  let idle: unknown = null;
  const pending = new Map<number, (e: Extraction) => void>();

  async function ensureDocument(): Promise<void> {
    if (deps.offscreen.hasDocument && (await deps.offscreen.hasDocument())) return;
    creating ??= deps.offscreen
      .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Read the articles of the news sources the reader follows.' })
      .catch((error: unknown) => {
        // Another caller created it first: that is the one document allowed, and it will do.
        if (!/single offscreen|already/i.test(String(error))) throw error;
      })
      .finally(() => (creating = null));
    await creating;
  }

  function openPort(): PortLike {
    const p = deps.connect(OFFSCREEN_PORT);
    p.onMessage.addListener((message) => {
      const response = v.safeParse(ExtractResponseSchema, message);
      if (!response.success) return;
      pending.get(response.output.id)?.(response.output.extraction as Extraction);
      pending.delete(response.output.id);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      for (const resolve of pending.values()) resolve(FAILED);
      pending.clear();
    });
    return p;
  }

  async function close(): Promise<void> {
    port?.disconnect();
    port = null;
    await deps.offscreen.closeDocument().catch(() => undefined);
  }

  async function extract(html: string, url: string): Promise<Extraction> {
    if (idle !== null) clearTimer(idle);
    await ensureDocument();
    port ??= openPort();
    const id = nextId++;
    const result = await new Promise<Extraction>((resolve) => {
      pending.set(id, resolve);
      const timer = setTimer(() => {
        if (pending.delete(id)) resolve({ ok: false, reason: 'too-large', message: 'Reading the page took too long.' });
      }, deps.timeoutMs ?? 30_000);
      const done = pending.get(id)!;
      pending.set(id, (e) => {
        clearTimer(timer);
        done(e);
      });
      port!.postMessage({ id, html, url });
    });
    if (idle !== null) clearTimer(idle);
    idle = setTimer(() => {
      idle = null;
      if (!pending.size) void close();
    }, deps.idleCloseMs ?? 60_000);
    return result;
  }

  return { extract, close };
}
