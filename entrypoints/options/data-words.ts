/** The sentences of "Your data", in the reader's locale (counts, dates, sizes). */
import type { DataSummary } from '@/lib/store/data';

const plural = (n: number, one: string, many: string, locale: string) => `${new Intl.NumberFormat(locale).format(n)} ${n === 1 ? one : many}`;

export function reportCount(reports: number, revisions: number, locale: string): string {
  const main = plural(reports, 'report', 'reports', locale);
  return revisions > 0 ? `${main} and ${plural(revisions, 'earlier version', 'earlier versions', locale)}` : main;
}

/** "1.2 MB": powers of 1000, as the browser's own storage pages count. */
export function approximateSize(bytes: number, locale: string): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

function day(iso: string, locale: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time);
}

/** One sentence on what is stored: how many, captured when, about how large. */
export function summarySentence(summary: DataSummary, locale: string): string {
  if (summary.reports === 0 && summary.revisions === 0) return 'No reports are stored.';
  const parts = [`${reportCount(summary.reports, summary.revisions, locale)} stored`];
  if (summary.oldestCapture && summary.newestCapture) {
    const from = day(summary.oldestCapture, locale);
    const to = day(summary.newestCapture, locale);
    parts.push(from === to ? `captured on ${from}` : `captured from ${from} to ${to}`);
  }
  return `${parts.join(', ')}; about ${approximateSize(summary.bytes, locale)}.`;
}

/** A file name with today's date, so successive exports do not overwrite each other. */
export function exportFileName(now: Date): string {
  return `parallax-data-${now.toISOString().slice(0, 10)}.json`;
}
