/**
 * `npm run eval`: accuracy on data, with precision and recall printed. Each suite is a module of
 * this folder exporting `run(): Promise<Record<string, unknown>>`; it prints its own table and
 * returns its figures, which are written together to eval/results.json.
 * `npm run eval -- quantities` runs one suite.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SUITES = ['quantities', 'attributions', 'events'] as const;

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const results: Record<string, unknown> = {};
for (const suite of SUITES) {
  if (only.length && !only.includes(suite)) continue;
  const module = (await import(`./${suite}.ts`).catch(() => null)) as { run?: () => Promise<Record<string, unknown>> } | null;
  if (!module?.run) {
    console.log(`\n== ${suite}: no suite yet`);
    continue;
  }
  console.log(`\n== ${suite}`);
  results[suite] = await module.run();
}
writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), JSON.stringify(results, null, 2) + '\n');
