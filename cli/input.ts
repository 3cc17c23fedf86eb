import { readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle, articleFromText } from '../lib/extract/article';
import type { Article } from '../lib/model';

/** A file the command could not read, with the one-line reason it prints. */
export class InputError extends Error {}

/** Files beyond this are refused: nothing a news report needs is this large. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a .html or .txt file into an article, as the extension would extract it.
 * Throws InputError with a readable reason for anything else.
 */
export function readArticle(file: string): Article {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) throw new InputError(`${file}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (looksBinary(bytes)) throw new InputError(`${file}: not a text file`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(`${file}: empty`);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*</.test(text))) {
    if (!/<(html|body|p|div|article)[\s>]/i.test(text)) throw new InputError(`${file}: not HTML`);
    const { document } = parseHTML(text);
    const url = pageUrl(document) ?? pathToFileURL(resolve(file)).href;
    const result = extractArticle(document as unknown as Document, url);
    if (!result.ok) throw new InputError(`${file}: ${result.message}`);
    return result.article;
  }
  return articleFromText(text, basename(file, ext));
}

/** A saved page names its address in its canonical link or og:url; use it for the outlet's host. */
function pageUrl(document: { querySelector(s: string): { getAttribute(n: string): string | null } | null }): string | null {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href) return null;
  try {
    return new URL(href).href;
  } catch {
    return null;
  }
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8000);
  return head.includes(0);
}
