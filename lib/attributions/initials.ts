/**
 * A person named with initials and with a given name: "PK Jena" / "Pradeep Jena", "P.K. Jena" /
 * "Odisha Chief Secretary Pradeep Kumar Jena", "J. Smith" / "John Smith". The surnames match and
 * the initials open with the given name's first letter (and, where both are given, the middle's).
 * Titles before the name ("Chief Secretary") are no given names: `isTitle` tells them.
 */
export function initialledSamePerson(a: string, b: string, isTitle: (lower: string) => boolean): boolean {
  const pa = personParts(a, isTitle);
  const pb = personParts(b, isTitle);
  if (!pa || !pb || pa.surname !== pb.surname) return false;
  if (pa.initials && !pb.initials) return fits(pa.initials, pb.given);
  if (pb.initials && !pa.initials) return fits(pb.initials, pa.given);
  return false;
}

interface PersonParts {
  surname: string;
  /** Capital letters written as initials ("PK", "P.K.", "P. K."), or null. */
  initials: string | null;
  /** The given names' first letters, when written out ("Pradeep Kumar" -> "PK"). */
  given: string;
}

/**
 * Initials as written ("PK", "P.K.", "J.") or in the lower case of a normalised entity ("pk
 * jena"): dotted letters, or two or three letters without a vowel, which no given name is.
 */
const INITIALS = /^(?:(?:\p{Lu}\.?){1,3}|(?:\p{Ll}\.){1,3}|[b-df-hj-np-tv-z]{2,3})$/u;
/** A given name or surname, capitalised or (normalised) in lower case. */
const NAME = /^\p{L}\p{Ll}[\p{L}'’-]+$/u;

/** The last two to four words of a name: initials or given names, then a surname. */
function personParts(raw: string, isTitle: (lower: string) => boolean): PersonParts | null {
  const words = raw.trim().split(/\s+/);
  const surname = words[words.length - 1] ?? '';
  if (!NAME.test(surname)) return null;
  let initials = '';
  let given = '';
  for (let k = words.length - 2; k >= 0 && k >= words.length - 4; k--) {
    const w = words[k]!;
    if (INITIALS.test(w) && !given) initials = w.replace(/\./g, '').toLowerCase() + initials;
    else if (NAME.test(w) && !initials && !isTitle(w.toLowerCase())) given = w[0]!.toLowerCase() + given;
    else break;
  }
  if (!initials && !given) return null;
  return { surname: surname.toLowerCase(), initials: initials || null, given };
}

/** "PK" fits "P" (a middle name left out) or "PK", not "K" or "PS". */
function fits(initials: string, given: string): boolean {
  return !!given && initials[0] === given[0] && (given.length === 1 || initials.length === 1 || initials === given);
}
