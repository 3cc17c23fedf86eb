/**
 * A word list as a Map. Lookups by words read from the text go through Map rather than a plain
 * object: a Map hashes the string once (the hash is cached on it), where an object property
 * lookup with a fresh string must first intern it, which made the word steps several times slower.
 */
export function lexicon<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
