/**
 * Builds the end-to-end extension once for all browser tests: the same source as the store build,
 * plus host access to the local fixture server only (PARALLAX_TEST_HOSTS=1, see wxt.config.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default function setup(): void {
  for (const browser of ['chrome', 'firefox']) {
    execFileSync('npx', ['wxt', 'build', '-b', browser], { cwd: root, stdio: 'inherit', env: { ...process.env, PARALLAX_TEST_HOSTS: '1' } });
  }
  if (!existsSync(`${root}/.output/e2e-chrome-mv3/manifest.json`)) throw new Error('The e2e Chrome build is missing.');
}
