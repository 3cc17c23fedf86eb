/**
 * A word list as a Map. Lookups by words read from the text go through Map rather than a plain
 * object: a Map hashes the string once (the hash is cached on it), where an object property
 * lookup with a fresh string must first intern it, which made the word steps several times slower.
 */
export function lexicon<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Lexicon(Object.entries(entries));
}

/**
 * A Map that first asks a table of its words' first and last letters and lengths. Nearly every
 * word of a sentence is in none of the small word lists, and each step asks several lists of
 * every token: the table answers "not here" for a few nanoseconds where Map.get took several
 * times more (it was the hottest line of every word step). Words of the same slot and length
 * share a bit, so the table only ever lets through too much, never too little.
 */
class Lexicon<T> extends Map<string, T> {
  /** Per slot of first and last code units: a bit per length (31 and over share the top bit). */
  private readonly shapes = new Uint32Array(256);

  constructor(entries: Iterable<readonly [string, T]>) {
    // Filled here, not by Map's constructor: that calls set() before this class's fields exist.
    super();
    for (const [key, value] of entries) this.set(key, value);
  }

  override set(key: string, value: T): this {
    // An empty word gives NaN, which the bit operations make slot 0: the same slot here and in get().
    this.shapes[((key.charCodeAt(0) * 7) ^ key.charCodeAt(key.length - 1)) & 255]! |= 1 << Math.min(key.length, 31);
    return super.set(key, value);
  }

  // The test is written out in get() and has(), not shared: where a caller is too big for V8 to
  // inline them, one call per lookup is what the table is there to save. The slot mixes the first
  // and last letters: by its first letter and length alone, one word in ten ("the" as "two")
  // got through to the Map; so, one in fifty.
  override get(key: string): T | undefined {
    // Not a string (a caller's undefined): the Map itself answers, as before.
    if (typeof key === 'string' && (this.shapes[((key.charCodeAt(0) * 7) ^ key.charCodeAt(key.length - 1)) & 255]! & (1 << Math.min(key.length, 31))) === 0) return undefined;
    return super.get(key);
  }

  override has(key: string): boolean {
    if (typeof key === 'string' && (this.shapes[((key.charCodeAt(0) * 7) ^ key.charCodeAt(key.length - 1)) & 255]! & (1 << Math.min(key.length, 31))) === 0) return false;
    return super.has(key);
  }
}

/** A word list as a Set, with the same table of letters and lengths before the Set is asked. */
export function wordSet(words: Iterable<string>): ReadonlySet<string> {
  return new WordSet(words);
}

class WordSet extends Set<string> {
  private readonly shapes = new Uint32Array(256);

  constructor(words: Iterable<string>) {
    // Filled here, not by Set's constructor: that calls add() before this class's fields exist.
    super();
    for (const word of words) this.add(word);
  }

  override add(word: string): this {
    this.shapes[((word.charCodeAt(0) * 7) ^ word.charCodeAt(word.length - 1)) & 255]! |= 1 << Math.min(word.length, 31);
    return super.add(word);
  }

  override has(word: string): boolean {
    if (typeof word === 'string' && (this.shapes[((word.charCodeAt(0) * 7) ^ word.charCodeAt(word.length - 1)) & 255]! & (1 << Math.min(word.length, 31))) === 0) return false;
    return super.has(word);
  }
}
