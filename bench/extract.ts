/**
 * extract: the product's extraction (readerable gate + metadata + Readability on a clone + block
 * text) against Readability alone on the same DOM, per Readability test page. Both get a freshly
 * parsed linkedom document each run (Readability changes the document it reads); parsing is not
 * timed. Target: ours / Readability <= 1.25.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/article';
import { readMetadata } from '../lib/extract/metadata';
import { looksLikeArticle } from '../lib/extract/readerable';
import { readabilityPages } from './articles';
import { median, ratio, round, timeSideBySide } from './stats';
import { skipped, verdict, type Suite } from './suite';

const TARGET_RATIO = 1.25;

export const run: Suite = async ({ quick }) => {
  const pages = readabilityPages();
  if (!pages.length) return skipped('no pages under ../shared/corpus/readability-test-pages');
  const runs = quick ? 3 : 7;
  const perPage: Record<string, { ours_ms: number; readability_ms: number; ratio: number; extracted: boolean }> = {};
  let ours = 0;
  let readability = 0;
  // Where the difference goes: parts of our extraction timed on their own (sums over pages).
  const parts = { clone: 0, gate: 0, metadata: 0 };
  for (const page of pages) {
    const url = `https://${page.name}.example.invalid/article`;
    const fresh = () => parseHTML(page.html).document as unknown as Document;
    let extracted = false;
    const samples = timeSideBySide(
      {
        ours: (doc) => { extracted = extractArticle(doc, url).ok; },
        readability: (doc) => new Readability(doc).parse(),
        clone: (doc) => doc.cloneNode(true),
        // The product's gate, listing the page's elements itself (in extraction the listing is shared).
        gate: (doc) => looksLikeArticle(doc),
        metadata: (doc) => readMetadata(doc, url),
      },
      fresh,
      { runs, warmup: 1 },
    );
    const o = median(samples.ours!);
    const r = median(samples.readability!);
    ours += o;
    readability += r;
    parts.clone += median(samples.clone!);
    parts.gate += median(samples.gate!);
    parts.metadata += median(samples.metadata!);
    perPage[page.name] = { ours_ms: round(o), readability_ms: round(r), ratio: ratio(o, r), extracted };
  }
  const ratios = Object.values(perPage).map((p) => p.ratio);
  const total = { ours_ms: round(ours), readability_ms: round(readability), ratio: ratio(ours, readability) };
  const medianRatio = ratio(median(ratios), 1);
  const declined = Object.entries(perPage).filter(([, p]) => !p.extracted).map(([n]) => n);
  return {
    figures: {
      ...total,
      median_page_ratio: medianRatio,
      target_ratio: TARGET_RATIO,
      runs,
      parts_ms: { clone: round(parts.clone), readerable_gate: round(parts.gate), metadata: round(parts.metadata) },
      pages: perPage,
    },
    tables: [
      {
        title: `extract: ${pages.length} Readability test pages, median of ${runs} runs each (ms)`,
        head: ['page', 'ours', 'Readability', 'ratio', 'extracted'],
        rows: Object.entries(perPage).map(([name, p]) => [name, p.ours_ms, p.readability_ms, p.ratio, p.extracted ? 'yes' : 'no']),
      },
      {
        title: 'extract: summary',
        head: ['figure', 'ours', 'Readability', 'ratio', 'target', ''],
        rows: [
          ['sum of page medians (ms)', total.ours_ms, total.readability_ms, total.ratio, `<= ${TARGET_RATIO}`, verdict(total.ratio <= TARGET_RATIO)],
          ['median page ratio', '', '', medianRatio, `<= ${TARGET_RATIO}`, verdict(medianRatio <= TARGET_RATIO)],
        ],
      },
      {
        title: 'extract: parts of ours timed alone (sum of page medians, ms; the gate and the metadata each list the page\'s elements, which extraction does once for both)',
        head: ['part', 'ms', 'share of ours'],
        rows: [
          ['document clone (Readability runs on it)', round(parts.clone), ratio(parts.clone, ours)],
          ['readerable gate', round(parts.gate), ratio(parts.gate, ours)],
          ['metadata', round(parts.metadata), ratio(parts.metadata, ours)],
        ],
      },
    ],
    notes: declined.length ? [`extract: the readerable gate declined ${declined.join(', ')} (ours stops early there, so those ratios are low)`] : [],
  };
};
