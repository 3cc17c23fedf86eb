/** Where the benchmark finds the repository and the shared data (../shared beside the repo, as CI clones it). */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const CORPUS = SHARED + 'corpus/';
export const READABILITY_PAGES = CORPUS + 'readability-test-pages/';
export const EVENTS_DEV = CORPUS + 'events-dev/';
export const SEEDS = SHARED + 'seeds/';
export const BUILD_DIR = ROOT + '.output/chrome-mv3/';
export const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));
export const E2E_BUILD_DIR = ROOT + '.output/e2e-chrome-mv3/';
