/**
 * How a page's language writes numbers. Most of continental Europe and Latin America write
 * "1.234,5" (dot groups thousands, comma marks the decimal); English, Chinese, Japanese and
 * others write "1,234.5". Several of the comma-decimal languages also group with a space
 * ("1 234,5"). Unknown or missing language: English, the convention of most sources here.
 */
const COMMA_DECIMAL = new Set([
  'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'ro', 'hu',
  'tr', 'el', 'sv', 'da', 'nb', 'nn', 'no', 'fi', 'et', 'lv', 'lt', 'id', 'vi', 'ca', 'gl', 'eu', 'is', 'az', 'kk',
  'be', 'mk', 'sq', 'af',
]);
/** Languages that group thousands with a (no-break) space. */
const SPACE_GROUPING = new Set(['fr', 'ru', 'uk', 'pl', 'cs', 'sk', 'sv', 'nb', 'nn', 'no', 'fi', 'et', 'lv', 'lt', 'hu', 'bg', 'kk', 'be']);

export interface NumberLocale {
  decimal: '.' | ',';
  group: ',' | '.';
  spaceGroups: boolean;
  english: boolean;
  /** The language's base tag ("fr" for "fr-CA"): which number words to read. */
  base: string;
}

/** The number convention for a BCP 47 tag ("de-CH", "fr", "en-GB"). */
export function numberLocale(lang?: string | null): NumberLocale {
  const base = (lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
  const comma = COMMA_DECIMAL.has(base);
  return { decimal: comma ? ',' : '.', group: comma ? '.' : ',', spaceGroups: SPACE_GROUPING.has(base), english: base === 'en', base };
}

const INDIAN_GROUPING = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;

/** Longest digit string read as a number; beyond this it is an identifier, not a figure. */
const MAX_DIGITS = 16;

/**
 * Reads a digit token by the locale's convention. Group separators must be followed by exactly
 * three digits; a lone separator that is not a valid group is read as the decimal mark when the
 * text evidently uses the other convention ("3.5" on a German page). Null if it is no number
 * ("192.168.1.2", an identifier of 40 digits).
 */
export function parseDigits(written: string, locale: NumberLocale): number | null {
  // Indian grouping, lakhs and crores: "1,50,000", "12,34,56,789.50". Invalid in any other
  // convention, so it is read so on every page.
  const raw = INDIAN_GROUPING.test(written) ? written.replace(/,/g, '') : written;
  // Most numbers have no separator: read them as the general path below would, without its arrays.
  if (!raw.includes('.') && !raw.includes(',')) {
    if (raw.length > MAX_DIGITS) return null;
    const whole = Number(raw);
    return Number.isFinite(whole) ? whole : null;
  }
  const parts = raw.split(/([.,])/);
  const seps = parts.filter((_, i) => i % 2 === 1);
  const groups = parts.filter((_, i) => i % 2 === 0);
  if (groups.join('').length > MAX_DIGITS) return null;
  // Both marks in one numeral ("1.111,11" in an English text, "1,111.11" in a Spanish one): the
  // one written last, once, is the decimal mark, whatever the page's own convention.
  const lastSep = seps[seps.length - 1];
  if (seps.length > 1 && lastSep !== seps[0] && seps.indexOf(lastSep!) === seps.length - 1) {
    locale = lastSep === '.' ? { ...locale, decimal: '.', group: ',' } : { ...locale, decimal: ',', group: '.' };
  }
  let intPart = groups[0]!;
  let frac = '';
  let k = 1;
  // "0.683" is never 683: no grouped number starts with a zero.
  while (k < groups.length && seps[k - 1] === locale.group && groups[k]!.length === 3 && groups[0]!.length <= 3 && groups[0] !== '0') {
    intPart += groups[k];
    k++;
  }
  if (k < groups.length) {
    // What remains must be one decimal part.
    if (k !== groups.length - 1) return null;
    const sep = seps[k - 1];
    const lenient = k === 1 && sep === locale.group; // "3.5" on a German page, "2,5" in English
    if (sep !== locale.decimal && !lenient) return null;
    if (lenient && locale.english) return null; // "1,5" in English is a list or a typo, not 1.5
    frac = groups[k]!;
  }
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  return Number.isFinite(value) ? value : null;
}
