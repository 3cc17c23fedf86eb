/**
 * "Your data" in the real browser: the options page exports everything the extension stored as a
 * JSON file, deletes it all (after a second, explicit button; tabs and badges follow), imports the
 * file back to the very same records, and refuses a file that is not an export without touching
 * anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TabState } from '../../lib/protocol';
import { launch, storedReports, visit, waitForState, type Session } from './harness';

declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

let session: Session;
let options: Page;
let rtTab: number;
let before: Awaited<ReturnType<typeof storedReports>>;
let exported = '';

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const status = () => options.getByRole('status').filter({ hasText: /\S/ }).last();

beforeAll(async () => {
  session = await launch();
  await visit(session, '/seed/telesur-english/', (s) => s.status === 'article');
  const rt = await visit(session, '/seed/rt/', (s) => s.status === 'article' && s.comparison.reports.length === 2);
  rtTab = rt.tabId;
  before = byId(await storedReports(session));
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('your data, on the options page', () => {
  it('says how many reports are stored', async () => {
    expect(before).toHaveLength(2);
    await options.getByText(/^2 reports stored, captured on .*; about [\d.,]+ kB\.$/).waitFor({ timeout: 10_000 });
  });

  it('exports everything as a JSON file', async () => {
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^parallax-data-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync((await file.path())!, 'utf8');
    const data = JSON.parse(exported);
    expect(data.format).toBe('parallax-export');
    expect(byId(data.reports)).toEqual(before);
    expect(data.settings).toHaveProperty('retentionDays');
    await status().getByText('Exported 2 reports.').waitFor();
  });

  it('deletes everything after the second button, and the tab forgets its report', async () => {
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    expect(await storedReports(session)).toHaveLength(2);
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await status().getByText('Deleted 2 reports.').waitFor({ timeout: 10_000 });
    expect(await storedReports(session)).toEqual([]);
    await options.getByText('No reports are stored.').waitFor();
    const state = await waitForState(session, rtTab, (s: TabState) => s.status === 'idle');
    expect(state.status).toBe('idle');
    expect(await session.ui.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), rtTab)).toBe('');
  });

  it('refuses a file that is not an export, in words, storing nothing', async () => {
    await options.getByLabel('Import a data file…').setInputFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"bookmarks","items":[]}') });
    await status().getByText(/^Nothing was imported\. This file is not a Parallax export/).waitFor({ timeout: 10_000 });
    expect(await storedReports(session)).toEqual([]);
  });

  it('imports the exported file back to the very same records', async () => {
    await options.getByLabel('Import a data file…').setInputFiles({ name: 'parallax-data.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await status().getByText('Imported 2 reports.').waitFor({ timeout: 10_000 });
    expect(byId(await storedReports(session))).toEqual(before);
    await options.getByText(/^2 reports stored/).waitFor();
  });
});
