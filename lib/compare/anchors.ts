import type { Figure, Report } from '../model';

/**
 * The names that narrow a figure to a place or group: "Monroe County with seven confirmed
 * deaths", "Sarasota (six)", "25 storm deaths in Florida". Two figures of one class whose
 * names differ (Lee County vs Charlotte County) count different things.
 *
 * Read from the figure's own clause: capitalised words just before it (up to a few words,
 * not past another number or a clause break) and the place after it ("in Florida").
 */

const BEFORE_WORDS = 5;
const AFTER_WORDS = 6;
/** Parts of place names that every place of that sort has: they do not tell places apart. */
const GENERIC = new Set(['county', 'counties', 'city', 'state', 'states', 'province', 'district', 'region', 'island', 'islands', 'hurricane', 'storm', 'the', 'of']);
/** Capitalised words that are not names of a place or group. */
const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr the a an in on at it its he she they we this that there these those but and or if as after before when while of other another all some most many'.split(' '),
);

const TOKEN = /\p{L}[\p{L}\p{M}'’.-]*|\p{N}[\p{N}.,]*|[;:()—–]/gu;

interface Tok {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) out.push({ text: m[0], start: from + m.index!, end: from + m.index! + m[0].length });
  return out;
}

const fold = (t: string) => t.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
const isCap = (t: string) => /^\p{Lu}/u.test(t) && !NOT_NAMES.has(fold(t));
const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million dozen dozens'.split(' '));
const isNumber = (t: string) => /^\p{N}/u.test(t) || NUMBER_WORDS.has(t.toLowerCase());
const isBreak = (t: string) => t === ';' || t === ':' || t === '—' || t === '–';

/** Runs of capitalised words in a token list, as folded phrases without generic parts. */
function phrases(toks: readonly Tok[], sentenceStart: number, text: string): string[][] {
  const out: string[][] = [];
  let run: Tok[] = [];
  const flush = () => {
    // A lone capital opening the sentence is no name ("Deaths have been reported").
    const opening = run.length === 1 && !/\p{L}/u.test(text.slice(sentenceStart, run[0]!.start));
    const words = run.map((t) => fold(t.text)).filter((w) => !GENERIC.has(w));
    if (run.length && !opening && words.length) out.push(words);
    run = [];
  };
  for (const t of toks) {
    if (isCap(t.text) && !isNumber(t.text)) run.push(t);
    else flush();
  }
  flush();
  return out;
}

/**
 * The names narrowing a figure, each a phrase of folded words. A source's name is who gave the
 * figure, not where it counts ("Sheriff Carmine Marceno told ... that 54 of the deaths"): names
 * inside the report's attribution sources are left out.
 */
export function anchorsOf(report: Pick<Report, 'text' | 'sentences'> & Partial<Pick<Report, 'attributions'>>, f: Pick<Figure, 'start' | 'end' | 'sentence'>): string[][] {
  const speakers: string[][] = [];
  for (const a of report.attributions ?? []) {
    if (a.source && a.sentence === f.sentence) speakers.push(a.source.text.split(/\s+/).map(fold).filter((w) => w && !NOT_NAMES.has(w) && !GENERIC.has(w)));
  }
  // A phrase that is most of a speaker's name is the speaker; "Florida" in "the Florida Medical
  // Examiners Association" is still a place.
  const isSpeaker = (phrase: string[]) => speakers.some((name) => phrase.every((w) => name.includes(w)) && phrase.length * 2 >= name.length);
  return readAnchors(report, f).filter((phrase) => !isSpeaker(phrase));
}

function readAnchors(report: Pick<Report, 'text' | 'sentences'>, f: Pick<Figure, 'start' | 'end' | 'sentence'>): string[][] {
  const s = report.sentences[f.sentence] ?? { start: Math.max(0, f.start - 200), end: Math.min(report.text.length, f.end + 200) };
  const before = tokens(report.text, s.start, f.start);
  let from = before.length;
  let words = 0;
  while (from > 0 && words < BEFORE_WORDS) {
    const t = before[from - 1]!.text;
    if (isNumber(t) || isBreak(t)) break;
    from--;
    if (/\p{L}/u.test(t)) words++;
  }
  const out = phrases(before.slice(from), s.start, report.text);
  // A sentence about one place opens with its name ("Lee County, where the storm came ashore,
  // has ... 50 confirmed deaths"): with no other number before the figure, it is the figure's.
  if (!out.length && !before.some((t) => isNumber(t.text))) {
    const opening = phrases(before.slice(0, 4), s.start, report.text)[0];
    if (opening && before.length && before[0]!.text.toLowerCase() !== 'the' && opening.length >= 1 && isCap(before[0]!.text) && isCap(before[1]?.text ?? '')) out.push(opening);
  }
  // After the figure: a place brought in by a preposition ("deaths in Florida").
  const after = tokens(report.text, f.end, s.end).slice(0, AFTER_WORDS + 2);
  const prep = after.findIndex((t, i) => i < AFTER_WORDS && /^(in|at|across|from)$/i.test(t.text));
  if (prep >= 0) {
    const rest: Tok[] = [];
    for (const t of after.slice(prep + 1)) {
      if (/^(the)$/i.test(t.text) && !rest.length) continue;
      if (!isCap(t.text)) break;
      rest.push(t);
    }
    out.push(...phrases(rest, s.start, report.text));
  }
  return out;
}

/** Whether two anchor lists name a common place or group (one phrase within the other). */
export function anchorsMeet(a: readonly string[][], b: readonly string[][]): boolean {
  for (const x of a) for (const y of b) {
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    if (short.every((w) => long.includes(w))) return true;
  }
  return false;
}
