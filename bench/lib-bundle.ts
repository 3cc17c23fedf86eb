/**
 * The analysis as it ships: the extension and the command run lib/ bundled (rolldown, esbuild),
 * not module by module through tsx's loader, which the bench itself runs under. Through tsx the
 * same code took about a third more CPU time (10,000 words, warmed up: ~25 ms against ~17 ms
 * bundled, November 2026); tsx's __name() wrapping of each named closure is part of that. So the
 * analyze bench bundles lib/ at its start, as scripts/build-cli.mjs bundles the command, into the
 * gitignored dist/bench/, and times that.
 */
import { build, type BuildOptions } from 'esbuild';
// @ts-expect-error: a plain .mjs module shared with scripts/build-cli.mjs (no type declarations).
import { NODE_BUNDLE as NODE_BUNDLE_OPTIONS } from '../scripts/bundle-options.mjs';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths';
import type * as Report from '../lib/report';
import type * as Sentences from '../lib/text/sentences';
import type * as Quantities from '../lib/quantities';
import type * as Attributions from '../lib/attributions';

export interface AnalysisLib {
  analyse: typeof Report.analyse;
  segmentSentences: typeof Sentences.segmentSentences;
  readFigures: typeof Quantities.readFigures;
  readAttributions: typeof Attributions.readAttributions;
}

const ENTRY = `
export { analyse } from './lib/report';
export { segmentSentences } from './lib/text/sentences';
export { readFigures } from './lib/quantities';
export { readAttributions } from './lib/attributions';
`;

/** Bundles the analysis steps of lib/ (esbuild, as the command's build) and loads the bundle. */
export async function bundledAnalysis(): Promise<AnalysisLib> {
  const outfile = ROOT + 'dist/bench/analysis.mjs';
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'analysis-entry.ts' },
    outfile,
    ...(NODE_BUNDLE_OPTIONS as BuildOptions),
  });
  // A query per build: a second bench run in the same process loads the new bundle, not a cached one.
  return (await import(pathToFileURL(outfile).href + `?t=${Date.now()}`)) as AnalysisLib;
}
