import type { Token } from './tokens';
import type { Mention } from './mention';
import { isInName } from './kinds';
import { isCurrencyCode, isLetterCurrency, scaledCode, scaleAfterCode, scaledSignAfter } from './currency-amounts';
import { europeanTimeKind, europeanUnitAfter } from './units-europe';
import type { WordsLanguage } from './number-words-europe';
import { CURRENCY_NAMES, CURRENCY_SIGNS, DOLLAR_PREFIXES, DURATION_UNITS, MEASURE_UNITS, PERCENT_WORDS, TIGHT_UNITS } from './units';

/**
 * Reads the unit written with each number: a currency sign before it ("$42bn", "US$ 5"), or a
 * percent, currency name or measure after it ("35%", "0.65 per cent", "4,124 euros",
 * "3.2-metre", "75ml", "45 years old" -> an age). Extends the mention over what it read.
 */
export function readUnits(tokens: readonly Token[], mentions: Mention[], lang: WordsLanguage | null = null): void {
  // The last token the amount before has taken: "10 $ 30 $", "17 USD 25": a sign is one amount's.
  let taken = -1;
  for (const m of mentions) {
    if (m.kind !== 'count' || isInName(tokens, m)) {
      taken = m.last; // ordinals, vague amounts and multipliers take no unit
      continue;
    }
    // "scp-173m", "24703L202": an identifier, not a measure.
    if (tokens[m.first - 1]?.lower === '-' && !tokens[m.first - 1]!.gap && isCode(tokens, m.first - 2) && !tokens[m.core]!.gap) continue;
    const after = tokens[m.last + 1];
    // ("1,200m2" is an area.)
    if (after && !after.gap && after.kind === 'word' && tokens[m.last + 2]?.kind === 'num' && !tokens[m.last + 2]!.gap && !powerAfter(tokens, m.last + 1)) continue;
    if (m.first - 1 > taken) readCurrencySign(tokens, m);
    readUnitAfter(tokens, m, lang);
    taken = m.last;
  }
}

/**
 * "1 m x 1 m", "3 m × 4 m": a spaced short unit is a unit between the two sides of a size
 * (after it a "x" and a number, or before the number a unit and a "x").
 */
function inDimensions(tokens: readonly Token[], first: number, unit: number): boolean {
  const times = (t: Token | undefined) => t?.lower === 'x' || t?.lower === '×';
  if (times(tokens[unit + 1]) && tokens[unit + 2]?.kind === 'num') return true;
  return times(tokens[first - 1]) && tokens[first - 2]?.lower === tokens[unit]!.lower && tokens[first - 3]?.kind === 'num';
}

/** A word, or digits glued to one ("scp2"): the head of an identifier like "scp2-173m". */
function isCode(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'word' || (t?.kind === 'num' && !t.gap && tokens[k - 1]?.kind === 'word');
}

function readCurrencySign(tokens: readonly Token[], m: Mention): void {
  const before = tokens[m.first - 1];
  if (!before) return;
  if (before.lower === '$') {
    const glued = tokens[m.first - 2];
    // "US$", "HK$": letters glued to the sign.
    if (glued && glued.kind === 'word' && !before.gap && DOLLAR_PREFIXES.has(glued.lower)) setMoney(m, m.first - 2, glued.text + '$');
    else setMoney(m, m.first - 1, '$');
  } else if ((CURRENCY_SIGNS.has(before.lower) && (before.kind === 'punct' || before.text === before.text.toUpperCase() || before.lower === 'rs')) || isCurrencyCode(before)) {
    setMoney(m, m.first - 1, before.text);
    if (before.lower === 'rs' && tokens[m.first - 1]?.lower === '.') m.first--;
  } else if (before.lower === '.' && tokens[m.first - 2]?.lower === 'rs') {
    setMoney(m, m.first - 2, 'Rs');
  } else if (isLetterCurrency(tokens, m.first - 1)) {
    setMoney(m, m.first - 1, before.text); // "R50 million", "Sh10 million"
  } else if (scaledCode(before)) {
    // "MAUD 60": millions of Australian dollars.
    const { code, scale } = scaledCode(before)!;
    setMoney(m, m.first - 1, code);
    scaleBy(m, scale);
  }
}

/** "de dólares" or "d'euros" at j: the currency a Romance-language amount is counted in. */
function romanceCurrencyAfter(tokens: readonly Token[], j: number): { last: number; unit: string } | null {
  const t = tokens[j]!;
  if (t.lower === 'de' && tokens[j + 1] && CURRENCY_NAMES.has(tokens[j + 1]!.lower)) return { last: j + 1, unit: tokens[j + 1]!.text };
  if ((t.lower.startsWith("d'") || t.lower.startsWith('d’')) && CURRENCY_NAMES.has(t.lower.slice(2))) return { last: j, unit: t.text.slice(2) };
  return null;
}

function setMoney(m: Mention, first: number, unit: string): void {
  m.first = first;
  m.kind = 'money';
  m.unit = unit;
}

/** Words naming whose currency it is ("50 hong kong dollars", "250 million dutch guilders"). */
const CURRENCY_COUNTRIES = /^(us|u\.s|australian|canadian|hong|kong|new|zealand|singapore|taiwan|taiwanese|finnish|swiss|swedish|danish|norwegian|indian|pakistani|mexican|brazilian|chinese|japanese|russian|turkish|egyptian|saudi|south|african|nigerian|kenyan|argentine|chilean|colombian|philippine|hk|american|dutch|belgian|german|french|irish|italian|spanish|portuguese|austrian|greek|israeli|thai|korean|indonesian|malaysian|iraqi|iranian|jordanian|kuwaiti|qatari|moroccan|tunisian|algerian|ghanaian|ugandan|tanzanian|ethiopian|peruvian|venezuelan|cuban|bolivian|sri|lankan|nepalese|bangladeshi|ukrainian|polish|czech|hungarian|romanian|icelandic|libyan|sudanese|syrian|lebanese|jamaican|east|west|caribbean|uruguayan|dominican|schweizer|kanadische[n]?|australische[n]?|dänische[n]?|schwedische[n]?|norwegische[n]?)$/;

const PER_HUNDRED = /^(cent|ciento|cien|cento)$/;

function readUnitAfter(tokens: readonly Token[], m: Mention, lang: WordsLanguage | null): void {
  let j = m.last + 1;
  let next = tokens[j];
  if (!next) return;
  // "3.2-metre", "45-year-old": a tight hyphen joins the unit.
  let hyphen = false;
  if (next.lower === '-' && !next.gap && tokens[j + 1] && !tokens[j + 1]!.gap && tokens[j + 1]!.kind === 'word') {
    hyphen = true;
    j++;
    next = tokens[j]!;
  }
  const w = next.lower;
  // "3 millions d'euros", "5 millones de dólares", "2 milhões de reais": French, Spanish and
  // Portuguese join a scale to its currency with "de".
  const linked = romanceCurrencyAfter(tokens, j);
  if (linked) return extend(m, linked.last, 'money', linked.unit);
  // "3 M€", "2,5 Md€", "500 k€", "50 mdd": a scale and a currency in one.
  const scaledSign = m.scale || hyphen ? null : scaledSignAfter(tokens, j);
  if (scaledSign) {
    scaleBy(m, scaledSign.scale);
    return extend(m, scaledSign.last, 'money', scaledSign.unit);
  }
  if (PERCENT_WORDS.has(w) && (w !== 'pc' || !hyphen)) return extend(m, j, 'percent', next.text);
  if (w === 'per' && tokens[j + 1]?.lower === 'cent') return extend(m, j + 1, 'percent', 'per cent');
  // "pour cent", "pour-cent", "por ciento", "por cien", "por cento".
  if (w === 'pour' || w === 'por') {
    const cent = tokens[j + 1]?.lower === '-' ? j + 2 : j + 1;
    if (PER_HUNDRED.test(tokens[cent]?.lower ?? '')) return extend(m, cent, 'percent', 'per cent');
  }
  if (w === 'prozentpunkte' || w === 'prozentpunkten' || w === 'prozentpunkt') return extend(m, j, 'percent', 'percentage points');
  if (w === 'percentage' && /^points?$/.test(tokens[j + 1]?.lower ?? '')) return extend(m, j + 1, 'percent', 'percentage points');
  // "2 points de pourcentage", "3 puntos porcentuales", "1,5 ponto percentual".
  if (/^(points?|puntos?|pontos?)$/.test(w) && /^(porcentuale?s?|percentuais|percentual)$/.test(tokens[j + 1]?.lower ?? '')) return extend(m, j + 1, 'percent', 'percentage points');
  if (/^points?$/.test(w) && tokens[j + 1]?.lower === 'de' && tokens[j + 2]?.lower === 'pourcentage') return extend(m, j + 2, 'percent', 'percentage points');
  if (m.kind === 'money') return;
  // "10 €", "100₾": the sign after the amount, as much of Europe writes it.
  // ("1 $10 bill": a sign spaced from this number and tight against the next is the next one's.)
  if (next.kind === 'punct' && CURRENCY_SIGNS.has(w) && !hyphen && !(next.gap && tokens[j + 1]?.kind === 'num' && !tokens[j + 1]!.gap)) return extend(m, j, 'money', next.text);
  // "Pounds" is sterling only with a money word nearby ("paid 50 pounds", "pounds sterling");
  // otherwise weight ("a 300-pound cover", "29.4 million pounds of halibut").
  if (/^pounds?$/.test(w) && (hyphen || tokens[j + 1]?.lower !== 'sterling' && !tokens.slice(Math.max(0, m.first - 6), m.first).some((t) => MONEY_WORDS.test(t.lower)))) {
    return extend(m, j, 'measure', next.text);
  }
  if (CURRENCY_NAMES.has(w) && !(w === 'won' || w === 'real' || w === 'mark' || w === 'rand') || (w === 'won' && /^[A-Z]/.test(tokens[j - 1]?.text ?? ''))) {
    const scaled = hyphen ? null : scaleAfterCode(tokens, j);
    if (scaled) scaleBy(m, scaled.scale);
    return extend(m, scaled ? scaled.last : j, 'money', next.text);
  }
  // "100 million SEK", "5 AED".
  if (isCurrencyCode(next) && !hyphen) {
    const scaled = scaleAfterCode(tokens, j);
    if (scaled) scaleBy(m, scaled.scale);
    return extend(m, scaled ? scaled.last : j, 'money', next.text);
  }
  // "30 MUSD", "120 MEUR": millions of that currency.
  const code = hyphen ? null : scaledCode(next);
  if (code) {
    scaleBy(m, code.scale);
    return extend(m, j, 'money', code.code);
  }
  // "420 million finnish markka", "50 hong kong dollars": up to two describing words.
  for (let k = 1; k <= 2 && !hyphen; k++) {
    const c = tokens[j + k];
    if (!c || c.kind !== 'word' || tokens[j + k - 1]!.kind !== 'word') break;
    if (CURRENCY_NAMES.has(c.lower) && c.lower !== 'won' && c.lower !== 'real' && c.lower !== 'mark' && c.lower !== 'marks' && c.lower !== 'cent' && c.lower !== 'cents' && CURRENCY_COUNTRIES.test(tokens[j + k - 1]!.lower)) {
      return extend(m, j + k, 'money', tokens.slice(j, j + k + 1).map((t) => t.text).join(' '));
    }
  }
  if (DURATION_UNITS.has(w) && (tokens[j + 1]?.lower === 'old' || (tokens[j + 1]?.lower === '-' && tokens[j + 2]?.lower === 'old'))) {
    return extend(m, tokens[j + 1]?.lower === 'old' ? j + 1 : j + 2, 'age', 'years');
  }
  // "four century-old schooners": the unit belongs to a compound adjective, the number counts the noun.
  if (tokens[j + 1]?.lower === '-' && !tokens[j + 1]!.gap && /^(old|long|wide|high|tall|deep)$/.test(tokens[j + 2]?.lower ?? '') && !hyphen) return;
  // French, Spanish, Portuguese and German pages: their own unit words ("20 kilomètres", "5 Tonnen").
  const european = lang && !hyphen ? europeanUnitAfter(tokens, j, lang) : null;
  if (european) {
    const time = europeanTimeKind(tokens, m.first, european.last, lang!);
    return time ? extend(m, time.last, time.kind, european.unit) : extend(m, european.last, 'measure', european.unit);
  }
  if (MEASURE_UNITS.has(w) || (TIGHT_UNITS.has(w) && (!next.gap || hyphen || powerAfter(tokens, j) || inDimensions(tokens, m.first, j)))) {
    // "square kilometres", "sq km", "cubic metres".
    let end = j;
    // "terawatt hours", "nautical miles", "fl oz": two words, one unit.
    const compound = w === 'square' || w === 'sq' || w === 'cubic' || w === 'metric' || w === 'nautical' || w === 'fl' || (/watts?$/.test(w) && /^hours?$/.test(tokens[j + 1]?.lower ?? ''));
    if (compound && tokens[j + 1] && MEASURE_UNITS.has(tokens[j + 1]!.lower)) end = j + 1;
    else if (compound && (w === 'nautical' || w === 'fl')) return;
    else if (compound && !/watts?$/.test(w)) return;
    // "50 kilometres per hour", "60 miles an hour": a speed.
    if (SPEED_UNITS.test(tokens[end]!.lower) && /^(per|an|a)$/.test(tokens[end + 1]?.lower ?? '') && /^(hour|hr|h)$/.test(tokens[end + 2]?.lower ?? '')) {
      return extend(m, end + 2, 'measure', `${tokens.slice(j, end + 1).map((t) => t.text).join(' ')} per hour`);
    }
    // "500 m²", "3 km2": an area or volume, written the same way whichever digit form is used.
    if (powerAfter(tokens, end)) {
      const power = /[2²]/.test(tokens[end + 1]!.text) ? '²' : '³';
      return extend(m, end + 1, 'measure', tokens[end]!.text + power);
    }
    // "km/h", "°C" style compounds.
    if (tokens[end + 1]?.lower === '/' && !tokens[end + 1]!.gap && tokens[end + 2]?.kind === 'word' && !tokens[end + 2]!.gap) end += 2;
    return extend(m, end, 'measure', tokens.slice(j, end + 1).map((t) => t.text).join(compound ? ' ' : ''));
  }
  // '10" long', 'a 65″ TV': the inch mark, read only before a word of size or screen.
  const afterFeet = /^['′]$/.test(tokens[m.first - 1]?.text ?? '') && !tokens[m.first]!.gap && tokens[m.first - 2]?.kind === 'num';
  if ((w === '"' || w === '″') && ((afterFeet && !next.gap) || INCH_NEXT.test(tokens[j + 1]?.lower ?? ''))) return extend(m, j, 'measure', 'in');
  // A height, 5'10": feet, then inches (the inches read as the next figure).
  if ((w === "'" || w === '′') && !next.gap && tokens[j + 1]?.kind === 'num' && !tokens[j + 1]!.gap && /^["″]$/.test(tokens[j + 2]?.text ?? '') && !tokens[j + 2]!.gap) return extend(m, j, 'measure', 'ft');
  if (w === '°') {
    const scale = tokens[j + 1];
    const end = scale && !scale.gap && /^[cfk]$/.test(scale.lower) ? j + 1 : j;
    return extend(m, end, 'measure', tokens.slice(j, end + 1).map((t) => t.text).join(''));
  }
}

const INCH_NEXT = /^(long|wide|tall|high|thick|deep|screen|display|tv|monitor|laptop|tablet|diagonal)$/;
const SPEED_UNITS = /^(km|kms|kilometres|kilometers|miles|mi|knots|metres|meters)$/;
const LENGTH_UNITS = /^(m|km|cm|mm|ft|mi|yd)$/;
const POWERS = /^[23²³]$/;

/** A length unit at k with a power glued after it ("m²", "km2"), and nothing glued after that. */
function powerAfter(tokens: readonly Token[], k: number): boolean {
  const power = tokens[k + 1];
  const next = tokens[k + 2];
  return LENGTH_UNITS.test(tokens[k]?.lower ?? '') && !!power && !power.gap && POWERS.test(power.text) && !(next && !next.gap && next.kind !== 'punct');
}

const MONEY_WORDS = /^(pay|pays|paid|paying|cost|costs|costing|worth|price|prices|priced|fine|fined|spent|spend|spending|raised|sold|bought|earn|earns|earned|salary|fee|fees|budget|fund|funding|compensation|bill|deal|profit|profits|revenue|revenues|loss|losses|sales|income|turnover|debt|debts|deficit|earnings|investment|investments|invested|wages|£)$/;

function scaleBy(m: Mention, scale: number): void {
  m.value *= scale;
  m.low = m.value;
  m.scale = (m.scale ?? 1) * scale;
  m.grouped = true;
}

function extend(m: Mention, last: number, kind: Mention['kind'], unit: string): void {
  m.last = last;
  m.kind = kind;
  m.unit = unit;
}
