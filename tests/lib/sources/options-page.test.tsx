// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import axe from 'axe-core';
import { App } from '../../../entrypoints/options/App';
import { feedCheckRequestSetting, gatheringSetting, sourcesSetting, sourceStatusSetting, type Source } from '../../../lib/settings';
import type { PermissionsApi } from '../../../lib/sources/permissions';
import { exportSources } from '../../../lib/sources/import-export';

class FakePermissions implements PermissionsApi {
  granted = new Set<string>();
  answer = true;
  request = vi.fn(async ({ origins }: { origins: string[] }) => {
    if (this.answer) origins.forEach((o) => this.granted.add(o));
    return this.answer;
  });
  remove = vi.fn(async ({ origins }: { origins: string[] }) => (origins.forEach((o) => this.granted.delete(o)), true));
  contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => this.granted.has(o)));
}

let permissions: FakePermissions;
let ids: number;
const download = vi.fn();

function renderPage() {
  return render(<App permissions={permissions} makeId={() => `id-${++ids}`} download={download} />);
}

const typeInto = (label: string, value: string, scope: HTMLElement = document.body) => fireEvent.input(within(scope).getByLabelText(label), { target: { value } });

beforeEach(() => {
  fakeBrowser.reset();
  permissions = new FakePermissions();
  ids = 0;
  download.mockReset();
});
afterEach(cleanup);

describe('options page', () => {
  it('adds a source from the form, asking for its access within the click', async () => {
    renderPage();
    const form = await screen.findByRole('form', { name: 'Add a source' });
    typeInto('Name', 'Local Outlet', form);
    typeInto('Domains', 'https://www.Local.example/news, local.example', form);
    typeInto('Feeds (optional)', 'https://feeds.local.example/rss.xml', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Add source' }));
    // The request happened synchronously inside the click, before anything was awaited.
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['*://local.example/*', '*://*.local.example/*'] });
    await screen.findByText('Added Local Outlet.');
    expect(await sourcesSetting.getValue()).toEqual([
      { id: 'id-1', name: 'Local Outlet', domains: ['local.example'], feeds: ['https://feeds.local.example/rss.xml'], enabled: true, autoCapture: false },
    ]);
    expect(screen.getByRole('heading', { name: 'Local Outlet' })).toBeTruthy();
  });

  it('shows field errors in words and saves nothing when the form is wrong', async () => {
    renderPage();
    const form = await screen.findByRole('form', { name: 'Add a source' });
    typeInto('Domains', 'not a domain!', form);
    typeInto('Feeds (optional)', 'ftp://x.example/feed', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Add source' }));
    const alerts = await within(form).findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Give the source a name.',
      '"not" is not a domain (for example: bbc.co.uk).',
      '"ftp://x.example/feed" is not an http or https address.',
    ]);
    expect(permissions.request).not.toHaveBeenCalled();
    expect(await sourcesSetting.getValue()).toEqual([]);
  });

  it('keeps a ticked starter outlet whose access is denied, says so, and offers to ask again', async () => {
    permissions.answer = false;
    renderPage();
    fireEvent.click(await screen.findByLabelText(/^BBC News/));
    await screen.findByText(/Added BBC News, but without access/);
    expect((await sourcesSetting.getValue()).map((s) => s.id)).toEqual(['starter-bbc']);
    const allow = await screen.findByRole('button', { name: 'Allow access to BBC News' });
    permissions.answer = true;
    fireEvent.click(allow);
    await screen.findByText('Parallax can now read BBC News.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Allow access to BBC News' })).toBeNull());
  });

  it('shows each source\'s last fetch in words, and reorders and removes sources', async () => {
    const a: Source = { id: 'a', name: 'Alpha', domains: ['alpha.example'], feeds: ['https://alpha.example/rss'], enabled: true, autoCapture: false };
    const b: Source = { id: 'b', name: 'Beta', domains: ['beta.example'], feeds: [], enabled: true, autoCapture: false };
    await sourcesSetting.setValue([a, b]);
    await sourceStatusSetting.setValue({ a: { checkedAt: '2026-01-01T10:00:00Z', items: 1234, error: 'The feed address returned a web page, not a feed.', lacksAccess: false } });
    renderPage();
    expect(await screen.findByText(/1[,.\u202f\u00a0]?234 items/)).toBeTruthy();
    expect(screen.getByText(/returned a web page, not a feed/)).toBeTruthy();
    expect(screen.getByText('No feed: its pages are compared when you read them.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move Beta up' }));
    await waitFor(async () => expect((await sourcesSetting.getValue()).map((s) => s.id)).toEqual(['b', 'a']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Alpha' }));
    await screen.findByText('Removed Alpha.');
    expect((await sourcesSetting.getValue()).map((s) => s.id)).toEqual(['b']);
  });

  it('asks the background to check the feeds now, only when some enabled source has a feed', async () => {
    await sourcesSetting.setValue([{ id: 'b', name: 'Beta', domains: ['beta.example'], feeds: [], enabled: true, autoCapture: false }]);
    renderPage();
    await screen.findByRole('heading', { name: 'Beta' });
    expect(screen.queryByRole('button', { name: 'Check feeds now' })).toBeNull();
    await sourcesSetting.setValue([{ id: 'b', name: 'Beta', domains: ['beta.example'], feeds: ['https://beta.example/rss'], enabled: true, autoCapture: false }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Check feeds now' }));
    await screen.findByText(/Checking the feeds/);
    expect(await feedCheckRequestSetting.getValue()).toBeGreaterThan(0);
  });

  it('imports a good file and refuses a bad one without losing anything', async () => {
    const existing: Source = { id: 'a', name: 'Alpha', domains: ['alpha.example'], feeds: [], enabled: true, autoCapture: false };
    await sourcesSetting.setValue([existing]);
    renderPage();
    const input = (await screen.findByLabelText('Import sources…')) as HTMLInputElement;
    const upload = (text: string) => fireEvent.change(input, { target: { files: [new File([text], 'sources.json', { type: 'application/json' })] } });

    upload('{"format":"parallax-sources","version":1,"sources":[{"name":"<img src=x onerror=alert(1)>","domains":["x.example"]}]}');
    await screen.findByText('Imported 1 source.');
    // The name is shown as text, never as markup.
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    const imported = (await sourcesSetting.getValue()).find((s) => s.domains[0] === 'x.example')!;
    expect((await sourceStatusSetting.getValue())[imported.id]).toMatchObject({ lacksAccess: true });
    expect(await screen.findByRole('button', { name: 'Allow access to <img src=x onerror=alert(1)>' })).toBeTruthy();

    upload('{"sources": "nope"');
    await screen.findByText('Nothing was imported. This file is not valid JSON.');
    expect((await sourcesSetting.getValue()).map((s) => s.name)).toEqual(['Alpha', '<img src=x onerror=alert(1)>']);
  });

  it('exports the sources as a file that imports back', async () => {
    const a: Source = { id: 'a', name: 'Alpha', domains: ['alpha.example'], feeds: ['https://alpha.example/rss'], enabled: false, autoCapture: true };
    await sourcesSetting.setValue([a]);
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Export sources' }));
    expect(download).toHaveBeenCalledWith('parallax-sources.json', expect.any(String));
    const text = download.mock.calls[0]![1] as string;
    expect(JSON.parse(text).sources).toEqual(JSON.parse(exportSources([a])).sources);
  });

  it('turns gathering on and sets the interval; the interval waits until gathering is on', async () => {
    renderPage();
    const interval = (await screen.findByLabelText('Check the feeds')) as HTMLSelectElement;
    expect(interval.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/Gather other outlets' reports/));
    await waitFor(async () => expect(await gatheringSetting.getValue()).toEqual({ enabled: true, pollMinutes: 30 }));
    await waitFor(() => expect(interval.disabled).toBe(false));
    fireEvent.change(interval, { target: { value: '60' } });
    await waitFor(async () => expect(await gatheringSetting.getValue()).toEqual({ enabled: true, pollMinutes: 60 }));
  });

  it('has no accessibility violations (axe-core)', async () => {
    await sourcesSetting.setValue([{ id: 'a', name: 'Alpha', domains: ['alpha.example'], feeds: ['https://alpha.example/rss'], enabled: true, autoCapture: false }]);
    const { container } = renderPage();
    await screen.findByRole('heading', { name: 'Alpha' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
