/**
 * size: gzip size of each built bundle of the Chrome MV3 extension, per entry point (its file
 * plus every chunk and style it loads) and per file; the content script against Readability
 * alone (esbuild, minified). Budgets are enforced by tests/size-budget.test.ts, not here.
 */
import { BUDGETS } from './budgets';
import { ensureBuild, entrySizes, fileSizes, readabilityAlone } from './sizes';
import { skipped, verdict, type Suite } from './suite';

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export const run: Suite = async () => {
  const force = process.argv.includes('--build');
  let build;
  try {
    build = ensureBuild(force);
  } catch (error) {
    return skipped(`the build failed (npx wxt build): ${(error as Error).message.split('\n')[0]}`);
  }
  const entries = entrySizes();
  const files = fileSizes();
  const readability = await readabilityAlone();
  const content = entries.filter((e) => e.entry.startsWith('content-scripts/'));
  const total = files.reduce((s, f) => s + f.gzip, 0);
  const budgetOf = (entry: string) => BUDGETS.entries[entry] ?? null;
  const figures = {
    built_now: build.built,
    readability_alone: { bytes: readability.bytes, gzip: readability.gzip },
    entries: Object.fromEntries(entries.map((e) => [e.entry, { bytes: e.bytes, gzip: e.gzip, files: e.files.length, budget_gzip: budgetOf(e.entry) }])),
    content_vs_readability: Object.fromEntries(content.map((c) => [c.entry, Math.round((c.gzip / readability.gzip) * 1000) / 1000])),
    files: Object.fromEntries(files.map((f) => [f.file, { bytes: f.bytes, gzip: f.gzip }])),
    total_gzip: total,
  };
  return {
    figures,
    tables: [
      {
        title: 'size: each entry point with everything it loads (KB; gzip -9)',
        head: ['entry', 'files', 'minified', 'gzip', 'budget', ''],
        rows: [
          ...entries.map((e) => {
            const budget = budgetOf(e.entry);
            return [e.entry, e.files.length, kb(e.bytes), kb(e.gzip), budget === null ? '—' : `<= ${kb(budget)}`, verdict(budget === null ? null : e.gzip <= budget)];
          }),
          ['Readability alone (esbuild -minify)', 1, kb(readability.bytes), kb(readability.gzip), '', ''],
          ['whole extension (sum of files)', files.length, kb(files.reduce((s, f) => s + f.bytes, 0)), kb(total), `<= ${kb(BUDGETS.total)}`, verdict(total <= BUDGETS.total)],
        ],
      },
      {
        title: 'size: content script against Readability alone (gzip)',
        head: ['content script', 'gzip KB', 'x Readability', 'budget', ''],
        rows: content.map((c) => {
          const limit = readability.gzip + BUDGETS.contentOverReadability;
          return [c.entry, kb(c.gzip), Math.round((c.gzip / readability.gzip) * 100) / 100, `<= Readability + ${kb(BUDGETS.contentOverReadability)}`, verdict(c.gzip <= limit)];
        }),
      },
    ],
    notes: [build.built ? `size: built the extension first (${build.reason}, ${Math.round(build.ms)} ms)` : 'size: measured the existing build (newer than the sources)'],
  };
};
