/**
 * Bundle sizes of the built extension (gzip -9, what a store download and the browser's parse
 * roughly scale with), shared by the size suite and tests/size-budget.test.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { BUILD_DIR, ROOT } from './paths';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface EntrySize {
  /** "background", "content-scripts/reader", "sidepanel", ... */
  entry: string;
  /** The entry's own file plus every script and style it loads (modulepreload, stylesheet, import). */
  files: string[];
  bytes: number;
  gzip: number;
}

export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Sources a build is made from; a build older than any of them measures old code. */
const SOURCE_DIRS = ['entrypoints', 'lib', 'components', 'public'];
const SOURCE_FILES = ['wxt.config.ts', 'package.json'];

function newestSource(): number {
  let newest = 0;
  for (const dir of SOURCE_DIRS) {
    const path = join(ROOT, dir);
    if (existsSync(path)) for (const f of walk(path)) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  for (const f of SOURCE_FILES) if (existsSync(join(ROOT, f))) newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  return newest;
}

/** Why the build must be made again, or null when it is there and newer than every source. */
export function staleBuild(dir = BUILD_DIR): string | null {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return 'no build';
  return statSync(manifest).mtimeMs < newestSource() ? 'build older than the sources' : null;
}

/**
 * Builds the Chrome MV3 extension with `npx wxt build` when there is no build or it is older
 * than the sources (or `force`); a current build is left alone (an e2e run may be using it).
 */
export function ensureBuild(force = false, dir = BUILD_DIR, env: Record<string, string> = {}): { built: boolean; reason: string | null; ms: number } {
  const reason = force ? 'asked' : staleBuild(dir);
  if (!reason) return { built: false, reason: null, ms: 0 };
  const start = performance.now();
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000, env: { ...process.env, ...env } });
  } catch (error) {
    // WXT's own words, without colours or the stack: "Could not resolve './App' in ...".
    const output = String((error as { stderr?: Buffer }).stderr ?? '') + String((error as { stdout?: Buffer }).stdout ?? '');
    const plain = output.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    const lines = plain.split('\n').map((l) => l.trim()).filter((l) => /error|could not|failed/i.test(l) && !/npm warn/i.test(l));
    throw new Error(`npx wxt build failed${Object.keys(env).length ? ` (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}: ${[...new Set(lines)].slice(0, 3).join(' / ') || 'no message'}`);
  }
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`npx wxt build finished but left no ${dir}manifest.json`);
  return { built: true, reason, ms: performance.now() - start };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every built file with its raw and gzip size, largest first. */
export function fileSizes(dir = BUILD_DIR): FileSize[] {
  return walk(dir)
    .map((path) => {
      const data = readFileSync(path);
      return { file: relative(dir, path), bytes: data.length, gzip: gzipSize(data) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** Local files an HTML page or a module names: src/href attributes, static imports. */
function references(file: string, text: string): string[] {
  const out: string[] = [];
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/\b(?:src|href)="\/?([^"#?:]+\.(?:js|css))"/g)) out.push(m[1]!);
  } else if (file.endsWith('.js')) {
    // Rolldown writes relative static imports between chunks ("./jsxRuntime-X.js", "../chunks/...").
    for (const m of text.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+\.js)["']|\bimport\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const target = m[1] ?? m[2]!;
      const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      out.push(new URL(target, 'file:///' + base).pathname.slice(1));
    }
  }
  return out;
}

/** What each entry point costs to load: its own file and everything it pulls in. */
export function entrySizes(dir = BUILD_DIR): EntrySize[] {
  const sizes = new Map(fileSizes(dir).map((f) => [f.file, f]));
  const entries = [...sizes.keys()].filter((f) => /^[^/]+\.html$/.test(f) || f === 'background.js' || /^content-scripts\/[^/]+\.js$/.test(f));
  return entries
    .map((entry) => {
      const seen = new Set<string>();
      const stack = [entry];
      while (stack.length) {
        const file = stack.pop()!;
        if (seen.has(file) || !sizes.has(file)) continue;
        seen.add(file);
        stack.push(...references(file, readFileSync(join(dir, file), 'utf8')));
      }
      const files = [...seen].sort();
      return {
        entry: entry.replace(/\.(html|js)$/, ''),
        files,
        bytes: files.reduce((s, f) => s + sizes.get(f)!.bytes, 0),
        gzip: files.reduce((s, f) => s + sizes.get(f)!.gzip, 0),
      };
    })
    .sort((a, b) => a.entry.localeCompare(b.entry));
}

/**
 * Readability alone, as a content script would carry it: @mozilla/readability (Readability and
 * isProbablyReaderable, both of which the reader uses) bundled and minified by esbuild.
 */
export async function readabilityAlone(): Promise<{ bytes: number; gzip: number }> {
  const code = await bundleSnippet("import { Readability, isProbablyReaderable } from '@mozilla/readability'; globalThis.__r = [Readability, isProbablyReaderable];", 'js');
  return { bytes: code.length, gzip: gzipSize(code) };
}

/** A few lines of source bundled and minified as a browser script (IIFE), resolved from the repo. */
export async function bundleSnippet(contents: string, loader: 'js' | 'ts'): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}
