import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureDomains, gatheringSetting, retentionDaysSetting, sourcesSetting, type Source } from '../../lib/settings';

const source = (id: string, domains: string[], enabled: boolean, autoCapture: boolean): Source => ({ id, name: id, domains, feeds: [], enabled, autoCapture });

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('start from the documented defaults: gathering off, every 30 minutes, 90 days, no sources', async () => {
    expect(await gatheringSetting.getValue()).toEqual({ enabled: false, pollMinutes: 30 });
    expect(await retentionDaysSetting.getValue()).toBe(90);
    expect(await sourcesSetting.getValue()).toEqual([]);
  });

  it('capture only the domains of enabled sources with auto-capture on, once each', () => {
    const sources = [
      source('a', ['a.example', 'shared.example'], true, true),
      source('b', ['b.example'], false, true),
      source('c', ['c.example'], true, false),
      source('d', ['shared.example', 'd.example'], true, true),
    ];
    expect(captureDomains(sources)).toEqual(['a.example', 'shared.example', 'd.example']);
  });
});
