#!/usr/bin/env node
// The `parallax` command. The bundle is built by `npm ci` (prepare); build it here if it is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) await import('../scripts/build-cli.mjs');
await import(bundle);
