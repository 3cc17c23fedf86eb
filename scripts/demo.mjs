/**
 * Drives the demo (run by scripts/demo.sh after the build): see that file. Prints what the side
 * panel shows, as the background computed it, in a table a terminal can show.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from './serve-fixtures.mjs';
import { Cdp } from '../tests/e2e/cdp.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = `${root}.output/e2e-chrome-mv3`;
const shots = `${root}docs/screenshots`;
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Text wrapped at spaces into lines of a column's width (a word longer than the column is cut). */
const wrap = (text, width) => {
  const lines = [];
  let line = '';
  for (const word of String(text ?? '').split(/\s+/).filter(Boolean)) {
    const piece = word.length > width ? word.slice(0, width - 1) + '…' : word;
    if (line && line.length + 1 + piece.length > width) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  }
  lines.push(line);
  return lines;
};

function printComparison(comparison) {
  const outlets = comparison.reports.map((r) => r.outlet);
  console.log(`\nReports of the event: ${comparison.reports.map((r) => `${r.outlet} (${r.publishedAt ?? 'no time'})`).join(', ')}`);
  const widths = [26, 8, 12, ...outlets.map(() => 34)];
  const line = (cells) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let row = 0; row < height; row++) console.log(wrapped.map((w, i) => (w[row] ?? '').padEnd(widths[i])).join(' │ '));
  };
  const rule = () => console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  const mentionOf = (item, report) => item.mentions.filter((m) => m.report === report.id);
  console.log('\nFigures');
  line(['what is counted', 'status', 'differs in', ...outlets]);
  rule();
  for (const item of comparison.numbers) {
    const cells = comparison.reports.map((r) => mentionOf(item, r).map((m) => [m.text, m.source && `(${m.source}${m.cue ? ', ' + m.cue : ''})`].filter(Boolean).join(' ')).join('; ') || '—');
    line([item.what, item.status, item.kinds.join(', '), ...cells]);
  }
  console.log('\nAttributions');
  line(['source', 'status', 'differs in', ...outlets]);
  rule();
  for (const item of comparison.attributions) {
    const cells = comparison.reports.map((r) => mentionOf(item, r).map((m) => m.cue + (m.quote ? ` “${m.quote}”` : '')).join('; ') || '—');
    line([item.entity, item.status, item.kinds.join(', '), ...cells]);
  }
}

const server = await startFixtureServer();
const profile = mkdtempSync(`${tmpdir()}/parallax-demo-`);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless,
  viewport: { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--remote-debugging-port=0'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const ui = await context.newPage();
  await ui.goto(`chrome-extension://${id}/popup.html?tabId=0`);
  const ask = (name, request) => ui.evaluate(([n, r]) => chrome.runtime.sendMessage({ name: n, request: r }), [name, request]);
  const open = async (path) => {
    const page = await context.newPage();
    await page.goto(server.url + path);
    const tabId = await ui.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
    return { page, tabId };
  };
  const waitFor = async (tabId, test) => {
    for (let i = 0; i < 120; i++) {
      const state = await ask('ui:tab-state', { tabId });
      if (test(state)) return state;
      await sleep(250);
    }
    throw new Error('The extension did not finish reading the page.');
  };

  console.log(`Serving the seed pages at ${server.url}; Chromium ${headless ? 'headless' : 'with a window'}.`);
  const first = await open('/seed/telesur-english/');
  await waitFor(first.tabId, (s) => s.status === 'article');
  console.log('Read teleSUR English.');
  const second = await open('/seed/rt/');
  const state = await waitFor(second.tabId, (s) => s.status === 'article' && s.comparison.reports.length > 1);
  console.log(`Read RT: ${state.differences} differences (the badge shows ${await ui.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), second.tabId)}).`);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html?tabId=${second.tabId}`);
  await popup.getByTestId('open-panel').click();
  await second.page.bringToFront();
  await popup.close();
  const cdp = await Cdp.connect(profile);
  let panel = null;
  for (let i = 0; i < 60 && !panel; i++) {
    panel = await cdp.attach((url, type) => type === 'page' && url.startsWith(`chrome-extension://${id}/sidepanel.html`));
    if (!panel) await sleep(250);
  }
  printComparison(state.comparison);
  if (panel) {
    await sleep(1500);
    mkdirSync(shots, { recursive: true });
    writeFileSync(`${shots}/demo-panel.png`, await panel.screenshot());
    console.log(`\nSaved the side panel to docs/screenshots/demo-panel.png`);
  } else {
    console.log('\nThe side panel did not open; nothing saved.');
  }
  cdp.close();
  if (!headless) {
    console.log('The browser stays open with the panel; press Ctrl-C to end.');
    await new Promise((resolve) => process.once('SIGINT', resolve));
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
