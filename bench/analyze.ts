/**
 * analyze: the report analysis (sentences + quantities + attributions) of a 10,000-word text made
 * of real article text, against compromise's `nlp(text).numbers()` and wink-nlp's tokenizer alone
 * (an empty annotation pipe: reading the words once, a floor). Targets: ours <= compromise / 10,
 * ours <= 2 x the wink tokenizer.
 *
 * Ours is timed as shipped: lib/ bundled by esbuild at the bench's start (lib-bundle.ts), as the
 * extension and the command run it, not module by module through tsx's loader. The baselines
 * are timed exactly as before (the packages as Node loads them, interleaved in the same loop).
 */
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article } from '../lib/model';
import { bundledAnalysis } from './lib-bundle';
import { realText, wordCount } from './articles';
import { median, ratio, round, timeSideBySide } from './stats';
import { verdict, type Suite } from './suite';

const WORDS = 10_000;

export const run: Suite = async ({ quick }) => {
  const { analyse, segmentSentences, readFigures, readAttributions } = await bundledAnalysis();
  const text = realText(WORDS);
  const article: Article = { url: null, canonicalUrl: null, outlet: 'bench', title: 'bench', byline: null, lang: 'en', publishedAt: null, modifiedAt: null, text };
  const wink = winkNLP(model, []);
  const sentences = segmentSentences(text, 'en');
  const figures = readFigures(text, sentences, 'en');
  const report = analyse(article, '2026-01-01T00:00:00Z');
  // V8 reaches steady state on the analysis after some 15-20 calls (its rules are many small
  // functions, optimised one by one); with two warm-up calls the median timed the JIT as much as
  // the code. Every contender gets the same warm-up, interleaved as before.
  const runs = quick ? 5 : 15;
  const warmup = quick ? 8 : 20;
  const samples = timeSideBySide(
    {
      ours: () => analyse(article, '2026-01-01T00:00:00Z'),
      sentences: () => segmentSentences(text, 'en'),
      quantities: () => readFigures(text, sentences, 'en'),
      attributions: () => readAttributions(text, sentences, figures),
      compromise: () => nlp(text).numbers(),
      wink_tokenize: () => wink.readDoc(text),
    },
    () => undefined,
    { runs, warmup },
  );
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<keyof typeof samples, number>;
  const ours = m.ours!;
  const compromise = m.compromise!;
  const winkMs = m.wink_tokenize!;
  // The quantities issue's own target: quantities + sentence split, also 10x under compromise.
  const quantitiesAndSentences = m.quantities! + m.sentences!;
  const figuresOut = {
    words: wordCount(text),
    runs,
    warmup,
    ours_ms: round(ours),
    sentences_ms: round(m.sentences!),
    quantities_ms: round(m.quantities!),
    attributions_ms: round(m.attributions!),
    compromise_ms: round(compromise),
    wink_tokenize_ms: round(winkMs),
    ours_vs_compromise: ratio(ours, compromise),
    ours_vs_wink_tokenize: ratio(ours, winkMs),
    found: { sentences: report.sentences.length, figures: report.figures.length, attributions: report.attributions.length },
    targets: { ours_vs_compromise: 0.1, ours_vs_wink_tokenize: 2 },
  };
  return {
    figures: figuresOut,
    tables: [
      {
        title: `analyze: ${figuresOut.words.toLocaleString('en')} words of real article text, median of ${runs} runs after ${warmup} warm-up runs (ms)`,
        head: ['step', 'ms', 'found'],
        rows: [
          ['ours: analyse (all below)', figuresOut.ours_ms, ''],
          ['  sentences', figuresOut.sentences_ms, report.sentences.length],
          ['  quantities', figuresOut.quantities_ms, report.figures.length],
          ['  attributions', figuresOut.attributions_ms, report.attributions.length],
          ['compromise nlp(text).numbers()', figuresOut.compromise_ms, ''],
          ['wink-nlp tokenizer alone', figuresOut.wink_tokenize_ms, ''],
        ],
      },
      {
        title: 'analyze: targets',
        head: ['comparison', 'ratio', 'target', ''],
        rows: [
          ['ours / compromise', figuresOut.ours_vs_compromise, '<= 0.1', verdict(ours <= compromise / 10)],
          ['(quantities + sentences) / compromise', ratio(quantitiesAndSentences, compromise), '<= 0.1', verdict(quantitiesAndSentences <= compromise / 10)],
          ['ours / wink tokenizer', figuresOut.ours_vs_wink_tokenize, '<= 2', verdict(ours <= 2 * winkMs)],
        ],
      },
    ],
    notes: [],
  };
};
