import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptUpdatesPort, checkMessage, dispatch, onMessages, type ReceiveOptions, type Sender } from '../../lib/messaging';

const options: ReceiveOptions = { runtimeId: 'parallax-id', extensionBase: 'chrome-extension://parallax-id/', log: () => undefined };
const article = {
  url: 'https://rt.example/news/1',
  canonicalUrl: 'https://rt.example/news/1',
  outlet: 'RT',
  title: 'Kazakh authorities reveal police death toll',
  byline: null,
  lang: 'en',
  publishedAt: '2022-01-06T12:47:00.000Z',
  modifiedAt: null,
  text: 'At least 18 police officers and military servicemen have been killed.',
};
const page: Sender = { id: 'parallax-id', url: 'https://rt.example/news/1', frameId: 0, tab: { id: 7, url: 'https://rt.example/news/1' } };
const panel: Sender = { id: 'parallax-id', url: 'chrome-extension://parallax-id/sidepanel.html' };
const popupInTab: Sender = { id: 'parallax-id', url: 'chrome-extension://parallax-id/popup.html', tab: { id: 3, url: 'chrome-extension://parallax-id/popup.html' } };
const background: Sender = { id: 'parallax-id', url: 'chrome-extension://parallax-id/background.js' };
const BG = ['page:', 'ui:'];

describe('checkMessage accepts the protocol', () => {
  it.each([
    ['an article from the top frame of its tab', { name: 'page:article', request: { article } }, page, BG],
    ['a not-article notice', { name: 'page:not-article', request: { url: 'https://rt.example/', reason: 'not-article', message: 'No article.' } }, page, BG],
    ['a tab-state request from the side panel', { name: 'ui:tab-state', request: { tabId: 7 } }, panel, BG],
    ['a request from the popup opened as a tab', { name: 'ui:forget-tab', request: { tabId: 7 } }, popupInTab, BG],
    ['a highlight from the background to the content script', { name: 'content:highlight', request: { text: 'nearly 750', start: 3, end: 13 } }, background, ['content:']],
  ])('%s', (_label, message, sender, accept) => {
    const verdict = checkMessage(message, sender, accept, options);
    expect(verdict.ok).toBe(true);
  });

  it('gives page handlers the tab and address the browser reports, not what the page says', () => {
    const verdict = checkMessage({ name: 'page:article', request: { article } }, page, BG, options);
    expect(verdict.ok && verdict.context).toEqual({ tabId: 7, url: 'https://rt.example/news/1' });
  });
});

describe('checkMessage rejects malformed payloads', () => {
  it.each([
    ['null', null],
    ['a string', 'page:article'],
    ['an array', ['page:article', { article }]],
    ['an unknown name', { name: 'page:steal-reports', request: {} }],
    ['a prototype key as name', { name: '__proto__', request: {} }],
    ['a missing request', { name: 'page:article' }],
    ['an extra field (strict)', { name: 'page:article', request: { article: { ...article, html: '<script>' } } }],
    ['a number as text', { name: 'page:article', request: { article: { ...article, text: 42 } } }],
    ['an empty text', { name: 'page:article', request: { article: { ...article, text: '' } } }],
    ['a text past the cap', { name: 'page:article', request: { article: { ...article, text: 'x'.repeat(400_001) } } }],
    ['a javascript: address', { name: 'page:article', request: { article: { ...article, canonicalUrl: 'javascript:alert(1)' } } }],
    ['a file: address', { name: 'page:article', request: { article: { ...article, url: 'file:///etc/passwd' } } }],
    ['a date that is not a time', { name: 'page:article', request: { article: { ...article, publishedAt: 'yesterday' } } }],
    ['an unknown not-article reason', { name: 'page:not-article', request: { url: 'https://rt.example/', reason: 'evil', message: 'x' } }],
  ])('%s', (_label, message) => {
    const verdict = checkMessage(message, page, BG, options);
    expect(verdict.ok).toBe(false);
  });

  it.each([
    ['a negative tab id', { tabId: -1 }],
    ['a fractional tab id', { tabId: 1.5 }],
    ['a tab id as text', { tabId: '7' }],
  ])('ui request with %s', (_label, request) => {
    expect(checkMessage({ name: 'ui:tab-state', request }, panel, BG, options).ok).toBe(false);
  });

  it('a report id that is not one of ours', () => {
    expect(checkMessage({ name: 'ui:get-report', request: { reportId: '../../etc' } }, panel, BG, options).ok).toBe(false);
    expect(checkMessage({ name: 'ui:get-report', request: { reportId: 'r0123456789abcdef' } }, panel, BG, options).ok).toBe(true);
  });
});

describe('checkMessage rejects forged senders', () => {
  it.each<[string, string, Sender]>([
    ['a page posing as the panel (ui message from a web tab)', 'ui:tab-state', { ...page }],
    ['a web page address claiming ui', 'ui:forget-tab', { id: 'parallax-id', url: 'https://evil.example/chrome-extension://parallax-id/' }],
    ['our page url inside a web tab', 'ui:tab-state', { id: 'parallax-id', url: 'chrome-extension://parallax-id/popup.html', tab: { id: 9, url: 'https://evil.example/' } }],
    ['another extension', 'ui:tab-state', { ...panel, id: 'other-extension' }],
    ['an article from a sub-frame', 'page:article', { ...page, frameId: 3 }],
    ['an article with no tab', 'page:article', { id: 'parallax-id', url: 'https://rt.example/news/1', frameId: 0 }],
    ['an article from a frame of another origin than its tab', 'page:article', { ...page, url: 'https://ads.example/frame', tab: { id: 7, url: 'https://rt.example/news/1' } }],
    ['an article from an extension page', 'page:article', { ...panel, frameId: 0, tab: { id: 3, url: 'chrome-extension://parallax-id/sidepanel.html' } }],
  ])('%s', (_label, name, sender) => {
    const request = name === 'page:article' ? { article } : { tabId: 7 };
    expect(checkMessage({ name, request }, sender, BG, options).ok).toBe(false);
  });

  it('a content script cannot send content: messages to the background', () => {
    expect(checkMessage({ name: 'content:extract', request: { force: true } }, page, BG, options).ok).toBe(false);
  });

  it('a tab cannot send content: messages to a content script', () => {
    expect(checkMessage({ name: 'content:highlight', request: { text: 'x', start: 0, end: 1 } }, page, ['content:'], options).ok).toBe(false);
  });
});

describe('dispatch', () => {
  it('answers a valid message with its handler, with the validated request', async () => {
    const handler = vi.fn(async ({ tabId }: { tabId: number }) => ({ status: 'idle' as const, url: `tab ${tabId}` }));
    const answer = await new Promise((resolve) => {
      expect(dispatch({ name: 'ui:tab-state', request: { tabId: 4 } }, panel, resolve, { 'ui:tab-state': handler }, BG, options)).toBe(true);
    });
    expect(answer).toEqual({ status: 'idle', url: 'tab 4' });
  });

  it('never calls a handler for a refused message, and logs the reason', () => {
    const handler = vi.fn();
    const log = vi.fn();
    const respond = vi.fn();
    expect(dispatch({ name: 'ui:forget-tab', request: { tabId: 4 } }, page, respond, { 'ui:forget-tab': handler }, BG, { ...options, log })).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('from outside the extension'), expect.anything());
  });

  it('answers undefined (and logs) when a handler throws, so the caller is not left waiting', async () => {
    const log = vi.fn();
    const answer = await new Promise((resolve) => {
      dispatch({ name: 'ui:tab-state', request: { tabId: 4 } }, panel, resolve, { 'ui:tab-state': () => { throw new Error('boom'); } }, BG, { ...options, log });
    });
    expect(answer).toBeUndefined();
    expect(log).toHaveBeenCalledWith('ui:tab-state: handler failed', expect.any(Error));
  });
});

describe('onMessages with the in-memory browser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a flood of malformed messages reaches no handler', async () => {
    const handler = vi.fn(() => ({ stored: true, reportId: null }));
    const stop = onMessages({ 'page:article': handler }, { accept: BG, log: () => undefined });
    const sent = Array.from({ length: 200 }, (_, i) => fakeBrowser.runtime.sendMessage({ name: 'page:article', request: { article: { ...article, text: i } } }).catch(() => undefined));
    await Promise.all(sent);
    expect(handler).not.toHaveBeenCalled();
    stop();
  });
});

describe('acceptUpdatesPort', () => {
  it.each<[string, string, Sender | undefined, boolean]>([
    ['the side panel', 'parallax:tab-updates', panel, true],
    ['the popup opened as a tab', 'parallax:tab-updates', popupInTab, true],
    ['a content script (a page would learn what other tabs read)', 'parallax:tab-updates', page, false],
    ['another port name', 'parallax:other', panel, false],
    ['another extension', 'parallax:tab-updates', { ...panel, id: 'other' }, false],
    ['no sender', 'parallax:tab-updates', undefined, false],
  ])('%s -> %s', (_label, name, sender, accepted) => {
    expect(acceptUpdatesPort(name, sender, options)).toBe(accepted);
  });
});

describe('checkMessage on arbitrary input (fast-check)', () => {
  it('never throws, and accepts nothing that is not a well-formed message from a proper sender', async () => {
    const fc = (await import('fast-check')).default;
    const sender = fc.record({
      id: fc.constantFrom('parallax-id', 'other', undefined),
      url: fc.oneof(fc.webUrl(), fc.constant('chrome-extension://parallax-id/popup.html'), fc.string()),
      frameId: fc.oneof(fc.constant(0), fc.integer()),
      tab: fc.option(fc.record({ id: fc.integer(), url: fc.webUrl() }), { nil: undefined }),
    }, { requiredKeys: [] });
    const message = fc.oneof(
      fc.anything(),
      fc.record({ name: fc.constantFrom('page:article', 'ui:tab-state', 'ui:highlight', 'content:extract', 'toString', '__proto__'), request: fc.anything() }),
    );
    fc.assert(
      fc.property(message, sender, (m, s) => {
        const verdict = checkMessage(m, s as Sender, BG, options);
        // Only a tab-state request with a proper tab id from an extension page can pass here.
        if (verdict.ok) expect(verdict.name).toBe('ui:tab-state');
      }),
      { numRuns: 2000 },
    );
  });
});
