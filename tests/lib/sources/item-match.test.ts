import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { analyse } from '../../../lib/report';
import type { Report } from '../../../lib/model';
import { createItemMatcher, itemArticle, itemMatchesReport } from '../../../lib/sources/item-match';
import type { FeedItem } from '../../../lib/sources/feed-model';

const EVENTS = fileURLToPath(new URL('../../../../shared/corpus/events-dev/', import.meta.url));

interface Entry { file: string; event: string; outlet: string; published: string }

/** A feed item as outlets write them: the headline and the first sentences, cut near 300 characters. */
function feedItemOf(report: Report, k: number): FeedItem {
  const lead = report.text.split('\n').filter((l) => l.length > 80).slice(0, 2).join(' ');
  return { id: String(k), url: `https://outlet${k}.example/story`, title: report.title, summary: lead.slice(0, 300), publishedAt: report.publishedAt };
}

describe('matching feed items to a report (events-dev: 4 events x 4 outlets + 2 distractors)', () => {
  it('finds the other outlets\' items of the event with high precision and recall', () => {
    expect(existsSync(EVENTS + 'index.json')).toBe(true);
    const index = JSON.parse(readFileSync(EVENTS + 'index.json', 'utf8')) as Entry[];
    const reports = index.map((e) => {
      const { document } = parseHTML(readFileSync(EVENTS + e.file, 'utf8'));
      const extraction = extractArticle(document as unknown as Document, `https://example.org/${e.file}`);
      if (!extraction.ok) throw new Error(`${e.file}: ${extraction.message}`);
      return { entry: e, report: analyse(extraction.article, '2024-01-01T00:00:00Z') };
    });
    const items = reports.map((r, k) => feedItemOf(r.report, k));
    const matches = createItemMatcher();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    reports.forEach((a, i) =>
      reports.forEach((b, j) => {
        if (i === j) return;
        const predicted = matches(a.report, items[j]!);
        expect(itemMatchesReport(a.report, items[j]!)).toBe(predicted);
        const gold = a.entry.event === b.entry.event;
        if (predicted && gold) tp++;
        else if (predicted) fp++;
        else if (gold) fn++;
      }),
    );
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`feed item matching on events-dev: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('matches a report against 2,000 feed items quickly, and faster the second time', () => {
    const { document } = parseHTML(readFileSync(EVENTS + 'beirut-port-explosion-2020-08/tass.html', 'utf8'));
    const extraction = extractArticle(document as unknown as Document, 'https://tass.example/beirut');
    if (!extraction.ok) throw new Error(extraction.message);
    const report = analyse(extraction.article);
    const words = ['Minister', 'flood', 'election', 'Lebanon', 'market', 'storm', 'Kyiv', 'court', 'vaccine', 'strike'];
    const items: FeedItem[] = Array.from({ length: 2000 }, (_, k) => ({
      id: String(k),
      url: `https://feed.example/${k}`,
      title: `${words[k % 10]} ${words[(k * 7) % 10]} story number ${k}`,
      summary: `A summary about ${words[(k * 3) % 10]} and ${words[(k * 5) % 10]} with ${k} people involved.`,
      publishedAt: null,
    }));
    const matches = createItemMatcher();
    let started = performance.now();
    items.forEach((item) => matches(report, item));
    const first = performance.now() - started;
    started = performance.now();
    items.forEach((item) => matches(report, item));
    const second = performance.now() - started;
    console.log(`2,000 feed items against one report: ${first.toFixed(0)} ms, then ${second.toFixed(0)} ms remembered`);
    expect(first).toBeLessThan(10_000);
    expect(second).toBeLessThan(first / 5);
  });

  it('turns an item into a short article whose title is its own sentence', () => {
    const article = itemArticle({ id: '1', url: 'https://x.example/1', title: 'Blast in Beirut', summary: 'At least 78 killed.', publishedAt: null });
    expect(article.text).toBe('Blast in Beirut.\nAt least 78 killed.');
    expect(itemMatchesReport(analyse(article), { id: '2', url: 'https://y.example/2', title: '', summary: '', publishedAt: null })).toBe(false);
  });
});
