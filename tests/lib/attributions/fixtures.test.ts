import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import type { Figure } from '../../../lib/model';

/** Fixtures: tests/fixtures/attributions-<slug>/{source.txt, expected.json}. */
const ROOT = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const slugs = readdirSync(ROOT).filter((d) => d.startsWith('attributions-'));

interface Expected { content?: string; cue: string; source: string | null; entity: string | null; stance: string; quote?: boolean; quotes?: string[]; hedges?: string[]; figures?: number }

/** Plain numbers as figures, so the test does not depend on the quantities step. */
function numbersOf(text: string): Figure[] {
  return [...text.matchAll(/\d[\d,]*/g)].map((m) => ({
    text: m[0], start: m.index, end: m.index + m[0].length, value: Number(m[0].replace(/,/g, '')), low: 0, high: null, bound: '=' as const,
    hedge: null, change: null, from: null, kind: 'count' as const, unit: '', what: '', predicate: null, part: false, sentence: 0,
  }));
}

describe.each(slugs)('%s', (slug) => {
  const text = readFileSync(ROOT + slug + '/source.txt', 'utf8');
  const expected = (JSON.parse(readFileSync(ROOT + slug + '/expected.json', 'utf8')) as { attributions: Expected[] }).attributions;
  const found = readAttributions(text, segmentSentences(text, 'en'), numbersOf(text));
  it.each(expected.map((e) => [e.cue, e.source ?? '-', e] as const))('%s (%s)', (_cue, _source, e) => {
    const a = found.find((x) => x.cue.text === e.cue && (x.source?.text ?? null) === e.source);
    expect(a, `no attribution "${e.cue}" with source "${e.source}"`).toBeDefined();
    expect(a!.entity).toBe(e.entity);
    expect(a!.stance).toBe(e.stance);
    if (e.content !== undefined) expect(a!.content.text).toBe(e.content);
    if (e.quote !== undefined) expect(a!.quote).toBe(e.quote);
    for (const q of e.quotes ?? []) expect(a!.quotes.map((s) => s.text)).toContain(q);
    for (const h of e.hedges ?? []) expect(a!.hedges).toContain(h);
    if (e.figures !== undefined) expect(a!.figures).toHaveLength(e.figures);
  });
});
