/**
 * The background <-> offscreen document channel (Chrome: a service worker has no DOMParser, so
 * fetched pages are parsed and extracted in an offscreen document). A named port, not
 * runtime.sendMessage: a broadcast would also reach the panel and popup, whose answers could
 * arrive first. Both ends validate what they receive.
 */
import * as v from 'valibot';

export const OFFSCREEN_PORT = 'parallax:offscreen-extract';
export const OFFSCREEN_PATH = '/offscreen.html';

export const ExtractRequestSchema = v.object({
  id: v.number(),
  html: v.string(),
  url: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i)),
});
export type ExtractRequest = v.InferOutput<typeof ExtractRequestSchema>;

const ArticleSchema = v.object({
  url: v.nullable(v.string()),
  canonicalUrl: v.nullable(v.string()),
  outlet: v.string(),
  title: v.string(),
  byline: v.nullable(v.string()),
  lang: v.nullable(v.string()),
  publishedAt: v.nullable(v.string()),
  modifiedAt: v.nullable(v.string()),
  text: v.string(),
});

export const ExtractResponseSchema = v.object({
  id: v.number(),
  extraction: v.variant('ok', [
    v.object({ ok: v.literal(true), article: ArticleSchema }),
    v.object({ ok: v.literal(false), reason: v.picklist(['not-article', 'too-large', 'empty']), message: v.string() }),
  ]),
});
export type ExtractResponse = v.InferOutput<typeof ExtractResponseSchema>;

/** The part of a runtime.Port both ends use (injected: tests pass a pair of fakes). */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  sender?: { id?: string; url?: string; tab?: unknown };
}
