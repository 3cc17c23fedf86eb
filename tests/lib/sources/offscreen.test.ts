import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { createOffscreenExtractor, type OffscreenApi } from '../../../lib/sources/offscreen-client';
import { serveExtraction } from '../../../lib/sources/offscreen-host';
import { OFFSCREEN_PORT, type PortLike } from '../../../lib/sources/offscreen-protocol';

const EVENTS = fileURLToPath(new URL('../../../../shared/corpus/events-dev/', import.meta.url));
const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** Two connected fake ports, like runtime.connect gives the background and the offscreen page. */
function portPair(name: string, sender: PortLike['sender']): [PortLike, PortLike] {
  const make = (): PortLike & { deliver(m: unknown): void; listeners: Array<(m: unknown) => void>; gone: Array<() => void> } => {
    const port = {
      name,
      sender,
      listeners: [] as Array<(m: unknown) => void>,
      gone: [] as Array<() => void>,
      postMessage: (m: unknown) => queueMicrotask(() => other.deliver(structuredClone(m))),
      disconnect: () => other.gone.forEach((g) => g()),
      deliver: (m: unknown) => port.listeners.forEach((l) => l(m)),
      onMessage: { addListener: (cb: (m: unknown) => void) => void port.listeners.push(cb) },
      onDisconnect: { addListener: (cb: () => void) => void port.gone.push(cb) },
    };
    return port;
  };
  const a = make();
  const other = make();
  const b = other;
  a.postMessage = (m: unknown) => queueMicrotask(() => b.deliver(structuredClone(m)));
  b.postMessage = (m: unknown) => queueMicrotask(() => a.deliver(structuredClone(m)));
  a.disconnect = () => b.gone.forEach((g) => g());
  b.disconnect = () => a.gone.forEach((g) => g());
  return [a, b];
}

function fakeOffscreen(): OffscreenApi & { created: number; closed: number } {
  let open = false;
  const api = {
    created: 0,
    closed: 0,
    createDocument: async () => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
      api.created++;
    },
    closeDocument: async () => {
      open = false;
      api.closed++;
    },
    hasDocument: async () => open,
  };
  return api;
}

describe('extraction in the offscreen document', () => {
  it('extracts a fetched page over the named port, creating the document once and closing it when idle', async () => {
    vi.useFakeTimers();
    try {
      const offscreen = fakeOffscreen();
      const client = createOffscreenExtractor({
        offscreen,
        connect: (name) => {
          const [background, page] = portPair(name, { id: 'ext-id' });
          serveExtraction(page, 'ext-id', parse);
          return background;
        },
        idleCloseMs: 60_000,
      });
      const html = readFileSync(EVENTS + 'beirut-port-explosion-2020-08/tass.html', 'utf8');
      const [one, two] = await Promise.all([client.extract(html, 'https://tass.example/beirut'), client.extract('<html><body>menu</body></html>', 'https://tass.example/x')]);
      expect(one.ok && one.article.text).toMatch(/Beirut/);
      expect(two).toMatchObject({ ok: false, reason: 'not-article' });
      expect(offscreen.created).toBe(1);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(offscreen.closed).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses ports from a tab or another extension, and drops malformed requests', () => {
    const log = vi.fn();
    const [, fromTab] = portPair(OFFSCREEN_PORT, { id: 'ext-id', tab: { id: 3 } });
    expect(serveExtraction(fromTab, 'ext-id', parse, log)).toBe(false);
    const [, fromOther] = portPair(OFFSCREEN_PORT, { id: 'other-extension' });
    expect(serveExtraction(fromOther, 'ext-id', parse, log)).toBe(false);
    const [, wrongName] = portPair('something-else', { id: 'ext-id' });
    expect(serveExtraction(wrongName, 'ext-id', parse, log)).toBe(false);

    const [, page] = portPair(OFFSCREEN_PORT, { id: 'ext-id' });
    const posted = vi.spyOn(page, 'postMessage');
    expect(serveExtraction(page, 'ext-id', parse, log)).toBe(true);
    for (const bad of [null, { id: 1, html: 5, url: 'https://x.example' }, { id: 1, html: '', url: 'javascript:alert(1)' }]) {
      (page as unknown as { deliver(m: unknown): void }).deliver(bad);
    }
    expect(posted).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(3);
  });

  it('answers a failed extraction (not a hang) when the document goes away', async () => {
    let backgroundSide: PortLike | null = null;
    const client = createOffscreenExtractor({
      offscreen: fakeOffscreen(),
      connect: (name) => {
        const [background, page] = portPair(name, { id: 'ext-id' });
        backgroundSide = background;
        page.onMessage.addListener(() => page.disconnect()); // the document crashes on the request
        return background;
      },
    });
    const result = await client.extract('<html></html>', 'https://x.example/1');
    expect(backgroundSide).not.toBeNull();
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/could not be read/) });
  });
});
