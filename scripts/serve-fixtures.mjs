#!/usr/bin/env node
/**
 * A tiny static server for the fixture pages, on 127.0.0.1 with an ephemeral port (the e2e build
 * of the extension may read http://127.0.0.1/* only). Routes:
 *   /                      tests/fixtures/seed-pages/index.html (a list of links: not an article)
 *   /seed/<outlet>/        tests/fixtures/seed-pages/<outlet>/index.html
 *   /hostile/<page>.html   tests/fixtures/hostile-pages/<page>.html
 *   /generated/huge.html   a 5 MB page, made on the fly (too large to read)
 *   /events-dev/...        ../shared/corpus/events-dev (more multi-outlet events)
 * Usage: node scripts/serve-fixtures.mjs [port]   (prints the base address)
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MOUNTS = [
  ['/seed/', join(root, 'tests/fixtures/seed-pages')],
  ['/hostile/', join(root, 'tests/fixtures/hostile-pages')],
  ['/events-dev/', join(root, '../shared/corpus/events-dev')],
  ['/', join(root, 'tests/fixtures/seed-pages')],
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

/** A news-like page of about `bytes` bytes: one long article that is far past what the reader reads. */
export function hugePage(bytes = 5_000_000) {
  const paragraph = '<p>The committee published 1,204 pages of figures on Tuesday, and officials said 37 districts had reported 4,512 cases, up from 3,980 a week earlier.</p>\n';
  const count = Math.ceil(bytes / paragraph.length);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title><meta property="og:site_name" content="Huge Daily"></head><body><article><h1>A very long report</h1>\n${paragraph.repeat(count)}</article></body></html>`;
}

/** The file a request path maps to, or null when it would leave its folder. */
function resolvePath(pathname) {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    let rest = decodeURIComponent(pathname.slice(prefix.length));
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = normalize(join(dir, rest));
    return file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

export async function startFixtureServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://fixture.invalid');
    if (pathname === '/generated/huge.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(hugePage());
      return;
    }
    let file = resolvePath(pathname);
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const server = await startFixtureServer({ port: Number(process.argv[2] ?? 0) });
  console.log(server.url);
}
