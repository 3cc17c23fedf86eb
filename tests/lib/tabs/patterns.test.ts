import { describe, expect, it } from 'vitest';
import { capturePatterns, domainPatterns } from '../../../lib/tabs';
import type { Source } from '../../../lib/settings';

describe('domainPatterns', () => {
  it.each([
    ['rt.com', ['https://*.rt.com/*', 'http://*.rt.com/*']],
    ['  WWW.BBC.co.uk. ', ['https://*.www.bbc.co.uk/*', 'http://*.www.bbc.co.uk/*']],
    ['*.aljazeera.com', ['https://*.aljazeera.com/*', 'http://*.aljazeera.com/*']],
    ['localhost', ['https://localhost/*', 'http://localhost/*']],
    ['127.0.0.1', ['https://127.0.0.1/*', 'http://127.0.0.1/*']],
    ['intranet', []],
    ['evil.com/*', []],
    ['a..b', []],
    ['<script>', []],
  ])('%j -> %j', (domain, patterns) => {
    expect(domainPatterns(domain)).toEqual(patterns);
  });
});

describe('capturePatterns', () => {
  const source = (domains: string[], enabled: boolean, autoCapture: boolean): Source => ({ id: domains[0]!, name: domains[0]!, domains, feeds: [], enabled, autoCapture });
  it('keeps enabled auto-capture sources whose access was granted', async () => {
    const sources = [source(['rt.com', 'rt.ru'], true, true), source(['bbc.com'], true, false), source(['tass.com'], false, true), source(['dw.com'], true, true)];
    const granted = async (pattern: string) => !pattern.includes('rt.ru') && pattern !== 'http://*.dw.com/*';
    expect(await capturePatterns(sources, granted)).toEqual(['https://*.rt.com/*', 'http://*.rt.com/*', 'https://*.dw.com/*']);
  });
  it('treats a failing permission check as not granted', async () => {
    expect(await capturePatterns([source(['rt.com'], true, true)], async () => { throw new Error('no'); })).toEqual([]);
  });
});
