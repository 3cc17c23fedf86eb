/**
 * The real articles the benchmarks are built from: the Readability test pages, the events-dev
 * pages and the two seed reports, extracted once with the product's own extractor (linkedom DOM,
 * as the command does) and cached for the process.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle, articleFromText } from '../lib/extract/article';
import type { Article } from '../lib/model';
import { READABILITY_PAGES, EVENTS_DEV, SEEDS } from './paths';

export interface Page {
  name: string;
  html: string;
}

export interface EventPage extends Page {
  event: string;
  outlet: string;
  published: string;
}

/** Every Readability test page (`<name>/source.html`), in name order. */
export function readabilityPages(): Page[] {
  if (!existsSync(READABILITY_PAGES)) return [];
  return readdirSync(READABILITY_PAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${READABILITY_PAGES}${d.name}/source.html`))
    .map((d) => ({ name: d.name, html: readFileSync(`${READABILITY_PAGES}${d.name}/source.html`, 'utf8') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

interface IndexEntry { file: string; event: string; outlet: string; published: string }

/** The events-dev pages with their event, outlet and time from index.json. */
export function eventPages(): EventPage[] {
  const indexFile = EVENTS_DEV + 'index.json';
  if (!existsSync(indexFile)) return [];
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as IndexEntry[];
  return index
    .filter((e) => existsSync(EVENTS_DEV + e.file))
    .map((e) => ({ name: e.file, html: readFileSync(EVENTS_DEV + e.file, 'utf8'), event: e.event, outlet: e.outlet, published: e.published }));
}

export function seedTexts(): Page[] {
  if (!existsSync(SEEDS)) return [];
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, html: readFileSync(SEEDS + f, 'utf8') }));
}

/** Extracts a page as the command does; null when the extractor declines it. */
export function extractPage(page: Page, url: string | null = null): Article | null {
  const { document } = parseHTML(page.html);
  const result = extractArticle(document as unknown as Document, url);
  return result.ok ? result.article : null;
}

export interface RealArticle extends Article {
  /** Where it came from: "readability", "events-dev" or "seed". */
  origin: string;
  event: string | null;
}

let cache: RealArticle[] | null = null;

/** Every real article the corpus gives, extracted; events-dev ones keep their event and time. */
export function realArticles(): RealArticle[] {
  if (cache) return cache;
  const out: RealArticle[] = [];
  for (const page of eventPages()) {
    const article = extractPage(page, `https://example.invalid/${page.name}`);
    if (article) out.push({ ...article, outlet: page.outlet, publishedAt: article.publishedAt ?? page.published, origin: 'events-dev', event: page.event });
  }
  for (const seed of seedTexts()) out.push({ ...articleFromText(seed.html, seed.name), lang: 'en', origin: 'seed', event: 'seed' });
  for (const page of readabilityPages()) {
    const article = extractPage(page, `https://${page.name}.example.invalid/`);
    if (article) out.push({ ...article, origin: 'readability', event: null });
  }
  cache = out;
  return out;
}

/** English (or unmarked) articles: the analysis and its baselines are English-first. */
export function isEnglish(article: Article): boolean {
  return !article.lang || article.lang.toLowerCase().startsWith('en');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A text of exactly `words` words made of real article text: events-dev pages, then seeds, then
 * the English Readability pages, concatenated as paragraphs and cycled if the corpus is short.
 */
export function realText(words: number): string {
  const sources = realArticles().filter(isEnglish).map((a) => a.text);
  if (!sources.length) throw new Error('No real article text found under ../shared/corpus (is shared/ beside the repo?)');
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const source = sources[i % sources.length]!;
    for (const paragraph of source.split(/\n+/)) {
      const tokens = paragraph.split(/\s+/).filter(Boolean);
      if (!tokens.length) continue;
      const take = tokens.slice(0, words - count);
      paragraphs.push(take.join(' '));
      count += take.length;
      if (count >= words) break;
    }
  }
  return paragraphs.join('\n\n');
}
