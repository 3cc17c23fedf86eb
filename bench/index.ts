/**
 * `npm run bench`: how fast Parallax is, side by side with a baseline measured in the same run.
 * Each suite is a module of this folder exporting `run: Suite`; it returns its figures and tables.
 * Figures go to bench/results.json, tables to the console and bench/results.md (pasted into the
 * README). `npm run bench -- match size` runs some suites (their figures are merged into the
 * existing results); `--quick` takes fewer runs for a quick look (not for the README).
 * A suite that cannot run (no Chromium, no build) says why and the others go on.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describeMachine, type Machine } from './machine';
import { markdownMachine, markdownTable, textTable } from './format';
import { summaryTable } from './summary';
import { METHODS } from './methods';
import type { SuiteResult, Suite, Table } from './suite';
import { BENCH_DIR } from './paths';

const SUITES = ['extract', 'analyze', 'match', 'compare', 'size', 'browser'] as const;
type SuiteName = (typeof SUITES)[number];

interface Results {
  machine: Machine;
  [suite: string]: unknown;
  /** What results.md is written from (so a partial run can rewrite it whole). */
  _report: Partial<Record<SuiteName, { tables: Table[]; notes: string[]; ran_at: string; quick: boolean }>>;
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('-'));
const unknown = only.filter((a) => !(SUITES as readonly string[]).includes(a));
if (unknown.length) {
  console.error(`Unknown suite ${unknown.join(', ')}; the suites are ${SUITES.join(', ')}.`);
  process.exit(2);
}

const jsonFile = BENCH_DIR + 'results.json';
const mdFile = BENCH_DIR + 'results.md';
const previous: Partial<Results> = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as Results) : {};
const machine = describeMachine();
const results: Results = { ...previous, machine, _report: { ...(previous._report ?? {}) } };

console.log(`Parallax bench — ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gb} GB, Node ${machine.node}${quick ? ' (quick)' : ''}`);
for (const name of SUITES) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  const started = performance.now();
  let result: SuiteResult;
  try {
    const module = (await import(`./${name}.ts`)) as { run: Suite };
    result = await module.run({ quick });
  } catch (error) {
    // One broken suite (e.g. a library mid-rewrite) must not hide the others' figures.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    result = { figures: { error: message.split('\n')[0] }, tables: [], notes: [`error: ${message.split('\n').slice(0, 4).join(' | ')}`] };
  }
  for (const table of result.tables) console.log('\n' + textTable(table));
  for (const note of result.notes) console.log(`  note: ${note}`);
  console.log(`  (${name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  results[name] = result.figures;
  results._report[name] = { tables: result.tables, notes: result.notes, ran_at: new Date().toISOString(), quick };
  // Write after each suite so a long run interrupted late still leaves what it measured.
  writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');
}
const summary = summaryTable(results);
console.log('\n' + textTable(summary));
writeFileSync(mdFile, markdown(results));
console.log(`\nWrote ${jsonFile} and ${mdFile}`);

function markdown(r: Results): string {
  const parts = [
    '# Parallax benchmarks',
    '',
    '`npm run bench` (bench/index.ts). Times are medians of repeated runs after warm-up (p50/p95 where shown), each with its baseline measured in the same run; sizes are gzip -9.',
    '',
    markdownMachine(r.machine),
    '',
    markdownTable(summaryTable(r)),
  ];
  for (const name of SUITES) {
    const report = r._report[name];
    if (!report) continue;
    parts.push('', `## ${name}${report.quick ? ' (quick run)' : ''}`, '', `Measured ${report.ran_at.slice(0, 16).replace('T', ' ')} UTC.`);
    for (const table of report.tables) parts.push('', markdownTable(table));
    if (report.notes.length) parts.push('', ...report.notes.map((n) => `- ${n}`));
  }
  parts.push('', METHODS);
  return parts.join('\n').trimEnd() + '\n';
}
