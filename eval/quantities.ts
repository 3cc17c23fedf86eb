/**
 * `npm run eval -- quantities`: how well lib/quantities reads figures, with precision and recall.
 *
 * 1. Microsoft Recognizers-Text English specs (Number, NumberRange, Percent, Currency, Dimension):
 *    the inputs in scope for news. Excluded, by rule (EXCLUDE below, each with its reason):
 *    maths and scientific notation, spoken arithmetic, compositional word fractions, symbols of
 *    comparison, and unit systems news does not write. Every exclusion is counted in the table.
 * 2. The seed pair's gold figures (value and hedge) and the events-dev tolls.
 * 3. The dev set annotated by hand from readability-test-pages (tests/fixtures/figures-dev):
 *    value F1, value+bound F1, what-is-counted token overlap.
 * 4. Speed against compromise's nlp(text).numbers() on a 10,000-word text.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import nlp from 'compromise';
import { readFigures } from '../lib/quantities';
import { segmentSentences } from '../lib/text/sentences';
import { extractArticle } from '../lib/extract/article';
import { NON_EVENT_KINDS, type Figure } from '../lib/model';
import { scoreSet, type GoldPage } from '../tests/fixtures/figures-dev/score';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const DEV = fileURLToPath(new URL('../tests/fixtures/figures-dev/', import.meta.url));
const HELDOUT = fileURLToPath(new URL('../tests/fixtures/figures-heldout/', import.meta.url));

interface Score { tp: number; fp: number; fn: number }
const prf = (s: Score) => {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), n: s.tp + s.fn };
};
const round = (x: number) => Math.round(x * 1000) / 1000;
const same = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null ? a == null && b == null : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function figuresOf(text: string, lang = 'en'): Figure[] {
  return readFigures(text, segmentSentences(text, lang), lang);
}

// ---- 1. Recognizers-Text specs -------------------------------------------------------------

type Spec = 'Number' | 'NumberRange' | 'Percent' | 'Currency' | 'Dimension';
const SPEC_FILES: Record<Spec, string> = {
  Number: 'Number/English/NumberModel.json',
  NumberRange: 'Number/English/NumberRangeModel.json',
  Percent: 'Number/English/PercentModel.json',
  Currency: 'NumberWithUnit/English/CurrencyModel.json',
  Dimension: 'NumberWithUnit/English/DimensionModel.json',
};
/** Inputs out of scope for news reports, with the reason printed in the table. */
const EXCLUDE: Array<[RegExp, string, Spec[] | null]> = [
  [/\^|\d[eE][+-]?\d|x10|\d\s*[+*/=]\s*\d+\s*=|[<>=~]\s*-?\d|<>|=>|=</, 'maths or scientific notation', null],
  [/\b(over|out of|point|negative|nought|naught)\b|\b\d+ in (\d|twenty)/i, 'spoken arithmetic ("one over three", "point five", "negative one", "2 in 5")', null],
  [/\b(fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|billionths?|trillionths?|twenty[- ]?firsts?|twenty-fifth|hundred fifth|thirtieth|fourth)\b/i, 'compositional word fractions ("five eighths")', ['Number', 'NumberRange']],
  [/[½¼¾⅓⅔⅙⅛]/, 'Unicode vulgar fractions', null],
  [/\d\s*(mm|mil|dzs?|dozs)\b|\d\s*G\b/i, 'slang or SI scale suffixes ("1MM", "2mil", "10G", "3 dzs")', ['Number']],
  [/\b(equal|equals|equaling|ranks?|tenth|fifteenth)\b/i, 'logical comparisons of abstract numbers ("less than or equal to")', ['NumberRange']],
  [/percents? of|per cent of|\bpercentage\b|\bpercents\b/i, 'inverted or non-standard percent phrasing ("percent of 10")', ['Percent']],
  [/\b(ft \d+ in|feet (and )?\d+ inch|m \d+ dm|tablespoons?|teaspoons?|cups?|drachma|rad\b|\drad\b|turns?\b|millisecond|picometer|decimeter|dm\b|microgramm?es|gramme)/i, 'compound or cooking/angular units news does not print', ['Dimension']],
  [/%[0-9A-F]{2}/, 'URL-encoded text', null],
  // Recognizers-Text's Number model splits these into their digits; we read a date whole (kind
  // date, scored by no spec here) and an address or a phone number as no figure at all.
  [/\d{1,2}\/\d{1,2}\/\d{4}|\+\d+-\d{3}-|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/, 'dates, phone numbers and IP addresses split into numbers ("5/17/2018", "192.168.1.2")', ['Number']],
];

interface Gold { start: number; end: number; value: number | null; low?: number | null; high?: number | null }

function goldOf(spec: Spec, result: { Start: number; End: number; Resolution: { value?: string | null; Start?: number; End?: number } }): Gold | null {
  const raw = result.Resolution?.value;
  if (raw == null || raw === 'null') return null; // unit without a number ("metric ton"): nothing to read
  // A few cases put the offsets inside the resolution.
  const base = { start: result.Start ?? result.Resolution.Start!, end: (result.End ?? result.Resolution.End!) + 1 };
  if (spec === 'NumberRange') {
    const m = /^[[(]\s*(-?[\d.]*)\s*,\s*(-?[\d.]*)\s*[\])]$/.exec(raw);
    if (!m) return null;
    return { ...base, value: null, low: m[1] ? Number(m[1]) : null, high: m[2] ? Number(m[2]) : null };
  }
  return { ...base, value: Number(raw.replace('%', '')) };
}

// With the durations of French, Spanish, Portuguese and German pages ("ans", "años", "Jahre").
const DURATIONS = /^(years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centuries|century|ans?|années?|mois|semaines?|jours?|heures?|secondes?|años?|mes(es)?|semanas?|días?|dias?|horas?|minutos?|segundos|anos?|mês|jahre?n?|monate?n?|wochen?|tage?n?|stunden?|minuten|sekunden?)$/i;

function predictionsFor(spec: Spec, figures: Figure[]): Figure[] {
  switch (spec) {
    // Recognizers-Text reads ordinals, dates and durations with other models, and a numeral
    // written tight against its unit ("180ml", "29km") with the NumberWithUnit model: its Number
    // spec finds no number there.
    case 'Number': return figures.filter((f) => f.kind !== 'ordinal' && f.kind !== 'date' && f.kind !== 'time' && !(f.kind === 'measure' && /\d[\p{L}]/u.test(f.text)));
    case 'Percent': return figures.filter((f) => f.kind === 'percent');
    case 'Currency': return figures.filter((f) => f.kind === 'money');
    case 'Dimension': return figures.filter((f) => f.kind === 'measure' && !DURATIONS.test(f.unit));
    case 'NumberRange': return figures.filter((f) => f.high !== null || f.bound === '>' || f.bound === '<');
  }
}

/**
 * The Number model reads the two ends of a range as two numbers ("vingt et un ou vingt-deux",
 * "100 bis 300"); we read one figure with a high end. Scored as the two numbers it holds.
 */
function bothEnds(spec: Spec, f: Figure): Figure[] {
  if (spec !== 'Number' || f.high === null) return [f];
  return [{ ...f, value: f.low, high: null }, { ...f, value: f.high, high: null }];
}

function matches(spec: Spec, f: Figure, g: Gold): boolean {
  if (!(f.start < g.end && g.start < f.end)) return false;
  if (spec === 'NumberRange') {
    const low = f.high !== null ? f.low : f.bound === '>' ? f.value : null;
    const high = f.high !== null ? f.high : f.bound === '<' ? f.value : null;
    return same(low, g.low) && same(high, g.high);
  }
  return [f.value, f.high, f.from].some((v) => same(v, g.value));
}

/**
 * The other languages' Number and Percent specs test the locale ("2.000,352" on a German page) and
 * the number words of French, German, Spanish and Portuguese ("dix-huit", "einundzwanzig",
 * "mil quinientos", "cento e cinquenta"). Gold that news does not print in words is excluded and
 * counted: fractions and ordinals in words, spoken decimals and arithmetic, and the article
 * read as one ("un homme" is no figure, as English "a man" is none).
 */
const LOCALE_RUNS: Array<[string, Spec, string, string]> = ['German:de', 'French:fr', 'Spanish:es', 'Portuguese:pt'].flatMap((l) => {
  const [name, lang] = l.split(':') as [string, string];
  return [[`Number ${lang}`, 'Number', `Number/${name}/NumberModel.json`, lang], [`Percent ${lang}`, 'Percent', `Number/${name}/PercentModel.json`, lang]] as Array<[string, Spec, string, string]>;
});
const NUMERAL_ONLY = /^[\d\s.,%\u00a0\u202f-]+$/;
/**
 * A half joined to a number or a scale is read ("3 millions et demi", "medio millón",
 * "zweieinhalb", "eine halbe Million", "cinco y medio"); a half standing alone as a fraction
 * ("un demi", "cinco medios", "drei halbe") stays with the fractions in words.
 */
const HALF_OF_A_NUMBER = /\b(et|y|e)\s+(demie?|medi[oa]|mei[oa])$|^(une?\s+)?demi[-\s]+(million|milliard|douzaine)|^(medi[oa]|mei[oa])\s+(docena|d[uú]zia|mill[oó]n|milh[ãa]o)|einhalb|anderthalb|halbe[sn]?\s+(dutzend|million|milliarde)/i;
/** Exclusions tested on the gold text of the four languages' cases. */
const LOCALE_EXCLUDE: Array<[RegExp, string]> = [
  [/i[eè]mes?\b|\b(demie?|tiers|quarts?)\b|halb|drittel|viertel|fünftel|achtel|zehntel|\b(medi[oa]s?|tercios?|cuartos?|quint[oa]s?|octavos?|meio|meia|terços?|quartos?|oitavos?)\b|avos?\b|[eé]sim[oa]s?\b|cent[eé]simos?|d[eé]cimos?\b|milésim/i, 'fractions in words ("trois cinquièmes", "zweieinhalb", "dos tercios")'],
  [/\b(premi[eè]re?s?|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|primer[oa]?s?|segund[oa]s?|tercer[oa]?s?|primeir[oa]s?)\b|\d+\s*(º|ª|er|e|ème|ten?|to|ta|o|a)\b/i, 'ordinals read as numbers ("premier", "4to")'],
  [/pourcentages?|porcentaje|percentagem/i, 'non-standard percent phrasing ("100 pourcentage")'],
  [/\bn[eé]gati[fv]e?\b|\b(sur|virgule|komma|coma|con|sobre|entre|v[ií]rgula|zéro|cero|zero|null)\b|\d\s*\/\s*\d/i, 'spoken decimals and arithmetic ("deux cent virgule trois", "un sur trois")'],
  [/^(un|une|uno|una|um|uma|ein|eine|einer|einem|einen)$/i, 'the article read as one ("un homme", "ein Mann": no figure, as English "a man")'],
  [/lakh|crore/i, 'Indian scale words in French, Spanish, Portuguese or German ("treize lakh"): no usage of their news'],
];

function scoreSpecs(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const runs = [...(Object.keys(SPEC_FILES) as Spec[]).map((spec) => [spec, spec, SPEC_FILES[spec], 'en'] as [string, Spec, string, string]), ...LOCALE_RUNS];
  for (const [label, spec, file, lang] of runs) {
    const cases = JSON.parse(readFileSync(`${SHARED}corpus/recognizers-text-specs/Specs/${file}`, 'utf8').replace(/^\uFEFF/, '')) as Array<{ Input: string; Results: Array<{ Text: string; Start: number; End: number; Resolution: { value?: string } }> }>;
    const score: Score = { tp: 0, fp: 0, fn: 0 };
    const excluded: Record<string, number> = {};
    for (const c of cases) {
      const words = lang !== 'en' && c.Results.some((r) => !NUMERAL_ONLY.test(r.Text));
      const localeRule = words ? LOCALE_EXCLUDE.find(([re], k) => c.Results.some((r) => !NUMERAL_ONLY.test(r.Text) && re.test(r.Text.trim()) && !(k === 0 && HALF_OF_A_NUMBER.test(r.Text.trim())))) : undefined;
      const rule = localeRule ? [null, localeRule[1]] as const : EXCLUDE.find(([re, , specs]) => (!specs || specs.includes(spec)) && re.test(c.Input));
      if (rule) {
        excluded[rule[1]] = (excluded[rule[1]] ?? 0) + 1;
        continue;
      }
      const gold = c.Results.map((r) => goldOf(spec, lang === 'en' ? r : { ...r, Resolution: { ...r.Resolution, value: r.Resolution.value?.replace(',', '.') } })).filter((g): g is Gold => g !== null);
      const predicted = predictionsFor(spec, figuresOf(c.Input, lang)).flatMap((f) => bothEnds(spec, f));
      const hit = new Set<Gold>();
      for (const f of predicted) {
        const g = gold.find((x) => !hit.has(x) && matches(spec, f, x)) ?? gold.find((x) => matches(spec, f, x));
        if (g) {
          score.tp++;
          hit.add(g);
        } else score.fp++;
      }
      score.fn += gold.filter((g) => !hit.has(g)).length;
      if (process.env.EVAL_VERBOSE && (gold.some((g) => !hit.has(g)) || predicted.length > hit.size)) {
        console.log(`  ${label} ${JSON.stringify(c.Input.slice(0, 120))} gold=${JSON.stringify(gold.map((g) => g.value ?? [g.low, g.high]))} got=${JSON.stringify(predicted.map((f) => [f.text, f.value, f.high, f.bound]))}`);
      }
    }
    out[label] = { ...prf({ tp: score.tp, fp: score.fp, fn: score.fn }), cases: cases.length, excluded };
  }
  return out;
}

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
  console.log('Recognizers-Text English specs (news scope)');
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
