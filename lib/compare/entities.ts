import { normaliseEntity as normalise, sameEntity as same } from '../attributions/entities';

/**
 * The one place the comparison gets its source-name reading from: the attributions step's
 * (lib/attributions/entities.ts), so that the panel and the comparison agree on who is who.
 */
const answers = new Map<string, boolean>();

/** Whether two names are one source; answers are kept, since a comparison asks about the same pairs many times. */
export function sameEntity(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    if (answers.size > 50_000) answers.clear();
    answers.set(key, (answer = same(a, b)));
  }
  return answer;
}

export function normaliseEntity(name: string): string {
  return normalise(name);
}
