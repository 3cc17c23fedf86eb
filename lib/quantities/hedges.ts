import type { Bound } from '../model';
import type { Token } from './tokens';
import { endsWithPhrase, matchesPhrase } from './tokens';
import type { Mention } from './mention';
import { DURATION_UNITS } from './units';
import type { WordsLanguage } from './number-words-europe';
import { EUROPEAN_AFTER, EUROPEAN_BEFORE, EUROPEAN_OR, FRENCH_ELIDED } from './hedges-europe';

/**
 * Bounds and hedges: the words before (or after) a number that say how sure or how far it goes.
 * "~" approximate (CQE's convention puts "nearly" and "almost" here too), ">" at least / more
 * than, "<" at most / less than. The hedge is kept as written, lower case.
 */
const BEFORE: ReadonlyArray<[string[], Bound]> = ([
  ['no fewer than', '>'], ['no less than', '>'], ['not less than', '>'], ['a minimum of', '>'], ['more than', '>'],
  ['at least', '>'], ['upwards of', '>'], ['upward of', '>'], ['in excess of', '>'], ['well over', '>'], ['just over', '>'],
  ['greater than', '>'], ['larger than', '>'], ['bigger than', '>'], ['higher than', '>'], ['over', '>'], ['above', '>'], ['exceeding', '>'], ['exceed', '>'], ['exceeds', '>'], ['exceeded', '>'], ['surpass', '>'], ['surpassed', '>'], ['surpassing', '>'], ['beyond', '>'], ['north of', '>'],
  ['no more than', '<'], ['not more than', '<'], ['a maximum of', '<'], ['fewer than', '<'], ['less than', '<'], ['smaller than', '<'], ['lower than', '<'],
  ['just under', '<'], ['up to', '<'], ['as many as', '<'], ['as much as', '<'], ['as high as', '<'], ['at most', '<'],
  ['under', '<'], ['below', '<'], ['shy of', '<'], ['just shy of', '<'], ['short of', '<'],
  ['an estimated', '~'], ['approximately', '~'], ['roughly', '~'], ['around', '~'], ['about', '~'], ['nearly', '~'],
  ['almost', '~'], ['close to', '~'], ['near', '~'], ['some', '~'], ['estimated', '~'], ['approx', '~'], ['circa', '~'],
  // "only one coach was left": the figure as written is exact, "only" frames it as few.
  ['only', '='],
  ['more or less', '~'], ['an approximate', '~'], ['somewhere around', '~'], ['some estimated', '~'],
] as Array<[string, Bound]>).map(([w, b]) => [w.split(' '), b] as [string[], Bound]).sort((x, y) => y[0].length - x[0].length);

/** After the number: "100 or more", "30-odd", "100-plus", "100+", "50 or so". */
const AFTER: ReadonlyArray<[string[], Bound]> = [
  [['or', 'more'], '>'], [['or', 'greater'], '>'], [['or', 'higher'], '>'], [['or', 'above'], '>'], [['or', 'over'], '>'],
  [['or', 'older'], '>'], [['or', 'younger'], '<'], [['or', 'below'], '<'], [['or', 'under'], '<'], [['or', 'so'], '~'],
  // "aged 65 and over", "18 and up", "five hundred and more" (not "5 and more than 20 ...").
  [['and', 'over'], '>'], [['and', 'above'], '>'], [['and', 'older'], '>'], [['and', 'up'], '>'], [['and', 'more'], '>'], [['and', 'under'], '<'], [['and', 'younger'], '<'], [['and', 'below'], '<'], [['or', 'fewer'], '<'], [['or', 'less'], '<'], [['plus'], '>'], [['odd'], '~'],
  [['+'], '>'], [['-', 'plus'], '>'], [['-', 'odd'], '~'], [['-', 'something'], '>'], [['-', 'ish'], '~'],
];

/** The words an "after" bound can start with: most figures are followed by none, and are not matched against each. */
const AFTER_FIRST_WORDS: ReadonlySet<string> = new Set(AFTER.map(([phrase]) => phrase[0]!));

export function readHedges(tokens: readonly Token[], mentions: Mention[], lang: WordsLanguage | null = null): void {
  // French, German, Spanish and Portuguese pages read their own words (hedges-europe.ts).
  const afterPhrases = lang ? EUROPEAN_AFTER[lang] : AFTER;
  const firstWords = lang ? null : AFTER_FIRST_WORDS;
  for (const m of mentions) {
    if (m.dropped || m.kind === 'date' || m.kind === 'year' || m.kind === 'ordinal' || m.kind === 'score') continue;
    const before = hedgeBefore(tokens, m, lang);
    // "about five hundred or more": the bound after the number is the more precise one.
    let after = !firstWords || firstWords.has(tokens[m.last + 1]?.lower ?? '') ? afterPhrases.find(([phrase]) => matchesPhrase(tokens, m.last + 1, phrase) && (phrase[0] !== '+' || !tokens[m.last + 1]!.gap) && (phrase[0] !== 'and' || closesBound(tokens, m.last + 3))) : undefined;
    // "100 people or more": the "or ..." bound may follow the counted noun.
    let skipped = 0;
    const or = lang ? EUROPEAN_OR[lang] : 'or';
    while (!after && skipped < 3 && tokens[m.last + 1 + skipped]?.kind === 'word' && tokens[m.last + 1 + skipped]!.lower !== or) skipped++;
    if (!after && skipped) {
      after = tokens[m.last + 1 + skipped]?.lower !== or ? undefined : afterPhrases.find(([phrase]) => phrase[0] === or && matchesPhrase(tokens, m.last + 1 + skipped, phrase));
      if (!after) skipped = 0;
    }
    if (before && !after) {
      const [phrase, bound] = before;
      m.bound = bound;
      m.hedge = phrase.join(' ');
      m.first -= phrase.length + (!lang && tokens[m.first - 1]?.lower === 'a' && m.kind === 'money' ? 1 : 0);
      continue;
    }
    if (!after) continue;
    const [phrase, bound] = after;
    m.bound = bound;
    m.hedge = phrase.filter((w) => w !== '-').join(' ');
    if (!skipped) m.last += phrase.length; // past a noun, the figure's text stays the number and its noun
    if (before) m.first -= before[0].length;
  }
}

/**
 * "65 and over" bounds the number only when the phrase ends there: not "5 and more than 20",
 * "fell 5 and over the next week", "10 and up to 20", "3 and more people".
 */
function closesBound(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !t || t.kind === 'punct' || /^(in|on|at|are|were|is|was|have|had|will|would|can|could|who|which|that|of)$/.test(t.lower);
}

/** The hedges by their last word, so each figure looks only at the few that could end before it. */
const BY_LAST_WORD = new Map<string, Array<[string[], Bound]>>();
for (const entry of BEFORE) {
  const last = entry[0][entry[0].length - 1]!;
  BY_LAST_WORD.set(last, [...(BY_LAST_WORD.get(last) ?? []), entry]);
}

function hedgeBefore(tokens: readonly Token[], m: Mention, lang: WordsLanguage | null): [string[], Bound] | null {
  // "up to a $1 billion payment": an article may stand between the hedge and a sum.
  const i = !lang && tokens[m.first - 1]?.lower === 'a' && m.kind === 'money' ? m.first - 2 : m.first - 1;
  const byLast = !lang ? BY_LAST_WORD : lang === 'fr' && /^d['’]/.test(tokens[m.first]?.lower ?? '') ? FRENCH_ELIDED : EUROPEAN_BEFORE[lang];
  for (const [phrase, bound] of byLast.get(tokens[i]?.lower ?? '') ?? []) {
    if (!endsWithPhrase(tokens, i, phrase)) continue;
    const w = phrase.join(' ');
    // "over three days" is a time span, "some" before a vague amount is not a hedge ("some dozens" is rare),
    // "under" after a verb of law ("under 18" is an age limit but still "<").
    if (w === 'over' && m.kind === 'measure' && DURATION_UNITS.has(m.unit.toLowerCase())) return null;
    if (w === 'some' && m.kind === 'vague') return null;
    if (w === 'estimated' && tokens[i - 1]?.lower === 'an') continue;
    return [phrase, bound];
  }
  return null;
}
