/**
 * Real reports for the match and compare suites: every real article the corpus gives (events-dev,
 * seeds, Readability pages, and the PolNeAR dev texts, 2016 US political news) analysed with the
 * product's own pipeline.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { analyse } from '../lib/report';
import { articleFromText } from '../lib/extract/article';
import type { Report } from '../lib/model';
import { realArticles, type RealArticle } from './articles';
import { CORPUS } from './paths';

const POLNEAR_TEXT = CORPUS + 'polnear/data/dev/text/';
const CAPTURED = '2026-01-01T00:00:00Z';

export interface RealReport extends Report {
  origin: string;
  event: string | null;
}

/** PolNeAR file names start with outlet and date: "breitbart_2016-09-12_stealth-....txt". */
function polnearArticles(): RealArticle[] {
  if (!existsSync(POLNEAR_TEXT)) return [];
  return readdirSync(POLNEAR_TEXT)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [outlet, date] = f.split('_');
      const article = articleFromText(readFileSync(POLNEAR_TEXT + f, 'utf8'), f);
      return { ...article, outlet: outlet ?? f, lang: 'en', publishedAt: date ? `${date}T12:00:00Z` : null, origin: 'polnear', event: null };
    });
}

let cache: RealReport[] | null = null;

export function realReports(): RealReport[] {
  if (cache) return cache;
  cache = [...realArticles(), ...polnearArticles()].map((a) => ({ ...analyse(a, CAPTURED), origin: a.origin, event: a.event }));
  return cache;
}
