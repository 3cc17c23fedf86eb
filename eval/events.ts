/**
 * events: the cross-outlet comparison and the event matcher, scored on multi-outlet event sets
 * with a careful reader's gold (../shared/corpus/events-dev, the seed pair, and our own sets in
 * tests/fixtures/events-<slug>/). Prints per set: figures aligned, difference kinds found, false
 * alarms, spurious value conflicts, attributions found; then B-cubed P/R/F1 of clustering every
 * report of every set together (distractors included). `npx tsx eval/index.ts events`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../cli/input';
import { analyse } from '../lib/report';
import { compareReports } from '../lib/compare';
import { addScores, scoreComparison, type EventScore } from '../lib/compare/score';
import type { Gold } from '../lib/compare/gold';
import { bcubed, clusterReports } from '../lib/match';
import type { Report } from '../lib/model';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const VERBOSE = process.argv.includes('--verbose');

interface EventSet {
  name: string;
  gold: Gold;
  /** Letter -> file path. */
  files: Record<string, string>;
  /** Every file of the set with its event, for clustering (distractors too). */
  events: Array<{ file: string; event: string }>;
}

function loadSets(): EventSet[] {
  const sets: EventSet[] = [];
  const seedGold = JSON.parse(readFileSync(join(SHARED, 'gold/seed-pair.json'), 'utf8')) as Gold;
  const seedFiles = Object.fromEntries(Object.entries(seedGold.reports).map(([l, f]) => [l, join(SHARED, 'seeds', f)]));
  sets.push({ name: 'seed-pair', gold: seedGold, files: seedFiles, events: Object.values(seedFiles).map((file) => ({ file, event: 'seed-pair' })) });
  const dev = join(SHARED, 'corpus/events-dev');
  const index = JSON.parse(readFileSync(join(dev, 'index.json'), 'utf8')) as Array<{ file: string; event: string }>;
  const devEvents = index.map((e) => ({ file: join(dev, e.file), event: e.event }));
  for (const dir of readdirSync(dev).sort()) {
    if (!existsSync(join(dev, dir, 'gold.json'))) continue;
    const gold = JSON.parse(readFileSync(join(dev, dir, 'gold.json'), 'utf8')) as Gold;
    sets.push({ name: dir, gold, files: Object.fromEntries(Object.entries(gold.reports).map(([l, f]) => [l, join(dev, dir, f)])), events: [] });
  }
  // The distractors and the events' files cluster together as one pool.
  sets[1] && (sets[1].events = devEvents);
  for (const dir of existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : []) {
    if (!dir.startsWith('events-') || !existsSync(join(FIXTURES, dir, 'gold.json'))) continue;
    const gold = JSON.parse(readFileSync(join(FIXTURES, dir, 'gold.json'), 'utf8')) as Gold & { distractors?: Record<string, string> };
    const files = Object.fromEntries(Object.entries(gold.reports).map(([l, f]) => [l, join(FIXTURES, dir, f)]));
    const events = Object.values(files).map((file) => ({ file, event: dir }));
    for (const [f, event] of Object.entries(gold.distractors ?? {})) events.push({ file: join(FIXTURES, dir, f), event });
    sets.push({ name: dir, gold, files, events });
  }
  return sets;
}

const cache = new Map<string, Report>();
function report(file: string): Report {
  let r = cache.get(file);
  if (!r) cache.set(file, (r = analyse(readArticle(file), '1970-01-01T00:00:00.000Z')));
  return r;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

function row(name: string, s: EventScore): string[] {
  return [
    name,
    `${s.aligned}/${s.figures}`,
    `${s.multiAligned}/${s.multiOutlet}`,
    `${s.kindsFound}/${s.kinds}`,
    `${s.falseAlarms}/${s.agreeing}`,
    `${s.spuriousValue}/${s.valueItems}`,
    `${s.attributionsFound}/${s.attributions}`,
    `${s.attributionKindsFound}/${s.attributionKinds}`,
    String(s.attributionFalseAlarms),
    `${s.staleFound}/${s.stale}`,
    `${s.copiesFound}/${s.copies}`,
  ];
}

function print(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

export async function run(): Promise<Record<string, unknown>> {
  const sets = loadSets();
  const scores: EventScore[] = [];
  const rows = [['set', 'aligned', 'aligned(2+)', 'kinds', 'false alarms', 'spurious value', 'sources found', 'source kinds', 'source false alarms', 'stale', 'copies']];
  const timings: number[] = [];
  for (const set of sets) {
    const letters = Object.keys(set.gold.reports);
    const reports = letters.map((l) => report(set.files[l]!));
    const start = performance.now();
    const comparison = compareReports(reports);
    timings.push(performance.now() - start);
    const byLetter = new Map(letters.map((l, i) => [l, reports[i]!.id]));
    const s = scoreComparison(set.gold, comparison, (l) => byLetter.get(l)!);
    scores.push(s);
    rows.push(row(set.name, s));
    if (VERBOSE) for (const m of s.misses) console.log(`  ${set.name}: ${m}`);
  }
  const total = addScores(scores);
  rows.push(row('ALL', total));
  print(rows);

  const pool = sets.flatMap((s) => s.events);
  const reports = pool.map((e) => report(e.file));
  const eventOf = new Map(reports.map((r, i) => [r, pool[i]!.event]));
  const clusters = clusterReports(reports);
  const idOf = new Map(reports.map((r, i) => [r, String(i)]));
  const b3 = bcubed(clusters.map((c) => c.map((r) => idOf.get(r)!)), (id) => eventOf.get(reports[Number(id)]!)!);
  console.log(`\nclustering ${reports.length} reports of ${new Set(pool.map((e) => e.event)).size} events: ${clusters.length} clusters, B-cubed P ${b3.precision.toFixed(3)} R ${b3.recall.toFixed(3)} F1 ${b3.f1.toFixed(3)}`);

  const summary = {
    sets: sets.length,
    figures_aligned: total.figures ? total.aligned / total.figures : null,
    figures_aligned_multi_outlet: total.multiOutlet ? total.multiAligned / total.multiOutlet : null,
    kinds_found: total.kinds ? total.kindsFound / total.kinds : null,
    false_alarms: total.falseAlarms,
    agreeing_items: total.agreeing,
    spurious_value_conflicts: total.spuriousValue,
    value_items: total.valueItems,
    unverified_value_items: total.unverifiedValue,
    attributions_found: total.attributions ? total.attributionsFound / total.attributions : null,
    attribution_kinds_found: total.attributionKinds ? total.attributionKindsFound / total.attributionKinds : null,
    attribution_false_alarms: total.attributionFalseAlarms,
    stale_marked: total.stale ? total.staleFound / total.stale : null,
    copies_recognised: total.copies ? total.copiesFound / total.copies : null,
    bcubed: b3,
    compare_ms_max: Math.max(...timings),
  };
  console.log(
    `\naligned ${pct(total.aligned, total.figures)} (target >= 90%), kinds ${pct(total.kindsFound, total.kinds)} (>= 85%), ` +
      `false alarms ${total.falseAlarms}/${total.agreeing}, spurious value conflicts ${total.spuriousValue} (target 0), ` +
      `attributions ${pct(total.attributionsFound, total.attributions)} (>= 85%), B-cubed F1 ${b3.f1.toFixed(3)} (>= 0.95)`,
  );
  return summary;
}
