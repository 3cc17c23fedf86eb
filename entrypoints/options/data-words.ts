/** The sentences of "Your data", in the reader's language and locale (counts, dates, sizes). */
import type { DataSummary } from '@/lib/store/data';
import { t, tn, type MessageKey } from '@/lib/ui/i18n';

const counted = (key: MessageKey, n: number, locale: string) => tn(key, n, [new Intl.NumberFormat(locale).format(n)]);

/** "3 reports and 1 earlier version". */
export function reportCount(reports: number, revisions: number, locale: string): string {
  const main = counted('reportTotal', reports, locale);
  return revisions > 0 ? t('reportsAndVersions', [main, counted('earlierVersions', revisions, locale)]) : main;
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * "1.2 MB": powers of 1000, as the browser's own storage pages count. The unit is the locale's
 * own ("1,2 Mo" in French), from Intl rather than from the messages.
 */
export function approximateSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  // Bytes spelled out ("512 bytes"), the larger units short ("12.3 kB").
  const style = { style: 'unit', unit: UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: unit === 0 ? 0 : 1 } as const;
  return new Intl.NumberFormat(locale, style).format(value);
}

function day(iso: string, locale: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time);
}

/** One sentence on what is stored: how many, captured when, about how large. */
export function summarySentence(summary: DataSummary, locale: string): string {
  if (summary.reports === 0 && summary.revisions === 0) return t('dataNone');
  const what = reportCount(summary.reports, summary.revisions, locale);
  const size = approximateSize(summary.bytes, locale);
  if (!summary.oldestCapture || !summary.newestCapture) return t('dataStoredUndated', [what, size]);
  const from = day(summary.oldestCapture, locale);
  const to = day(summary.newestCapture, locale);
  return from === to ? t('dataStoredDay', [what, from, size]) : t('dataStoredSpan', [what, from, to, size]);
}

/** A file name with today's date, so successive exports do not overwrite each other. */
export function exportFileName(now: Date): string {
  return `parallax-data-${now.toISOString().slice(0, 10)}.json`;
}
