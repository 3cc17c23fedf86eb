// Bundles the command (cli/run.ts and the lib/ it uses) into dist/cli.mjs, so that `npx parallax`
// runs on any Node >= 20 without a TypeScript loader. Run by `npm ci` (prepare) and on demand.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './bundle-options.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [root + 'cli/run.ts'],
  outfile: root + 'dist/cli.mjs',
  ...NODE_BUNDLE,
});
