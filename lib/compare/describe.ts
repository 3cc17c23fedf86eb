import type { FigureUpdate } from '../model';

/**
 * A count's movement in the reader's words: "up from 164 to 225 between 10:00 and 18:00"
 * (same day), "up from 30 to 158 between 4 Aug and 8 Aug", or without times when a report has
 * none. Numbers and times in the reader's locale; times in `timeZone` (the reader's own unless
 * given, so tests and the command can fix it).
 *
 * @example
 * describeUpdate({ from: 164, to: 225, fromAt: '2024-03-01T10:00:00Z', toAt: '2024-03-01T18:00:00Z', direction: 'up' }, 'en-GB', 'UTC')
 * // 'up from 164 to 225 between 10:00 and 18:00'
 */
export function describeUpdate(update: FigureUpdate, locale = 'en', timeZone?: string): string {
  const number = new Intl.NumberFormat(locale);
  const head = `${update.direction} from ${number.format(update.from)} to ${number.format(update.to)}`;
  if (!update.fromAt || !update.toAt) return head;
  const from = new Date(update.fromAt);
  const to = new Date(update.toAt);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return head;
  const day = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const sameDay = day.format(from) === day.format(to);
  const format = new Intl.DateTimeFormat(locale, sameDay ? { timeZone, hour: '2-digit', minute: '2-digit' } : { timeZone, day: 'numeric', month: 'short' });
  return `${head} between ${format.format(from)} and ${format.format(to)}`;
}
