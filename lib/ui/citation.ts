/**
 * An item as a citation a journalist can paste: outlet, time, the sentence, the address. And the
 * address of another outlet's report that scrolls to the sentence (a URL text fragment).
 */
import type { Evidence, ReportRef } from '../model';
import { formatTime } from './format';

/**
 * @example
 * citation(report, mention, 'en') // 'RT, 6 Jan 2022, 15:47: “Nearly 750 …” https://…'
 */
export function citation(report: ReportRef, evidence: Pick<Evidence, 'sentence'>, locale: string): string {
  const when = formatTime(report.publishedAt, locale);
  const where = report.url ? ` ${report.url}` : '';
  return `${report.outlet}, ${when}: “${evidence.sentence.trim()}”${where}`;
}

/** Words of the sentence's start and end kept in a text fragment; enough to be unique in a page. */
const FRAGMENT_WORDS = 5;

/**
 * The report's address with a text fragment (`#:~:text=start,end`) so that the browser scrolls to
 * and marks the sentence; the address alone when the sentence is too short to be worth it.
 */
export function evidenceUrl(url: string, sentence: string): string {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (words.length < 3) return url;
  const base = url.replace(/#.*$/, '');
  // The fragment syntax reserves "-", "," and "&": those must be percent-encoded in the text.
  const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
  if (words.length <= FRAGMENT_WORDS * 2) return `${base}#:~:text=${encode(words.join(' '))}`;
  const start = words.slice(0, FRAGMENT_WORDS).join(' ');
  const end = words.slice(-FRAGMENT_WORDS).join(' ');
  return `${base}#:~:text=${encode(start)},${encode(end)}`;
}
