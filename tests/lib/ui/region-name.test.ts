import { describe, expect, it } from 'vitest';
import { regionName } from '../../../lib/ui/region-name';

describe('regionName: a country by its code, in the messages\' language', () => {
  it.each([
    ['GB', 'en', 'United Kingdom'],
    ['GB', 'fr', 'Royaume-Uni'],
    ['US', 'de', 'Vereinigte Staaten'],
    ['US', 'es', 'Estados Unidos'],
    ['DE', 'fr', 'Allemagne'],
    ['QA', 'de', 'Katar'],
    // The short name where it is a name, not an abbreviation ("Hong Kong SAR China").
    ['HK', 'en', 'Hong Kong'],
    ['HK', 'de', 'Hongkong'],
    ['RU', 'es', 'Rusia'],
    // A code no engine knows is still readable.
    ['??', 'en', '??'],
  ] as const)('%s in %s: %s', (code, lang, expected) => {
    expect(regionName(code, lang)).toBe(expected);
  });

  it('names in English outside the extension (no browser messages)', () => {
    expect(regionName('JP')).toBe('Japan');
  });
});
