import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../cli/parallax';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = join(root, '../shared');
const seeds = [join(shared, 'seeds/000_9949106f77b81d0f.txt'), join(shared, 'seeds/001_e511eae1e698049f.txt')];
const page = join(shared, 'corpus/events-dev/odisha-train-crash-2023-06/firstpost.html');

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdin: async () => stdin, out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err };
}

function scratch(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe('parallax command', () => {
  it('extracts an HTML page with its outlet, time and text', async () => {
    const { code, out } = await run(['extract', '--json', page]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.outlet).toBe('Firstpost');
    expect(result.publishedAt).toMatch(/^2023-06-0\dT/);
    expect(result.text).toContain('261');
    expect(result.text).not.toMatch(/<[a-z]/i);
    expect(Array.isArray(result.quantities)).toBe(true);
  });

  it('writes one JSON array per input line for quantities, an empty one where there is none', async () => {
    const { code, out } = await run(['quantities', '--json'], 'No figures here.\n\nAt least 18 people were killed.\n');
    expect(code).toBe(0);
    const lines = out.split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual([]);
    expect(lines[1]).toEqual([]);
    expect(lines[2]).toEqual([expect.objectContaining({ value: 18, bound: '>', text: expect.stringContaining('18') })]);
  });

  it('compares the seed reports with the contract fields', async () => {
    const { code, out } = await run(['compare', '--json', ...seeds]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.reports.map((r: { file: string }) => r.file)).toEqual(seeds);
    expect(result.reports[0].id).not.toBe(result.reports[1].id);
    expect(Array.isArray(result.numbers)).toBe(true);
    expect(Array.isArray(result.attributions)).toBe(true);
  });

  it.each([
    ['a missing file', (dir: string) => join(dir, 'missing.html'), /cannot be read/],
    ['an empty file', (dir: string) => join(dir, 'empty.txt'), /empty/],
    ['a binary file', (dir: string) => join(dir, 'binary.html'), /not a text file/],
    ['HTML that is not an article', (dir: string) => join(dir, 'menu.html'), /not look like an article|No article/],
  ])('reports %s on one line, exits 2 and still processes the other files', async (_, pick, message) => {
    const dir = scratch({
      'empty.txt': '',
      'binary.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
      'menu.html': '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
    });
    const { code, out, err } = await run(['extract', '--json', pick(dir), seeds[0]!]);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toContain('\n');
    expect(JSON.parse(out).file).toBe(seeds[0]);
  });

  it('refuses an unknown command with the usage', async () => {
    const { code, err } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/usage: parallax/);
  });

  it('runs as the installed bin (npx parallax) on the bundled build', () => {
    execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')]);
    const result = spawnSync(process.execPath, [join(root, 'bin/parallax.mjs'), 'cluster', '--json', ...seeds], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const clusters = JSON.parse(result.stdout).clusters as string[][];
    expect(clusters.flat().sort()).toEqual([...seeds].sort());
  });
});
