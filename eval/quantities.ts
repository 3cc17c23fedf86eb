/**
 * `npm run eval -- quantities`: how well lib/quantities reads figures, with precision and recall.
 *
 * 1. Microsoft Recognizers-Text specs (quantities-specs.ts): English Number, NumberRange,
 *    Percent, Currency, Dimension, and the Number and Percent specs of German, French, Spanish
 *    and Portuguese, on the inputs in scope for news. Excluded, by rule (each with its reason):
 *    maths and scientific notation, spoken arithmetic, compositional word fractions, symbols of
 *    comparison, unit systems news does not write, dates and identifiers the Number model splits
 *    into digits. Every exclusion is counted in the table.
 * 2. The seed pair's gold figures (value and hedge) and the events-dev tolls.
 * 3. The dev set annotated by hand from readability-test-pages (tests/fixtures/figures-dev):
 *    value F1, value+bound F1, what-is-counted token overlap.
 * 4. Speed against compromise's nlp(text).numbers() on a 10,000-word text.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import nlp from 'compromise';
import { extractArticle } from '../lib/extract/article';
import { NON_EVENT_KINDS } from '../lib/model';
import { scoreSet, type GoldPage } from '../tests/fixtures/figures-dev/score';
import { SHARED, figuresOf, prf, round, same } from './quantities-common';
import { scoreSpecs } from './quantities-specs';

const DEV = fileURLToPath(new URL('../tests/fixtures/figures-dev/', import.meta.url));
const HELDOUT = fileURLToPath(new URL('../tests/fixtures/figures-heldout/', import.meta.url));

// ---- 2. Seed gold and events-dev tolls ------------------------------------------------------

function articleText(file: string): { text: string; lang: string } {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const result = extractArticle(document as unknown as Document, 'https://example.org/', { force: true });
  if (!result.ok) throw new Error(`${file}: ${result.message}`);
  return { text: result.article.text, lang: result.article.lang ?? 'en' };
}

const VAGUE: Record<string, number> = { dozens: 24, hundreds: 200, thousands: 2000, scores: 40 };

function scoreGoldFile(goldFile: string, textOf: (letter: string, file: string) => { text: string; lang: string }) {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { reports: Record<string, string>; numbers: Array<Record<string, { value: number | string; hedge?: string | null } | null | unknown>> };
  let found = 0, total = 0, hedged = 0;
  const misses: string[] = [];
  for (const [letter, file] of Object.entries(gold.reports)) {
    const { text, lang } = textOf(letter, file);
    const figures = figuresOf(text, lang).filter((f) => !NON_EVENT_KINDS.has(f.kind));
    for (const item of gold.numbers) {
      const g = item[letter] as { value: number | string; hedge?: string | null } | null | undefined;
      if (!g) continue;
      const value = typeof g.value === 'string' ? VAGUE[g.value] : typeof g.value === 'object' && g.value ? (g.value as { low: number }).low : g.value;
      total++;
      const f = figures.find((x) => same(x.value, value) || same(x.high, value) || same(x.from, value));
      if (!f) {
        misses.push(`${letter}:${String(item['id'])}=${g.value}`);
        continue;
      }
      found++;
      if ((g.hedge ?? null) === (f.hedge ?? null) || g.hedge === undefined) hedged++;
    }
  }
  return { recall: round(found / total), hedgeAgreement: round(hedged / Math.max(1, found)), n: total, misses };
}

function scoreSeedAndEvents(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  out['seed-pair'] = scoreGoldFile(`${SHARED}gold/seed-pair.json`, (_, file) => ({ text: readFileSync(`${SHARED}seeds/${file}`, 'utf8'), lang: 'en' }));
  const events = `${SHARED}corpus/events-dev/`;
  for (const dir of readdirSync(events)) {
    if (!existsSync(`${events}${dir}/gold.json`)) continue;
    out[dir] = scoreGoldFile(`${events}${dir}/gold.json`, (_, file) => articleText(`${events}${dir}/${file}`));
  }
  return out;
}

// ---- 3. The hand-annotated sets (scored in tests/fixtures/figures-dev/score.ts) ---------------

function scoreAnnotated(dir: string): Record<string, unknown> {
  const result = scoreSet(dir);
  if (process.env.EVAL_VERBOSE) for (const e of result.errors) console.log('  ' + e);
  return { pages: result.pages, value: prf(result.value), valueBound: prf(result.valueBound), whatOverlap: round(result.whatOverlap) };
}

// ---- 4. Speed ------------------------------------------------------------------------------

function speed(): Record<string, unknown> {
  const pages = existsSync(DEV) ? readdirSync(DEV).filter((d) => existsSync(`${DEV}${d}/expected.json`)) : [];
  let text = pages.map((d) => (JSON.parse(readFileSync(`${DEV}${d}/expected.json`, 'utf8')) as GoldPage).text).join('\n');
  if (!text) text = readFileSync(`${SHARED}seeds/001_e511eae1e698049f.txt`, 'utf8');
  const words = (t: string) => t.split(/\s+/).filter(Boolean);
  while (words(text).length < 10_000) text += '\n' + text;
  text = text.split(/(?<=\s)/).slice(0, 10_000).join(''); // the benchmark: a 10,000-word text
  const wordsIn = words(text).length;
  const time = (fn: () => void, runs: number) => {
    fn();
    const t = performance.now();
    for (let i = 0; i < runs; i++) fn();
    return (performance.now() - t) / runs;
  };
  const ours = time(() => figuresOf(text), 10);
  const theirs = time(() => nlp(text).numbers().json(), 2);
  return { words: wordsIn, parallaxMs: round(ours), compromiseMs: round(theirs), speedup: round(theirs / ours) };
}

function printAnnotated(title: string, dir: string): Record<string, unknown> {
  const result = scoreAnnotated(dir) as { pages: number; value?: object; valueBound?: object; whatOverlap?: number };
  console.log(`\n${title}`);
  console.table({ value: result.value, 'value+bound': result.valueBound });
  console.log(`  texts ${result.pages}, what-is-counted token overlap ${String(result.whatOverlap)}`);
  return result;
}

export async function run(): Promise<Record<string, unknown>> {
  const specs = scoreSpecs();
  console.log('Recognizers-Text specs, English and four other languages (news scope)');
  console.table(Object.fromEntries(Object.entries(specs).map(([k, v]) => { const { excluded, ...rest } = v as Record<string, unknown>; void excluded; return [k, rest]; })));
  for (const [k, v] of Object.entries(specs)) {
    const excluded = (v as { excluded: Record<string, number> }).excluded;
    if (Object.keys(excluded).length) console.log(`  ${k} excluded: ` + Object.entries(excluded).map(([why, n]) => `${n} ${why}`).join('; '));
  }
  const gold = scoreSeedAndEvents();
  console.log('\nSeed gold and events-dev tolls (recall of gold figures; hedge agreement on those found)');
  console.table(Object.fromEntries(Object.entries(gold).map(([k, v]) => { const { misses, ...rest } = v as Record<string, unknown>; return [k, { ...rest, misses: (misses as string[]).join(' ') }]; })));
  const dev = printAnnotated('Dev set (hand-annotated readability-test-pages; event kinds only; used while developing)', DEV);
  const heldout = printAnnotated('Held-out set (hand-annotated PolNeAR articles; first scoring recorded in its build.ts)', HELDOUT);
  const fast = speed();
  console.log('\nSpeed (sentences + quantities vs compromise nlp(text).numbers())');
  console.table({ speed: fast });
  return { specs, gold, dev, heldout, speed: fast };
}
