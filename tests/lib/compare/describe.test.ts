import { describe, expect, it } from 'vitest';
import { describeUpdate } from '../../../lib/compare/describe';

describe('describeUpdate', () => {
  it.each([
    ['same day, hours', { from: 164, to: 225, fromAt: '2024-03-01T10:00:00Z', toAt: '2024-03-01T18:00:00Z', direction: 'up' as const }, 'en-GB', 'up from 164 to 225 between 10:00 and 18:00'],
    ['days apart', { from: 30, to: 158, fromAt: '2020-08-04T20:05:00Z', toAt: '2020-08-08T07:50:00Z', direction: 'up' as const }, 'en-GB', 'up from 30 to 158 between 4 Aug and 8 Aug'],
    ['thousands in the reader\'s locale', { from: 1500, to: 1175, fromAt: null, toAt: null, direction: 'down' as const }, 'de-DE', 'down from 1.500 to 1.175'],
  ])('%s', (_, update, locale, text) => {
    expect(describeUpdate(update, locale, 'UTC')).toBe(text);
  });
});
