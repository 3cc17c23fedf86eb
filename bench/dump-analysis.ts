/**
 * Dumps analyse() of every real text the corpus gives (PolNeAR dev, events-dev, seeds, the
 * Readability pages, the bench's 10,000-word text) as JSON, with the extracted article's fields, so a speed change can be checked to
 * change no output: run it before and after and diff the two files.
 * `npx tsx bench/dump-analysis.ts out.json`
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { analyse } from '../lib/report';
import { eventPages, readabilityPages, realArticles, realText } from './articles';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/article';
import { CORPUS } from './paths';
import type { Article } from '../lib/model';

const out = process.argv[2] ?? 'analysis-dump.json';
const articles: Article[] = [...realArticles()];
const polnear = CORPUS + 'polnear/data/dev/text/';
if (existsSync(polnear)) {
  for (const file of readdirSync(polnear).sort()) {
    const text = readFileSync(polnear + file, 'utf8');
    articles.push({ url: null, canonicalUrl: null, outlet: file, title: file, byline: null, lang: 'en', publishedAt: null, modifiedAt: null, text });
  }
}
articles.push({ url: null, canonicalUrl: null, outlet: 'bench', title: 'bench', byline: null, lang: 'en', publishedAt: null, modifiedAt: null, text: realText(10_000) });
const started = performance.now();
const reports = articles.map((a) => analyse(a, '2026-01-01T00:00:00Z'));
const ms = performance.now() - started;
// Every page's extraction as the command makes it, declined ones included.
const extractions = [...readabilityPages(), ...eventPages()].map((page) => extractArticle(parseHTML(page.html).document as unknown as Document, `https://${page.name}.example.invalid/`));
writeFileSync(out, JSON.stringify({ extractions, reports: reports.map((r) => ({ url: r.url, canonicalUrl: r.canonicalUrl, outlet: r.outlet, title: r.title, byline: r.byline, lang: r.lang, publishedAt: r.publishedAt, modifiedAt: r.modifiedAt, text: r.text, sentences: r.sentences, figures: r.figures, attributions: r.attributions })) }));
console.log(`${reports.length} texts, ${reports.reduce((n, r) => n + r.figures.length, 0)} figures, ${reports.reduce((n, r) => n + r.attributions.length, 0)} attributions, analysed in ${ms.toFixed(0)} ms -> ${out}`);
