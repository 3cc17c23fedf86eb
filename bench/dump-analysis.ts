/**
 * Dumps analyse() of every real text the corpus gives (PolNeAR dev, events-dev, seeds, the
 * Readability pages, the bench's 10,000-word text) as JSON, so a speed change can be checked to
 * change no output: run it before and after and diff the two files.
 * `npx tsx bench/dump-analysis.ts out.json`
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { analyse } from '../lib/report';
import { realArticles, realText } from './articles';
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
writeFileSync(out, JSON.stringify(reports.map((r) => ({ outlet: r.outlet, sentences: r.sentences, figures: r.figures, attributions: r.attributions }))));
console.log(`${reports.length} texts, ${reports.reduce((n, r) => n + r.figures.length, 0)} figures, ${reports.reduce((n, r) => n + r.attributions.length, 0)} attributions, analysed in ${ms.toFixed(0)} ms -> ${out}`);
