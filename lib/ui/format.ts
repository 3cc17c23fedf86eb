/**
 * How figures, times and verbs read in the panel: locale-aware numbers, the hedge as written,
 * a publication time in the reader's locale. Pure: the locale is passed in.
 */
import type { Bound, FigureMention, Stance } from '../model';
import { t } from './i18n';

/** Kinds whose unit belongs to the value ("12%", "$5 million", "3 km"); a count's noun does not. */
const UNIT_KINDS = new Set(['percent', 'money', 'measure', 'multiplier']);
const SCALE_FIRST = /^(category|magnitude)$/;

/** Formatters are costly to build and a big comparison formats thousands of values: one per locale. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function formatNumber(value: number, locale: string): string {
  return formatter(`n|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/**
 * The value as a reader would say it, without the hedge: "750", "1,000–1,200", "12%", and for a
 * vague amount the word itself ("dozens"), since its stored value is only a lower bound.
 */
export function formatValue(mention: Pick<FigureMention, 'value' | 'low' | 'high' | 'kind' | 'unit' | 'text'>, locale: string): string {
  if (mention.kind === 'vague') return vagueWords(mention.text, mention.unit);
  const number =
    mention.high !== null && mention.high !== mention.low
      ? `${formatNumber(mention.low, locale)}–${formatNumber(mention.high, locale)}`
      : formatNumber(mention.value, locale);
  // "twofold", "doubled", "3 times": a multiplier reads the same in any language as ×2, ×3.
  if (mention.kind === 'multiplier' && (!mention.unit || /^(fold|times|x|×)$/i.test(mention.unit))) return `×${number}`;
  if (!UNIT_KINDS.has(mention.kind) || !mention.unit) return number;
  if (mention.unit === '%') return number + '%';
  // Scales are named first: "Category 4", "magnitude 7.8".
  if (mention.kind === 'measure' && SCALE_FIRST.test(mention.unit)) return `${mention.unit === 'category' ? 'Category' : mention.unit} ${number}`;
  if (mention.kind === 'money' && /^\p{Sc}$/u.test(mention.unit)) return mention.unit + number;
  return `${number} ${mention.unit}`;
}

/**
 * "dozens of attackers" -> "dozens", "several hundred protesters" -> "several hundred": the amount
 * words, cut before "of" or before the counted noun (the mention's unit).
 */
function vagueWords(text: string, unit: string): string {
  const words = text.trim().split(/\s+/);
  const noun = unit.trim().split(/\s+/)[0]?.toLowerCase();
  const cut = words.findIndex((w, i) => i > 0 && (/^of$/i.test(w) || (!!noun && w.toLowerCase() === noun)));
  return (cut > 0 ? words.slice(0, cut) : words).join(' ');
}

/** The hedge as written, else the bound in words ("at least"), else "" for an exact value. */
export function formatHedge(mention: Pick<FigureMention, 'hedge' | 'bound' | 'kind'>): string {
  if (mention.hedge) return mention.hedge;
  if (mention.kind === 'vague') return '';
  const words: Record<Bound, string> = { '=': '', '~': t('boundApprox'), '>': t('boundAtLeast'), '<': t('boundUpTo') };
  return words[mention.bound];
}

/** A publication time in the reader's locale; "time unknown" when the outlet gave none. */
export function formatTime(iso: string | null, locale: string): string {
  const time = parseTime(iso);
  if (time === null) return t('timeUnknown');
  // A date without a time ("2022-01-06") must not gain a midnight it never had, nor shift a day.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso!.trim())) return formatter(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(time);
  return formatter(`t|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(time);
}

/** Milliseconds since the epoch, or null for a missing or unreadable time. */
export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** The stance in words, so colour is never the only signal. */
export function stanceLabel(stance: Stance): string {
  const labels: Record<Stance, string> = {
    neutral: t('stanceNeutral'),
    assertive: t('stanceAssertive'),
    tentative: t('stanceTentative'),
    distancing: t('stanceDistancing'),
  };
  return labels[stance];
}
