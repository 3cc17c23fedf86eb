/**
 * The article reader, run in the page's isolated world: it reads the page into an article for the
 * background and highlights passages the panel points to. It defines no page-visible global and
 * listens to no page events (window messages included), so a page cannot drive it.
 *
 * Registered at run time by the background for the reader's capture domains, or injected on demand
 * through activeTab (see entrypoints/background/registration.ts).
 * Test URLs: tests/fixtures/seed-pages/*, tests/fixtures/hostile-pages/* (served by scripts/serve-fixtures.mjs).
 */
import { onMessages, sendMessage } from '@/lib/messaging';
import { findPassage, highlightRange } from '@/lib/highlight';
import type { Extraction } from '@/lib/extract/article';
import { createPageReader, WATCH_MS } from './page-reader';

/** An instance marker in the isolated world (invisible to the page), so a second injection stays idle. */
const RUNNING = Symbol.for('parallax.reader');

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    const scope = globalThis as unknown as Record<symbol, { isValid: boolean } | undefined>;
    if (scope[RUNNING]?.isValid) return;
    scope[RUNNING] = ctx;

    const send = async (url: string, extraction: Extraction): Promise<void> => {
      if (extraction.ok) await sendMessage('page:article', { article: extraction.article });
      else await sendMessage('page:not-article', { url, reason: extraction.reason, message: extraction.message });
    };
    const reader = createPageReader({
      doc: document,
      href: () => location.href,
      send: (url, extraction) => send(url, extraction).catch((error: unknown) => console.debug('[parallax] not delivered', error)),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id as number),
    });

    // One passage highlighted at a time: a new one replaces the last, which also stops its timer.
    let clearHighlight: (() => void) | null = null;
    const stopListening = onMessages(
      {
        'content:extract': ({ force }) => reader.read(force),
        'content:highlight': ({ text }) => {
          const range = findPassage(document.body, text);
          if (!range) return { found: false };
          clearHighlight?.();
          const remove = highlightRange(range, window as never);
          const timer = ctx.setTimeout(() => remove(), 8000);
          clearHighlight = () => {
            clearTimeout(timer);
            remove();
          };
          return { found: true };
        },
      },
      { accept: ['content:'] },
    );
    ctx.onInvalidated(stopListening);

    // Pages that load their text late: read once more when it has settled. Watched for a while
    // after load and after each change of address only, not for the page's whole life.
    const observer = new MutationObserver(() => reader.changed());
    let stopWatching: number | undefined;
    const watch = (): void => {
      if (!document.body) return;
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      clearTimeout(stopWatching);
      stopWatching = ctx.setTimeout(() => observer.disconnect(), WATCH_MS);
    };
    ctx.onInvalidated(() => observer.disconnect());

    void reader.read();
    watch();
    // Single-page apps change address without a load: read the new story once it is rendered.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      reader.navigated();
      watch();
    });
  },
});
