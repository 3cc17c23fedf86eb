import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('version numbers are names', () => {
  it.each([
    ['AgileBits released version 5.3 of its app.', 'en', '5.3'],
    ['It runs on OS X 10.10 now.', 'en', '10.10'],
    ['Update 5.3 adds features.', 'en', '5.3'],
    ['Windows 11 users', 'en', '11'],
    ['Version 5.3 seines bekannten Passwortmanagers', 'de', '5.3'],
  ])('%s (%s)', (sentence, lang, text) => {
    expect(read(sentence, lang).map((f) => [f.kind, f.text])).toContainEqual(['other', text]);
  });

  it.each(['They will update 5 systems.', 'It broke the windows 2 floors up.'])('%s: a count', (sentence) => {
    expect(read(sentence).every((f) => f.kind !== 'other')).toBe(true);
  });
});
