import { describe, expect, it } from 'vitest';
import { normaliseEntity, sameEntity } from '../../../lib/attributions/entities';

describe('normaliseEntity', () => {
  it.each([
    ['Kazakstan’s interior ministry', 'interior ministry'],
    ['The Interior Ministry', 'interior ministry'],
    ['President Kassym-Jomart Tokayev', 'kassym-jomart tokayev'],
    ['The country’s President Kassym-Jomart Tokayev', 'kassym-jomart tokayev'],
    ['the UN Office of the High Commissioner for Human Rights (OHCHR)', 'ohchr'],
    ['the update released by Kazakhstan’s interior ministry', 'interior ministry'],
    ['Security officials', 'security officials'],
    ['The OHCHR', 'ohchr'],
  ])('%s -> %s', (name, normal) => {
    expect(normaliseEntity(name)).toBe(normal);
  });
});

describe('sameEntity', () => {
  it.each([
    ['The Interior Ministry', 'Kazakstan’s interior ministry', true],
    ['the Ministry', 'Kazakhstan’s interior ministry', true],
    ['Kazakstan', 'Kazakhstan', true],
    ['OHCHR', 'UN Office of the High Commissioner for Human Rights (OHCHR)', true],
    ['CSTO', 'Collective Security Treaty Organization', true],
    ['Tokayev', 'President Kassym-Jomart Tokayev', true],
    ['Kazakh authorities', 'the authorities', true],
    ['security officials', 'UN officials', false],
    ['health ministry', 'Lebanese Ministry of Health', true],
    ['health ministry spokesperson', 'the health ministry', true],
    ['Mayor Daniella Levine Cava of Miami-Dade County', 'Miami-Dade Mayor Daniella Levine Cava', true],
    ['Bill Clinton', 'Hillary Clinton', false],
    ['the Chief Secretary', 'Odisha Chief Secretary Pradeep Jena', true],
    ['ABC News tally', 'ABC News', true],
    ['interior ministry', 'defence ministry', false],
    ['Tokayev', 'Nazarbayev', false],
    ['Reuters', 'AFP', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameEntity(a, b)).toBe(same);
    expect(sameEntity(b, a)).toBe(same);
  });
});
