/**
 * Sources end to end, in Chromium with the e2e build: a second local server plays another outlet
 * (its feed and article pages, on "localhost"); the reader adds it as a source in the options page,
 * turns gathering on, reads a report of the Beirut port explosion on the fixture server
 * (127.0.0.1), and the other outlet's report of the same event is fetched, stored and compared.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabState } from '../../lib/protocol';
import { ask, launch, storedReports, visit, type Session } from './harness';

const EVENTS = fileURLToPath(new URL('../../../shared/corpus/events-dev/', import.meta.url));

let session: Session;
let outlet: Server;
let outletBase = '';
const requests: Array<{ path: string; headers: IncomingHttpHeaders }> = [];

/** The other outlet: an RSS feed with one item on the event and one on another event. */
function startOutlet(): Promise<void> {
  const pages: Record<string, string> = {
    '/world/beirut-blast.html': readFileSync(`${EVENTS}beirut-port-explosion-2020-08/tass.html`, 'utf8'),
    '/world/germany-floods.html': readFileSync(`${EVENTS}_distractors/dw-germany-floods.html`, 'utf8'),
  };
  outlet = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://outlet.invalid').pathname;
    requests.push({ path, headers: req.headers });
    if (path === '/rss.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"feed-1"' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Other outlet</title>
        <item><title>Beirut port blast: death toll rises</title><link>${outletBase}/world/beirut-blast.html</link>
          <description>The explosion at the port of Beirut, Lebanon, killed at least 154 people and injured thousands.</description></item>
        <item><title>Floods in western Germany</title><link>${outletBase}/world/germany-floods.html</link>
          <description>Heavy rain caused rivers to burst their banks in North Rhine-Westphalia.</description></item>
      </channel></rss>`);
      return;
    }
    const page = pages[path];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  return new Promise((resolve) =>
    outlet.listen(0, '127.0.0.1', () => {
      const address = outlet.address();
      outletBase = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
      resolve();
    }),
  );
}

async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

beforeAll(async () => {
  await startOutlet();
  session = await launch();
}, 180_000);

afterAll(async () => {
  await session?.close();
  await new Promise((resolve) => outlet?.close(resolve));
});

describe('following another outlet', () => {
  let options: Page;

  it('adds the outlet as a source in the options page, with its access', async () => {
    options = await openOptions();
    const form = options.getByRole('form', { name: 'Add a source' });
    await form.getByLabel('Name').fill('Other Outlet');
    await form.getByLabel('Domains').fill('localhost');
    await form.getByLabel('Feeds (optional)').fill(`${outletBase}/rss.xml`);
    await form.getByRole('button', { name: 'Add source' }).click();
    await options.getByText('Added Other Outlet.').waitFor({ timeout: 10_000 });
    await options.getByRole('heading', { name: 'Other Outlet' }).waitFor();
    await options.getByLabel(/Gather other outlets' reports/).check();
    expect(await options.getByLabel('Check the feeds').isDisabled()).toBe(false);
  });

  it('gathers the other outlet\'s report of the event the reader reads, and only that', async () => {
    const reading = await visit(session, '/events-dev/beirut-port-explosion-2020-08/the-boss-newspapers.html', (s) => s.status === 'article');
    const until = Date.now() + 60_000;
    let state: TabState = reading.state;
    while (Date.now() < until) {
      state = await ask<TabState>(session, 'ui:tab-state', { tabId: reading.tabId });
      if (state.status === 'article' && state.comparison.reports.length >= 2) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(state.status).toBe('article');
    if (state.status !== 'article') return;
    expect(state.comparison.reports.map((r) => r.url)).toContain(`${outletBase}/world/beirut-blast.html`);

    const stored = await storedReports(session);
    expect(stored.map((r) => r.url)).toContain(`${outletBase}/world/beirut-blast.html`);
    expect(stored.some((r) => r.url?.includes('germany-floods'))).toBe(false);
    // The feed and the matching page were fetched by the extension (no tab ever opened them).
    expect(requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/rss.xml', '/world/beirut-blast.html']));
    expect(requests.map((r) => r.path)).not.toContain('/world/germany-floods.html');
    // No cookies and no referrer go with the extension's requests.
    for (const r of requests) {
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
    }
  });

  it('shows the source\'s last fetch on the options page', async () => {
    await options.reload();
    await options.getByText(/Checked .* · 2 items/).waitFor({ timeout: 10_000 });
  });
});
