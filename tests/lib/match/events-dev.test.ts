/**
 * Matching on the event sets with gold: every report of events-dev (distractors included), the
 * seed pair and our own sets in tests/fixtures/events-*, clustered together as the extension's
 * store would hold them. Also checks the structure of our sets: every gold has its reports, in
 * publication order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../cli/input';
import { analyse } from '../../../lib/report';
import { bcubed, clusterReports } from '../../../lib/match';
import type { Report } from '../../../lib/model';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const DEV = join(SHARED, 'corpus/events-dev');

const ourSets = readdirSync(FIXTURES).filter((d) => d.startsWith('events-')).sort();

function pool(): Array<{ file: string; event: string }> {
  const out = (JSON.parse(readFileSync(join(DEV, 'index.json'), 'utf8')) as Array<{ file: string; event: string }>).map((e) => ({ file: join(DEV, e.file), event: e.event }));
  for (const f of readdirSync(join(SHARED, 'seeds'))) out.push({ file: join(SHARED, 'seeds', f), event: 'seed-pair' });
  for (const dir of ourSets) {
    const gold = JSON.parse(readFileSync(join(FIXTURES, dir, 'gold.json'), 'utf8')) as { reports: Record<string, string>; distractors?: Record<string, string> };
    for (const f of Object.values(gold.reports)) out.push({ file: join(FIXTURES, dir, f), event: dir });
    for (const [f, event] of Object.entries(gold.distractors ?? {})) out.push({ file: join(FIXTURES, dir, f), event });
  }
  return out;
}

describe('our event sets', () => {
  it('there are at least two', () => {
    expect(ourSets.length).toBeGreaterThanOrEqual(2);
  });
  it.each(ourSets)('%s: gold names existing reports in publication order', (dir) => {
    const gold = JSON.parse(readFileSync(join(FIXTURES, dir, 'gold.json'), 'utf8')) as { reports: Record<string, string>; numbers: unknown[]; attributions: unknown[] };
    const files = Object.values(gold.reports);
    for (const f of files) expect(existsSync(join(FIXTURES, dir, f)), f).toBe(true);
    const times = files.map((f) => Date.parse(analyse(readArticle(join(FIXTURES, dir, f))).publishedAt ?? ''));
    expect(times.every(Number.isFinite)).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(gold.numbers.length).toBeGreaterThan(3);
    expect(gold.attributions.length).toBeGreaterThan(1);
  });
});

describe('clustering every event file together', () => {
  it('groups each event and keeps distractors apart (B-cubed F1 >= 0.95)', () => {
    const files = pool();
    const reports: Report[] = files.map((f) => analyse(readArticle(f.file), '1970-01-01T00:00:00.000Z'));
    const eventOf = new Map(reports.map((r, i) => [String(i), files[i]!.event]));
    const index = new Map(reports.map((r, i) => [r, String(i)]));
    const clusters = clusterReports(reports).map((c) => c.map((r) => index.get(r)!));
    const score = bcubed(clusters, (id) => eventOf.get(id)!);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
  });
});
