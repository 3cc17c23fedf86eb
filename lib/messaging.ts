/**
 * The wire of lib/protocol.ts: `runtime.sendMessage({ name, request })` answered with the bare
 * ResponseOf<name>, and the 'parallax:tab-updates' port carrying TabStateUpdate objects.
 *
 * Every incoming message is validated against its valibot schema and its sender is checked before
 * any handler runs: `page:` only from a top frame of a web tab whose origin matches, `ui:` only from
 * the extension's own pages, `content:` only from the extension itself. Anything else is logged and
 * dropped, never acted on (issue 8).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { MessageName, RequestOf, ResponseOf, TabStateUpdate } from './protocol';

export const TAB_UPDATES_PORT = 'parallax:tab-updates';

/** Caps that keep a hostile page from making the background hold or analyse huge strings. */
const MAX_TEXT = 400_000;
const MAX_SHORT = 2_000;
const MAX_URL = 4_096;
/** An import file's text: Chrome refuses messages past 64 MiB, so larger files are refused here in words first. */
export const MAX_IMPORT = 60 * 1024 * 1024;

const httpUrl = v.pipe(v.string(), v.maxLength(MAX_URL), v.url(), v.regex(/^https?:/i));
const short = v.pipe(v.string(), v.maxLength(MAX_SHORT));
const nullableShort = v.nullable(short);
const isoTime = v.nullable(v.pipe(v.string(), v.maxLength(64), v.isoTimestamp()));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT));
const notArticleReason = v.picklist(['not-article', 'too-large', 'empty']);

const articleSchema = v.strictObject({
  url: v.nullable(httpUrl),
  canonicalUrl: v.nullable(httpUrl),
  outlet: v.pipe(short, v.minLength(1)),
  title: short,
  byline: nullableShort,
  lang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  publishedAt: isoTime,
  modifiedAt: isoTime,
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
});

/** One schema per message: a message whose request does not parse is never handled. */
export const requestSchemas = {
  'page:article': v.strictObject({ article: articleSchema }),
  'page:not-article': v.strictObject({ url: httpUrl, reason: notArticleReason, message: short }),
  'ui:tab-state': v.strictObject({ tabId }),
  'ui:analyse-tab': v.strictObject({ tabId }),
  'ui:forget-tab': v.strictObject({ tabId }),
  'ui:get-report': v.strictObject({ reportId: v.pipe(v.string(), v.regex(/^r[0-9a-f]{16}$/)) }),
  'ui:highlight': v.strictObject({ tabId, text: v.pipe(short, v.minLength(1)), start: offset, end: offset }),
  'ui:prune-reports': v.strictObject({ days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(36_500))) }),
  'ui:data-summary': v.strictObject({}),
  'ui:export-data': v.strictObject({}),
  'ui:import-data': v.strictObject({ json: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_IMPORT)), mode: v.optional(v.picklist(['merge', 'replace'])) }),
  'ui:delete-data': v.strictObject({}),
  'content:highlight': v.strictObject({ text: v.pipe(short, v.minLength(1)), start: offset, end: offset }),
  'content:extract': v.strictObject({ force: v.boolean() }),
} satisfies { [K in MessageName]: v.GenericSchema<unknown, RequestOf<K>> };

/** The parts of a runtime.MessageSender the checks read (Chrome and Firefox both fill these). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Who sent a message, once checked: page messages carry their tab and page address. */
export interface Context {
  tabId: number | null;
  url: string | null;
}

export type Handlers = {
  [K in MessageName]?: (request: RequestOf<K>, context: Context) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

export interface ReceiveOptions {
  /** Our extension id (runtime.id). */
  runtimeId: string;
  /** Our pages' origin with a trailing slash (runtime.getURL('/')). */
  extensionBase: string;
  /** Where rejected messages are reported; defaults to console.warn. */
  log?: (reason: string, detail: unknown) => void;
}

export type Verdict =
  | { ok: true; name: MessageName; request: unknown; context: Context }
  | { ok: false; reason: string };

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function isMessageName(name: unknown): name is MessageName {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}

/** Checks the sender for a message's direction; returns the reason for refusing, or null. */
export function refuseSender(name: MessageName, sender: Sender, options: ReceiveOptions): { reason: string } | { context: Context } {
  if (sender.id !== options.runtimeId) return { reason: 'sender is another extension' };
  const fromOurPage = !!sender.url && sender.url.startsWith(options.extensionBase);
  if (name.startsWith('page:')) {
    // A content script of ours, in the top frame of a web tab, speaking for the page it runs in.
    const tab = sender.tab;
    if (!tab || typeof tab.id !== 'number') return { reason: 'page message without a tab' };
    if (sender.frameId !== 0) return { reason: 'page message from a sub-frame' };
    const origin = originOf(sender.url);
    if (!origin || !/^https?:/.test(origin)) return { reason: 'page message from a non-web address' };
    const tabOrigin = originOf(tab.url);
    if (tabOrigin && tabOrigin !== origin) return { reason: 'page message whose origin is not the tab\'s' };
    return { context: { tabId: tab.id, url: sender.url ?? null } };
  }
  if (name.startsWith('ui:')) {
    // Our popup, panel or options page (in Chrome's side panel, a popup, or opened as a tab).
    if (!fromOurPage) return { reason: 'ui message from outside the extension' };
    if (sender.tab?.url && !sender.tab.url.startsWith(options.extensionBase)) return { reason: 'ui message from a web tab' };
    return { context: { tabId: sender.tab?.id ?? null, url: sender.url ?? null } };
  }
  // content: messages come from the background only (no tab).
  if (sender.tab) return { reason: 'content message from a tab' };
  return { context: { tabId: null, url: sender.url ?? null } };
}

/**
 * Validates one incoming message: its shape `{ name, request }`, a known name of an accepted
 * direction, the request's schema, and the sender. Pure, so the rules are tested without a browser.
 */
export function checkMessage(message: unknown, sender: Sender, accept: readonly string[], options: ReceiveOptions): Verdict {
  if (!message || typeof message !== 'object' || Array.isArray(message)) return { ok: false, reason: 'not a message object' };
  const { name, request } = message as { name?: unknown; request?: unknown };
  if (!isMessageName(name)) return { ok: false, reason: `unknown message ${JSON.stringify(String(name)).slice(0, 80)}` };
  if (!accept.some((prefix) => name.startsWith(prefix))) return { ok: false, reason: `${name} is not accepted here` };
  const who = refuseSender(name, sender, options);
  if ('reason' in who) return { ok: false, reason: `${name}: ${who.reason}` };
  const parsed = v.safeParse(requestSchemas[name] as v.GenericSchema, request);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, reason: `${name}: malformed request (${v.getDotPath(issue) ?? 'request'}: ${issue.message})` };
  }
  return { ok: true, name, request: parsed.output, context: who.context };
}

/**
 * Answers one message with its handler, or returns false (no answer) when it is refused.
 * Chrome and Firefox both accept `sendResponse` + `return true`, unlike a returned promise.
 */
export function dispatch(
  message: unknown,
  sender: Sender,
  sendResponse: (response: unknown) => void,
  handlers: Handlers,
  accept: readonly string[],
  options: ReceiveOptions,
): boolean {
  const log = options.log ?? ((reason, detail) => console.warn('[parallax] refused message:', reason, detail));
  const verdict = checkMessage(message, sender, accept, options);
  if (!verdict.ok) {
    log(verdict.reason, { url: sender.url, tab: sender.tab?.id });
    return false;
  }
  const handler = handlers[verdict.name] as ((request: unknown, context: Context) => unknown) | undefined;
  if (!handler) {
    log(`${verdict.name}: no handler here`, { url: sender.url });
    return false;
  }
  Promise.resolve()
    .then(() => handler(verdict.request, verdict.context))
    .then(sendResponse, (error: unknown) => {
      log(`${verdict.name}: handler failed`, error);
      sendResponse(undefined);
    });
  return true;
}

/**
 * Listens for runtime messages of the accepted directions ('page:' and 'ui:' in the background,
 * 'content:' in the content script).
 * @returns A function that stops listening.
 * @example
 * onMessages({ 'ui:tab-state': ({ tabId }) => tabs.state(tabId) }, { accept: ['ui:'] });
 */
export function onMessages(handlers: Handlers, options: { accept: readonly string[]; log?: ReceiveOptions['log'] }): () => void {
  const receive: ReceiveOptions = { runtimeId: browser.runtime.id, extensionBase: browser.runtime.getURL('/'), log: options.log };
  const listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined =>
    dispatch(message, sender, sendResponse, handlers, options.accept, receive) ? true : undefined;
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
}

/** Sends a message to the background (from the UI or a content script). */
export function sendMessage<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage({ name, request }) as Promise<ResponseOf<K>>;
}

/** Sends a `content:` message to a tab's content script (top frame only). */
export function sendToTab<K extends Extract<MessageName, `content:${string}`>>(tabId: number, name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.tabs.sendMessage(tabId, { name, request }, { frameId: 0 }) as Promise<ResponseOf<K>>;
}

/**
 * Whether a port connection may receive tab updates: the updates port, opened by one of our pages
 * (never by a content script: a page must not learn what other tabs read).
 */
export function acceptUpdatesPort(name: string, sender: Sender | undefined, options: Pick<ReceiveOptions, 'runtimeId' | 'extensionBase'>): boolean {
  if (name !== TAB_UPDATES_PORT || !sender || sender.id !== options.runtimeId) return false;
  if (!sender.url?.startsWith(options.extensionBase)) return false;
  return !sender.tab?.url || sender.tab.url.startsWith(options.extensionBase);
}

/** True for a well-formed update (a stale build on the other end may send something else). */
export function isTabStateUpdate(value: unknown): value is TabStateUpdate {
  const u = value as Partial<TabStateUpdate> | null;
  return !!u && u.type === 'tab:state' && typeof u.tabId === 'number' && !!u.state && typeof u.state.status === 'string';
}

/**
 * Receives every tab-state change the background broadcasts.
 * @returns A function that disconnects.
 */
export function connectTabUpdates(onUpdate: (update: TabStateUpdate) => void): () => void {
  const port = browser.runtime.connect({ name: TAB_UPDATES_PORT });
  port.onMessage.addListener((message: unknown) => {
    if (isTabStateUpdate(message)) onUpdate(message);
  });
  return () => port.disconnect();
}
