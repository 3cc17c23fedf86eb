import { describe, expect, it } from 'vitest';
import { sameEntity } from '../../../lib/attributions/entities';

describe('a person named with initials is the person with those given names', () => {
  it.each([
    ['PK Jena', 'Pradeep Jena', true],
    ['P.K. Jena', 'Odisha Chief Secretary Pradeep Kumar Jena', true],
    ['J. Smith', 'John Smith', true],
    // Normalised entities are lower case: initials are two or three letters without a vowel.
    ['pk jena', 'odisha chief secretary pradeep jena', true],
    // Other initials, another surname, or a short given name are other people.
    ['PS Jena', 'Pradeep Kumar Jena', false],
    ['K. Jena', 'Pradeep Jena', false],
    ['PK Jena', 'Pradeep Das', false],
    ['al jena', 'pradeep jena', false],
  ])('%s / %s -> %s', (a, b, same) => {
    expect(sameEntity(a, b)).toBe(same);
    expect(sameEntity(b, a)).toBe(same);
  });
});
