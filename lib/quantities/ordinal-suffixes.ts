import type { Token } from './tokens';
import type { Mention } from './mention';

/**
 * Ordinals written with digits and a letter suffix in French, Spanish and Portuguese: "1er",
 * "2e", "3ème", "4to", "2do", "8vo", "4o", "1º", "1ª". English "1st" is read in kinds.ts; these
 * are read only on pages of those languages, where "5a" is no section number.
 */
const SUFFIXES: Readonly<Record<string, RegExp>> = {
  fr: /^(er|re|ère|ere|e|ème|eme|es|ers|res|èmes|emes|nd|nde)$/,
  es: /^(º|ª|o|a|os|as|er|ero|era|ro|ra|do|da|to|ta|vo|va|mo|ma|no|na)$/,
  pt: /^(º|ª|o|a|os|as)$/,
};

export function readOrdinalSuffixes(tokens: readonly Token[], mentions: Mention[], lang: string): void {
  const suffix = SUFFIXES[lang];
  if (!suffix) return;
  for (const m of mentions) {
    if (m.dropped || m.kind !== 'count' || m.words || m.last !== m.core || !/^\d{1,4}$/.test(tokens[m.core]!.text)) continue;
    const after = tokens[m.last + 1];
    if (!after || after.gap || after.kind !== 'word' || !suffix.test(after.lower)) continue;
    // "12e-1", "3e5": scientific notation, not "12th"; "4ºC" is a temperature.
    const next = tokens[m.last + 2];
    if (next && !next.gap && (next.kind !== 'punct' || /^[-+°]$/.test(next.lower))) continue;
    m.kind = 'ordinal';
    m.last++;
  }
}
