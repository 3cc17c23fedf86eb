import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the built extension in Debian's Chromium (and Firefox where it can be
// driven). One browser at a time: the machines have two cores.
//   npx vitest run --config tests/e2e/vitest.config.ts
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
