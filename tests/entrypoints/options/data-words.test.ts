import { describe, expect, it } from 'vitest';
import { approximateSize, reportCount, summarySentence } from '../../../entrypoints/options/data-words';

describe('"Your data" in words (English, en-GB formats)', () => {
  it.each([
    [1, 0, '1 report'],
    [3, 0, '3 reports'],
    [3, 1, '3 reports and 1 earlier version'],
    [1234, 2, '1,234 reports and 2 earlier versions'],
  ])('%i reports, %i earlier versions: %s', (reports, revisions, expected) => {
    expect(reportCount(reports, revisions, 'en-GB')).toBe(expected);
  });

  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [12_345, '12.3 kB'],
    [5_000_000, '5 MB'],
    [2_500_000_000, '2.5 GB'],
  ])('%i bytes: %s', (bytes, expected) => {
    expect(approximateSize(bytes, 'en-GB')).toBe(expected);
  });

  it.each([
    [{ reports: 0, revisions: 0, oldestCapture: null, newestCapture: null, bytes: 0 }, 'No reports are stored.'],
    [{ reports: 2, revisions: 0, oldestCapture: '2026-11-05T08:00:00Z', newestCapture: '2026-11-05T12:00:00Z', bytes: 4_100 }, '2 reports stored, captured on 5 Nov 2026; about 4.1 kB.'],
    [{ reports: 3, revisions: 1, oldestCapture: '2026-10-30T08:00:00Z', newestCapture: '2026-11-05T12:30:00Z', bytes: 12_345 }, '3 reports and 1 earlier version stored, captured from 30 Oct 2026 to 5 Nov 2026; about 12.3 kB.'],
    [{ reports: 1, revisions: 0, oldestCapture: null, newestCapture: null, bytes: 900 }, '1 report stored; about 900 bytes.'],
  ])('%j: %s', (summary, expected) => {
    expect(summarySentence(summary, 'en-GB')).toBe(expected);
  });
});
