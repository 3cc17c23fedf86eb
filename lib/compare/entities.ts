import { normaliseEntity as normalise, sameEntity as same } from '../attributions/entities';

/**
 * The one place the comparison gets its source-name reading from: the attributions step's
 * (lib/attributions/entities.ts), so that the panel and the comparison agree on who is who.
 */
export function sameEntity(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && same(a, b);
}

export function normaliseEntity(name: string): string {
  return normalise(name);
}
