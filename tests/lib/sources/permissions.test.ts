import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sourcesSetting, sourceStatusSetting, type Source } from '../../../lib/settings';
import { checkAccess, originsFor, syncAccessStatus, type PermissionsApi } from '../../../lib/sources/permissions';
import { addSource, moveSource, removeSource, retryAccess, updateSource } from '../../../lib/sources/source-actions';
import { storageStatusStore } from '../../../lib/sources/status';

/**
 * WXT's fakeBrowser does not implement permissions, so the API is injected: granted origins are
 * a set, and the reader's answer to the next prompt is `answer`.
 */
class FakePermissions implements PermissionsApi {
  granted = new Set<string>();
  answer = true;
  requests: string[][] = [];
  async request({ origins }: { origins: string[] }) {
    this.requests.push(origins);
    if (this.answer) origins.forEach((o) => this.granted.add(o));
    return this.answer;
  }
  async remove({ origins }: { origins: string[] }) {
    origins.forEach((o) => this.granted.delete(o));
    return true;
  }
  async contains({ origins }: { origins: string[] }) {
    return origins.every((o) => this.granted.has(o));
  }
}

const bbc: Source = { id: 'bbc', name: 'BBC', domains: ['bbc.com', 'bbc.co.uk'], feeds: ['https://feeds.bbci.co.uk/news/world/rss.xml'], enabled: true, autoCapture: false };
const local: Source = { id: 'local', name: 'Local test', domains: ['127.0.0.1'], feeds: ['http://127.0.0.1:8080/feed.xml'], enabled: true, autoCapture: true };
const bbcSport: Source = { id: 'bbc-sport', name: 'BBC Sport', domains: ['bbc.co.uk'], feeds: [], enabled: true, autoCapture: false };

let permissions: FakePermissions;
beforeEach(() => {
  fakeBrowser.reset();
  permissions = new FakePermissions();
});

describe('origins a source needs', () => {
  it.each([
    [bbc, ['*://bbc.com/*', '*://*.bbc.com/*', '*://bbc.co.uk/*', '*://*.bbc.co.uk/*', '*://feeds.bbci.co.uk/*']],
    [local, ['http://127.0.0.1/*']],
    [{ domains: ['localhost'], feeds: ['https://127.0.0.2/feed'] }, ['http://localhost/*', 'https://127.0.0.2/*']],
    [{ domains: ['rt.com'], feeds: ['https://www.rt.com/rss/news/', 'not a url'] }, ['*://rt.com/*', '*://*.rt.com/*']],
  ])('%#', (source, origins) => {
    expect(originsFor(source)).toEqual(origins);
  });
});

describe('the permission flow (fakeBrowser storage, injected permissions)', () => {
  it('asks when a source is added; granted -> the source has access', async () => {
    expect(await addSource({ permissions }, bbc)).toBe(true);
    expect(permissions.requests).toEqual([originsFor(bbc)]);
    expect(await sourcesSetting.getValue()).toEqual([bbc]);
    expect((await sourceStatusSetting.getValue()).bbc).toMatchObject({ lacksAccess: false });
  });

  it('keeps a source whose access is denied, marked as lacking access; asking again can fix it', async () => {
    permissions.answer = false;
    expect(await addSource({ permissions }, bbc)).toBe(false);
    expect(await sourcesSetting.getValue()).toEqual([bbc]);
    expect((await sourceStatusSetting.getValue()).bbc).toMatchObject({ lacksAccess: true });
    permissions.answer = true;
    expect(await retryAccess({ permissions }, bbc)).toBe(true);
    expect((await sourceStatusSetting.getValue()).bbc).toMatchObject({ lacksAccess: false });
  });

  it('asks for nothing when an edit needs no new origins, and for the new ones when it does', async () => {
    await addSource({ permissions }, bbc);
    const renamed = { ...bbc, name: 'BBC World' };
    expect(await updateSource({ permissions }, bbc, renamed)).toBeNull();
    expect(permissions.requests).toHaveLength(1);
    const withFeed = { ...renamed, feeds: [...renamed.feeds, 'https://feeds.example-cdn.net/bbc.xml'] };
    expect(await updateSource({ permissions }, renamed, withFeed)).toBe(true);
    expect(permissions.granted.has('*://feeds.example-cdn.net/*')).toBe(true);
    // Dropping that feed gives its host back.
    await updateSource({ permissions }, withFeed, renamed);
    expect(permissions.granted.has('*://feeds.example-cdn.net/*')).toBe(false);
    expect((await sourcesSetting.getValue())[0]!.name).toBe('BBC World');
  });

  it('gives back on removal only the origins no other source needs', async () => {
    await addSource({ permissions }, bbc);
    await addSource({ permissions }, bbcSport);
    await removeSource({ permissions }, 'bbc');
    expect([...permissions.granted].sort()).toEqual(['*://*.bbc.co.uk/*', '*://bbc.co.uk/*']);
    expect(await sourcesSetting.getValue()).toEqual([bbcSport]);
    expect((await sourceStatusSetting.getValue()).bbc).toBeUndefined();
  });

  it('checks access on startup: a permission removed in the browser marks the source', async () => {
    await addSource({ permissions }, bbc);
    await addSource({ permissions }, local);
    permissions.granted.delete('http://127.0.0.1/*');
    const sources = await sourcesSetting.getValue();
    expect(await checkAccess(permissions, sources)).toEqual({ bbc: true, local: false });
    await syncAccessStatus(permissions, sources, storageStatusStore());
    const statuses = await sourceStatusSetting.getValue();
    expect([statuses.bbc!.lacksAccess, statuses.local!.lacksAccess]).toEqual([false, true]);
  });

  it('treats a request that throws (no user gesture) as denied, not as a crash', async () => {
    const throwing: PermissionsApi = { ...permissions, request: () => Promise.reject(new Error('must be called during a user gesture')), remove: permissions.remove.bind(permissions), contains: permissions.contains.bind(permissions) };
    expect(await addSource({ permissions: throwing }, bbc)).toBe(false);
    expect((await sourceStatusSetting.getValue()).bbc).toMatchObject({ lacksAccess: true });
  });
});

describe('reordering', () => {
  it.each([
    ['bbc', 1, ['local', 'bbc', 'bbc-sport']],
    ['bbc', -1, ['bbc', 'local', 'bbc-sport']],
    ['bbc-sport', 1, ['bbc', 'local', 'bbc-sport']],
    ['bbc-sport', -1, ['bbc', 'bbc-sport', 'local']],
  ] as const)('%s by %i', (id, delta, order) => {
    expect(moveSource([bbc, local, bbcSport], id, delta).map((s) => s.id)).toEqual(order);
  });
});
