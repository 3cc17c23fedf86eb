import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../lib/extract/article';
import { analyse } from '../../../lib/report';
import { compareReports } from '../../../lib/compare';
import type { Article } from '../../../lib/model';

/**
 * The whole pipeline on random documents (issue 8): extraction, analysis and comparison never
 * throw, give the same output twice, and keep every offset inside the text. 10,000 cases in all.
 */

const word = fc.constantFrom(
  'the', 'ministry', 'said', 'claimed', 'at least', 'nearly', 'about', '18', '1,175', '750', 'dozens', 'hundreds',
  'killed', 'injured', 'police', 'according to', 'UN', 'OHCHR', '“', '”', '"', "'", '(', ')', ',', '.', '%', '$42bn',
  'twofold', 'up from', '238 to 261', 'Mr.', 'Jan.', '2022', 'كازاخستان', '死者', '😀', '\u200b', '<b>', '&amp;', '-',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
const paragraphText = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const block = fc.tuple(fc.constantFrom('p', 'div', 'li', 'h2', 'blockquote', 'span', 'td'), paragraphText).map(([tag, text]) => `<${tag}>${escape(text)}</${tag}>`);
const page = fc.tuple(paragraphText, fc.array(block, { minLength: 0, maxLength: 25 }), fc.boolean()).map(
  ([title, blocks, ld]) =>
    `<html><head><title>${escape(title)}</title>${ld ? `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${title.length % 2 ? '2022-01-06' : 'x'}"}</script>` : ''}</head><body><article>${blocks.join('')}</article></body></html>`,
);

const article = (text: string, n: number): Article => ({
  url: `https://outlet${n}.example/a`, canonicalUrl: `https://outlet${n}.example/a`, outlet: `Outlet ${n}`, title: `Report ${n}`,
  byline: null, lang: 'en', publishedAt: `2022-01-0${(n % 9) + 1}T10:00:00.000Z`, modifiedAt: null, text,
});

function offsetsInside(text: string, spans: Array<{ start: number; end: number; text?: string }>): void {
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    if (s.text !== undefined) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('pipeline on random documents', () => {
  it('extracts and analyses 4,000 random pages without a throw, the same way twice', () => {
    fc.assert(
      fc.property(page, (html) => {
        const first = extractArticle(parseHTML(html).document as unknown as Document, 'https://news.example/x', { force: true });
        const second = extractArticle(parseHTML(html).document as unknown as Document, 'https://news.example/x', { force: true });
        expect(second).toEqual(first);
        if (!first.ok) return;
        const report = analyse(first.article, '2026-01-01T00:00:00.000Z');
        expect(analyse(first.article, '2026-01-01T00:00:00.000Z')).toEqual(report);
        offsetsInside(report.text, report.figures);
        offsetsInside(report.text, report.attributions.map((a) => a.cue));
      }),
      { numRuns: 4_000 },
    );
  }, 240_000);

  it('compares 6,000 random events without a throw, the same way twice, evidence inside each report', () => {
    fc.assert(
      fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 4 }), (texts) => {
        const reports = texts.map((t, i) => analyse(article(t, i), '2026-01-01T00:00:00.000Z'));
        const comparison = compareReports(reports);
        expect(compareReports(reports)).toEqual(comparison);
        const byId = new Map(reports.map((r) => [r.id, r]));
        for (const item of [...comparison.numbers, ...comparison.attributions]) {
          for (const m of item.mentions) {
            const report = byId.get(m.report);
            expect(report).toBeDefined();
            offsetsInside(report!.text, [{ start: m.start, end: m.end }]);
          }
        }
      }),
      { numRuns: 6_000 },
    );
  }, 240_000);
});
