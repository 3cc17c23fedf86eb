import { describe, expect, it } from 'vitest';
import type { Source } from '../../../lib/settings';
import { exportSources, importSources, mergeSources, MAX_SOURCES } from '../../../lib/sources/import-export';
import { STARTER_OUTLETS, sourceFromStarter } from '../../../lib/sources/starter-list';
import { belongsTo, normaliseDomain } from '../../../lib/sources/domains';

const sources: Source[] = [
  { id: 'a', name: 'Agence « Test » 🗞️', domains: ['example.org'], feeds: ['https://example.org/rss.xml'], enabled: true, autoCapture: true },
  { id: 'b', name: 'Второй', domains: ['example.ru', 'news.example.ru'], feeds: [], enabled: false, autoCapture: false },
];
let counter = 0;
const makeId = () => `new-${++counter}`;

describe('export and import', () => {
  it('round-trips exactly, Unicode names included', () => {
    const text = exportSources(sources, new Date('2026-01-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'parallax-sources', version: 1, exportedAt: '2026-01-01T00:00:00.000Z' });
    expect(importSources(text, makeId)).toEqual({ ok: true, sources });
  });

  it('accepts a bare list, fills defaults, normalises domains and makes missing or duplicate ids', () => {
    const text = JSON.stringify([
      { name: 'Bare', domains: ['https://www.Example.com/news'] },
      { id: 'x', name: 'One', domains: ['one.example'] },
      { id: 'x', name: 'Two', domains: ['two.example', 'TWO.example'] },
    ]);
    const result = importSources(text, makeId);
    expect(result.ok && result.sources.map((s) => [s.id, s.domains, s.feeds, s.enabled, s.autoCapture])).toEqual([
      [expect.stringMatching(/^new-/), ['example.com'], [], true, false],
      ['x', ['one.example'], [], true, false],
      [expect.stringMatching(/^new-/), ['two.example'], [], true, false],
    ]);
  });

  it.each([
    ['not json', '{oops', 'This file is not valid JSON.'],
    ['no list', '{"hello": 1}', 'This is not a Parallax sources file (it has no list of sources).'],
    ['a newer version', '{"format":"parallax-sources","version":9,"sources":[]}', 'This sources file was made by a newer version of Parallax.'],
    ['no name', '[{"domains":["a.example"]}]', 'Source 1: "name" is missing.'],
    ['not an object', '[42]', 'Source 1: it is not an object.'],
    ['an empty name', '[{"name":"  ","domains":["a.example"]}]', 'Source 1 ("  "): a name is needed.'],
    ['no domains', '[{"name":"X","domains":[]}]', 'Source 1 ("X"): at least one domain is needed.'],
    ['a bad domain', '[{"name":"X","domains":["not a domain!"]}]', 'Source 1 ("X"): "not a domain!" is not a valid domain.'],
    ['a script feed', '[{"name":"X","domains":["x.example"],"feeds":["javascript:alert(1)"]}]', 'Source 1 ("X"): "javascript:alert(1)" is not an http or https address.'],
    ['a wrong type', '[{"name":"X","domains":["x.example"],"enabled":"yes"}]', 'Source 1 ("X"): enabled must be true or false.'],
    ['too many sources', JSON.stringify(Array.from({ length: MAX_SOURCES + 1 }, (_, i) => ({ name: `S${i}`, domains: ['x.example'] }))), `This file has ${MAX_SOURCES + 1} sources; Parallax keeps at most ${MAX_SOURCES}.`],
  ])('rejects %s with a readable reason', (_name, text, message) => {
    expect(importSources(text, makeId)).toEqual({ ok: false, message });
  });

  it('merges: an imported source with a known id or first domain replaces it in place, others are added', () => {
    const imported: Source[] = [
      { ...sources[1]!, id: 'other-id', name: 'Renamed' },
      { id: 'c', name: 'New', domains: ['new.example'], feeds: [], enabled: true, autoCapture: false },
    ];
    expect(mergeSources(sources, imported).map((s) => [s.id, s.name])).toEqual([
      ['a', 'Agence « Test » 🗞️'],
      ['b', 'Renamed'],
      ['c', 'New'],
    ]);
  });
});

describe('the starter list', () => {
  it('has distinct keys, valid domains and only https feed addresses', () => {
    expect(new Set(STARTER_OUTLETS.map((o) => o.key)).size).toBe(STARTER_OUTLETS.length);
    for (const outlet of STARTER_OUTLETS) {
      for (const d of outlet.domains) expect(normaliseDomain(d)).toBe(d);
      for (const f of outlet.feeds) expect(new URL(f).protocol).toBe('https:');
    }
  });

  it('becomes sources that survive an export and import', () => {
    const list = STARTER_OUTLETS.map(sourceFromStarter);
    expect(importSources(exportSources(list))).toEqual({ ok: true, sources: list });
  });
});

describe('domains', () => {
  it.each([
    ['bbc.co.uk', 'bbc.co.uk'],
    ['https://WWW.BBC.co.uk/news/world', 'bbc.co.uk'],
    ['news.example.org.', 'news.example.org'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['', null],
    ['exa mple.com', null],
    ['javascript:alert(1)', null],
    ['-bad-.com', null],
  ])('%j -> %j', (input, output) => {
    expect(normaliseDomain(input)).toBe(output);
  });

  it.each([
    ['https://www.bbc.co.uk/news/1', true],
    ['http://bbc.co.uk/', true],
    ['https://notbbc.co.uk/', false],
    ['https://bbc.co.uk.evil.example/', false],
    ['ftp://bbc.co.uk/x', false],
  ])('%s belongs to bbc.co.uk: %s', (url, expected) => {
    expect(belongsTo(url, { domains: ['bbc.co.uk'] })).toBe(expected);
  });
});
