import type { Token } from './tokens';
import type { Mention } from './mention';
import { isVersion } from './versions';
import { newMention } from './mention';
import { lexicon, wordSet } from './lexicon';

/**
 * Numbers that are not figures of the event, labelled by kind so that comparison skips them:
 * ordinals, ages, sports scores, phone numbers, street addresses, page counters ("0 Comments"),
 * "one of", and names with a number ("COVID-19", "Flight 370"). Fractions ("1/3") are read here too.
 */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = lexicon({
  first: 1, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, twentieth: 20, thirtieth: 30, fiftieth: 50, hundredth: 100, thousandth: 1000,
});
const SPORT_WORDS: ReadonlySet<string> = wordSet(['won', 'win', 'wins', 'beat', 'beats', 'beating', 'victory', 'defeat', 'defeated', 'lost', 'lose', 'loss', 'draw', 'drew', 'score', 'scored', 'lead', 'led', 'match', 'game', 'goal', 'goals', 'final', 'half', 'innings', 'set', 'sets', 'tie', 'tied', 'triumph', 'thrashing', 'rout', 'routed']);
const STREET_WORDS = /^(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|square|sq|terrace|highway|hwy|parkway|pkwy|alley|crescent|close)$/;
const COUNTER_UNITS = /^(comments?|shares?|views?|likes?|replies|reply|photos?|images?|videos?|min|mins|retweets?|followers?|reactions?)$/;
const PERSON_NOUNS = /^(man|woman|boy|girl|mother|father|son|daughter|wife|husband|grandmother|grandfather|resident|driver|victim|teenager|teen|law|pilot|passenger|neighbou?r|owner|worker|student|brother|sister|friend|partner|retiree|widow|nurse|doctor|officer|soldier)$/;
/** Labels before a number that make it a name ("Category 4", "Flight 370", "Article 5"). */
const NAME_LABELS = /^(category|level|phase|stage|class|grade|type|channel|route|flight|article|section|chapter|room|gate|terminal|platform|highway|interstate|version|model|series|apollo|mark|tier|unit|ward|district|precinct|block|lot|exit|pier|berth|runway|game|episode|season|volume|vol|no|number)$/;
/** Scales read with their name before the number. */
const SCALE_LABELS = /^(category|magnitude)$/;
const AGE_BEFORE = /^(aged|age|ages)$/;
// Module constants, not literals in the functions: the bundler (esbuild, node and chrome targets)
// writes a \p{...} literal as `new RegExp(...)`, a new object each time it is reached.
const UPPER_FIRST = /^\p{Lu}/u;
const UPPER_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const ANY_UPPER = /\p{Lu}/u;
const ALL_LETTERS = /^\p{L}+$/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** "Ninety Mile Beach", "Three Gorges Dam": a capitalised number word inside a name. */
export function isInName(tokens: readonly Token[], m: Mention): boolean {
  const t = tokens[m.core]!;
  const next = tokens[m.last + 1];
  // "Air Force One" ends the name; "Ninety Mile Beach" continues it.
  return m.words && m.core > 0 && UPPER_FIRST.test(t.text) && isCapitalWord(tokens[m.core - 1]) && (isCapitalWord(next) || !next || next.kind === 'punct');
}

function isCapitalWord(x: Token | undefined): boolean {
  return !!x && x.kind === 'word' && UPPER_FIRST.test(x.text);
}

export function readOtherKinds(tokens: readonly Token[], mentions: Mention[], sentenceWords: number): void {
  // Whether the sentence is about a game: asked only of a count that could be a score, since
  // answering it reads every word of the sentence.
  let sports: boolean | undefined;
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.dropped || m.kind !== 'count') continue;
    const before = tokens[m.first - 1];
    if (isInName(tokens, m)) {
      m.kind = 'other';
      continue;
    }
    const after = tokens[m.last + 1];
    const core = tokens[m.core]!;
    // "a Category 4 hurricane", "a magnitude 7.8 quake", "a magnitude of 6.8": a reading on a scale, which outlets can
    // disagree on (4 or 5, 7.7 or 7.8), written with the scale's name first.
    const scale = before?.lower === 'of' ? tokens[m.first - 2] : before;
    if (!m.words && scale && SCALE_LABELS.test(scale.lower) && after?.lower !== '-') {
      m.kind = 'measure';
      m.unit = scale.lower;
      continue;
    }
    if (!m.words && after && !after.gap && /^(st|nd|rd|th)$/.test(after.lower)) {
      m.kind = 'ordinal';
      m.last++;
    } else if (isFraction(tokens, m, mentions, n)) {
      if (joinMixedNumber(tokens, m, mentions[n - 1])) continue;
      if (!Number.isInteger(m.value) && m.kind === 'count') m.kind = 'multiplier';
    } else if (isRatio(tokens, m, mentions, n)) {
      if (!Number.isInteger(m.value)) m.kind = 'multiplier';
    } else if (!m.words && !m.grouped && /^\d{8,}$/.test(tokens[m.core]!.text)) {
      m.kind = 'other'; // "1474387200": an identifier or timestamp; news writes large figures with separators
    } else if (!m.words && tokens[m.last + 1]?.lower === '/' && !tokens[m.last + 1]!.gap && mentions[n + 1]?.core === m.last + 2) {
      m.kind = 'other'; // "9/11", "24/7": names, not numbers
      m.last = mentions[n + 1]!.last;
      mentions[n + 1]!.dropped = true;
    } else if (!m.words && isPhone(tokens, m, mentions, n)) {
      m.kind = 'other';
    } else if (AGE_BEFORE.test(before?.lower ?? '') || (before?.lower === 'of' && /^(ages?)$/.test(tokens[m.first - 2]?.lower ?? '')) || isAppositiveAge(tokens, m)) {
      m.kind = 'age';
    } else if ((sports ??= tokens.some((t) => SPORT_WORDS.has(t.lower))) && isScore(tokens, m, mentions, n)) {
      m.kind = 'score';
    } else if (!m.words && m.integer && !m.grouped && tokens[m.last + 1]?.kind === 'word' && UPPER_FIRST.test(tokens[m.last + 1]!.text) && hasStreetAfter(tokens, m.last + 1)) {
      m.kind = 'other'; // "10 Downing Street"
    } else if (sentenceWords <= 1 || (sentenceWords <= 4 && COUNTER_UNITS.test(after?.lower ?? ''))) {
      m.kind = 'other'; // "0 Comments", "3." numbering a list, a lone number between blocks
    } else if (core.lower === 'one' && after?.lower === 'of') {
      m.kind = 'other';
    } else if (isNamedNumber(tokens, m) || before?.lower === '#' || isGluedName(tokens, m) || isMaths(tokens, m) || isVersion(tokens, m)) {
      m.kind = 'other'; // "iPhone 4", "Lesson #1", "3D", "1010data", "a 4K display", "version 5.3"
    }
  }
}

/** Word ordinals ("third", "fifth") as mentions of kind ordinal; "second" is too often time. */
export function findOrdinalWords(tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const v = ORDINAL_WORDS.get(t.lower);
    if (v === undefined || t.kind !== 'word') continue;
    const m = newMention(i, i, v, true, false);
    m.kind = 'ordinal';
    found.push(m);
  }
  return found;
}

/** "1/3", "2/3 of voters": a small numerator over a small denominator, not a date. */
function isFraction(tokens: readonly Token[], m: Mention, mentions: Mention[], n: number): boolean {
  const slash = tokens[m.last + 1];
  const den = mentions[n + 1];
  if (slash?.lower !== '/' || slash.gap || !den || den.core !== m.last + 2 || tokens[den.core]!.gap) return false;
  if (tokens[den.last + 1]?.lower === '/') return false;
  // Written fractions use small denominators; "9/11" and "24/7" are names.
  if (![2, 3, 4, 5, 6, 8, 10, 16].includes(den.value) || m.value >= den.value) return false;
  m.value = m.low = m.value / den.value;
  m.last = den.last;
  m.integer = false;
  den.dropped = true;
  // "1/4 mile": the unit was read on the denominator, it measures the whole fraction.
  if (den.kind === 'measure') {
    m.kind = 'measure';
    m.unit = den.unit;
  }
  return true;
}

/**
 * "10 1/2 miles", "2 1/4 inches": a whole number then, after a space, a fraction of a small
 * denominator is one mixed number; the whole takes the fraction and the fraction goes.
 */
function joinMixedNumber(tokens: readonly Token[], fraction: Mention, whole: Mention | undefined): boolean {
  if (!whole || whole.dropped || whole.words || !whole.integer || whole.kind !== 'count' || whole.last !== fraction.first - 1 || !tokens[fraction.first]!.gap) return false;
  if (fraction.value >= 1 || whole.high !== null) return false;
  whole.value = whole.low = whole.value + fraction.value;
  whole.last = fraction.last;
  whole.integer = false;
  whole.kind = fraction.kind;
  whole.unit = fraction.unit;
  fraction.dropped = true;
  return true;
}

/** "1 in 4 residents": a share written as a ratio. */
function isRatio(tokens: readonly Token[], m: Mention, mentions: Mention[], n: number): boolean {
  const den = mentions[n + 1];
  if (!m.integer || tokens[m.last + 1]?.lower !== 'in' || !den || den.core !== m.last + 2 || den.kind !== 'count' || !den.integer) return false;
  if (!(den.value > m.value && den.value <= 1000)) return false;
  m.value = m.low = m.value / den.value;
  m.last = den.last;
  den.dropped = true;
  return true;
}

/** "(555) 123-4567", "555-123-4567", "+44 20 7946 0958". */
function isPhone(tokens: readonly Token[], m: Mention, mentions: Mention[], n: number): boolean {
  let digits = tokens[m.core]!.text.replace(/\D/g, '').length;
  let k = n;
  let last = m.last;
  // A phone number has at most five groups; a longer chain is a list, and stopping keeps this linear.
  while (k - n < 5 && mentions[k + 1] && mentions[k + 1]!.core - last <= 2 && !mentions[k + 1]!.words && /^[-.\s)]?$/.test(between(tokens, last, mentions[k + 1]!.core))) {
    k++;
    last = mentions[k]!.last;
    digits += tokens[mentions[k]!.core]!.text.replace(/\D/g, '').length;
  }
  const plus = tokens[m.first - 1]?.lower === '+' || tokens[m.first - 1]?.lower === '(';
  if (k === n || digits < 7 || (!plus && k - n < 2) || digits > 15) return false;
  for (let x = n + 1; x <= k; x++) mentions[x]!.dropped = true;
  m.last = last;
  if (plus) m.first--;
  return true;
}

function between(tokens: readonly Token[], last: number, next: number): string {
  return tokens.slice(last + 1, next).map((t) => t.text).join('');
}

/** "John Smith, 45, said" / "Smith (45)". */
function isAppositiveAge(tokens: readonly Token[], m: Mention): boolean {
  if (m.words || !m.integer || m.value < 1 || m.value > 110) return false;
  const b = tokens[m.first - 1];
  const a = tokens[m.last + 1];
  const name = tokens[m.first - 2];
  const comma = b?.lower === ',' && (a?.lower === ',' || a?.lower === '.' || !a);
  const paren = b?.lower === '(' && a?.lower === ')';
  if (name && PERSON_NOUNS.test(name.lower)) return comma || paren;
  return (comma || paren) && !!name && name.kind === 'word' && UPPER_THEN_LOWER.test(name.text);
}

function isScore(tokens: readonly Token[], m: Mention, mentions: Mention[], n: number): boolean {
  const dash = tokens[m.last + 1];
  const other = mentions[n + 1];
  if (!dash || !/^[-–]$/.test(dash.lower) || !other || other.core !== m.last + 2 || m.words) return false;
  if (m.value > 30 || other.value > 30 || !m.integer || !other.integer) return false;
  m.last = other.last;
  other.dropped = true;
  return true;
}

function hasStreetAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 4 && tokens[k]; k++) {
    if (STREET_WORDS.test(tokens[k]!.lower) && UPPER_FIRST.test(tokens[k]!.text)) return true;
    if (!UPPER_FIRST.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** "10^5 * 300 = 30,000,000", "2^15 - 1": arithmetic, not figures (the result after "=" stays). */
function isMaths(tokens: readonly Token[], m: Mention): boolean {
  const after = tokens[m.last + 1];
  return isOperator(after) && after!.text !== '=' || (isOperator(tokens[m.first - 1]) && tokens[m.first - 1]!.text !== '=') || (tokens[m.first - 1]?.text === '-' && isOperator(tokens[m.first - 3]));
}

function isOperator(t: Token | undefined): boolean {
  return !!t && /^[\^*×=+]$/.test(t.text);
}

/** Letters glued after the digits that are no unit: "3D", "1010data", "4K display". */
function isGluedName(tokens: readonly Token[], m: Mention): boolean {
  const after = tokens[m.last + 1];
  if (after && !after.gap && after.kind === 'word') return true;
  const scale = tokens[m.last];
  return !!scale && scale.text === 'K' && !scale.gap && /^(display|displays|resolution|tv|tvs|screen|screens|video|monitor|content|streaming)$/.test(after?.lower ?? '');
}

/** "COVID-19", "Flight 370", "Section 230", "iOS 17": a capitalised name glued or right before the digits. */
function isNamedNumber(tokens: readonly Token[], m: Mention): boolean {
  if (m.words || m.grouped || !m.integer) return false;
  const b = tokens[m.first - 1];
  if (!b) return false;
  if (b.lower === '-' && !b.gap && !tokens[m.core]!.gap && tokens[m.first - 2]?.kind === 'word' && ANY_UPPER.test(tokens[m.first - 2]!.text)) return true;
  if (b.lower === 'no' && tokens[m.first]?.text && tokens[m.first - 1]!.text === 'No') return true;
  if (NAME_LABELS.test(b.lower) && UPPER_FIRST.test(b.text)) return true;
  const after = tokens[m.last + 1];
  if (b.kind === 'word' && ALL_LETTERS.test(b.text) && ANY_UPPER.test(b.text.slice(1)) && b.text.length > 1) return true; // "iPhone 4", "LGP 30"
  const followedByNoun = after?.kind === 'word' && LOWER_FIRST.test(after.text);
  return b.kind === 'word' && m.first - 1 > 0 && ANY_UPPER.test(b.text) && !followedByNoun && !/^(In|On|At|By|To|Of|From|Since|About|Around|Over|Under|Nearly|Almost|Some|And|Or|The|With|For|Than|Until|Only|Just|All|Top|Page|Chapter)$/.test(b.text);
}
