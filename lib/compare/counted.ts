import type { Figure } from '../model';

/**
 * What a figure counts, read so that two outlets' wordings meet: "killed", "dead", "death
 * toll", "lost their lives" and "casualties" all count deaths; "injured", "wounded", "hurt"
 * count injuries. The class says whether two figures can count the same thing; the term says
 * how the outlet named it ("casualties" vs "killed" is shown as a term difference).
 */

export interface Counted {
  /** The class of the event counted ("death", "injury", "missing", ...) or null if unknown. */
  cls: string | null;
  /** The outlet's naming of it, within the class ("killed", "casualties"). */
  term: string | null;
  /** Content words of the counted thing, folded, without the class words. */
  words: Set<string>;
  /** Names that narrow it ("Lee County", "Syrian"), folded. */
  names: Set<string>;
}

/** Predicate or noun -> [class, term]. Lemmas of the quantities step and words as written. */
const LEXICON: Record<string, [string, string]> = {};
function define(cls: string, term: string, list: string): void {
  for (const w of list.split(' ')) LEXICON[w] = [cls, term];
}
define('death', 'killed', 'killed kill kills killing slain dead died die dies dying death deaths toll fatalities fatality lives life perished drowned fatal deadliest');
define('death', 'casualties', 'casualties casualty');
define('death', 'victims', 'victims victim');
define('injury', 'injured', 'injured injuring injure injures injuries injury hurt wounded wounding wounds wound');
define('missing', 'missing', 'missing unaccounted');
define('rescue', 'rescued', 'rescued rescue rescues saved');
define('arrest', 'arrested', 'arrested arrests arrest detained detentions detaining');
define('displaced', 'displaced', 'displaced homeless evacuated evacuees evacuations evacuation');
define('hospital', 'hospitalized', 'hospitalized hospitalised hospitalizations hospitalisations treated');
define('identified', 'identified', 'identified');

/** Words that say nothing about what is counted ("people", "more", "reported"). */
const EMPTY = new Set(
  'people persons person others other more some those who were was have has had been being the a an of in on at to by for from and or as with were total number figure count latest new least about nearly almost reported confirmed officially now than over around'.split(' '),
);

function fold(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** The class and term of a figure, from its predicate, unit and counted phrase. */
export function countedOf(f: Pick<Figure, 'predicate' | 'unit' | 'what'>): Counted {
  let cls: string | null = null;
  let term: string | null = null;
  const raw = [f.predicate ?? '', f.unit ?? '', f.what ?? ''].join(' ');
  const words = new Set<string>();
  const names = new Set<string>();
  // A capital opening the phrase is no sign of a name ("Deaths in Lee County").
  const whatStart = raw.length - (f.what ?? '').length;
  for (const m of raw.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    const hit = LEXICON[lower] ?? LEXICON[fold(lower)];
    if (hit) {
      // The predicate names the class first; "casualties" wins over "killed" as the term it is.
      if (!cls) [cls, term] = hit;
      else if (hit[0] === cls && hit[1] === 'casualties') term = 'casualties';
      continue;
    }
    if (EMPTY.has(lower) || lower.length < 3) continue;
    words.add(fold(lower));
    if (/^\p{Lu}/u.test(m[0]) && m.index !== whatStart) names.add(fold(lower));
  }
  // Predicates the lexicon does not know are their own class ("eliminated", "affected").
  if (!cls && f.predicate) cls = term = f.predicate.toLowerCase();
  return { cls, term, words, names };
}

/** Share of the smaller set found in the other (0 when either is empty). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n / small.size;
}
