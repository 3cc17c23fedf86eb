/**
 * The two bundled demo reports (the seed reports of the January 2022 unrest in Kazakhstan),
 * analysed and compared in the page by the same code as real reports: nothing here is a stored
 * result, so the demo shows what the current analysis finds.
 */
import demoA from './demo-a.txt?raw';
import demoB from './demo-b.txt?raw';
import type { Article, Comparison } from '../../lib/model';
import { analyse } from '../../lib/report';
import { compareReports } from '../../lib/compare';

/** What a page would give as metadata; the texts are as extracted (plain text, as is). */
const DEMO_ARTICLES: Array<Omit<Article, 'text'> & { text: string }> = [
  {
    url: 'https://example.org/demo/kazakhstan-reports-casualties',
    canonicalUrl: 'https://example.org/demo/kazakhstan-reports-casualties',
    outlet: 'Outlet A (demo)',
    title: 'Kazakhstan Reports Casualties. UN Calls for Non Violence',
    byline: null,
    lang: 'en',
    publishedAt: '2022-01-06',
    modifiedAt: null,
    text: demoA,
  },
  {
    url: 'https://example.net/demo/kazakh-authorities-reveal-police-death-toll',
    canonicalUrl: 'https://example.net/demo/kazakh-authorities-reveal-police-death-toll',
    outlet: 'Outlet B (demo)',
    title: 'Kazakh authorities reveal police death toll, as UN calls to ‘refrain from violence’',
    byline: null,
    lang: 'en',
    publishedAt: '2022-01-06T15:47:00Z',
    modifiedAt: null,
    text: demoB,
  },
];

/** Analyses and compares the demo reports; the first is "the page being read". */
export function demoComparison(): { comparison: Comparison; readingId: string } {
  const capturedAt = '2022-01-07T00:00:00Z';
  const reports = DEMO_ARTICLES.map((article) => analyse(article, capturedAt));
  return { comparison: compareReports(reports), readingId: reports[0]!.id };
}
