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
  /** The report gives it as an earlier count it has replaced ("up from 113", "Earlier, 113 deaths were reported"). */
  earlier?: boolean;
  /** A projection, not a count ("likely to have died"). */
  projected?: boolean;
  /** The participle after the figure ("identified", "kept"), for counts of bodies and victims. */
  action?: string | null;
  /** The count is given as confirmed ("had confirmed 25 deaths", "50 confirmed deaths"). */
  confirmed?: boolean;
  /** An increment on a count, not the count ("15 more victims", "another 20 deaths"). */
  increment?: boolean;
}

/** Predicate or noun -> [class, term]. Lemmas of the quantities step and words as written. */
const LEXICON: Record<string, [string, string]> = {};
function define(cls: string, term: string, list: string): void {
  for (const w of list.split(' ')) LEXICON[w] = [cls, term];
}
define('death', 'killed', 'killed kill kills killing slain dead died die dies dying death deaths toll fatalities fatality lives life perished drowned fatal deadliest');
define('death', 'casualties', 'casualties casualty');
define('death', 'victims', 'victims victim');
define('death', 'bodies', 'bodies body remains');
define('injury', 'injured', 'injured injuring injure injures injuries injury hurt wounded wounding wounds wound');
define('missing', 'missing', 'missing unaccounted');
define('rescue', 'rescued', 'rescued rescue rescues saved');
define('arrest', 'arrested', 'arrested arrests arrest detained detentions detaining');
define('displaced', 'displaced', 'displaced homeless evacuated evacuees evacuations evacuation');
define('hospital', 'hospitalized', 'hospitalized hospitalised hospitalizations hospitalisations treated');
define('identified', 'identified', 'identified');
// Who was aboard: a class of its own, but weaker than what happened to them ("140 passengers rescued" counts the rescued).
define('aboard', 'aboard', 'aboard onboard board passengers passenger crew carrying');
const WEAK_CLASSES = new Set(['aboard']);

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

/**
 * A light English stem for counted words, so that "containment" meets "contained" and
 * "evacuation" meets "evacuated"; stems shorter than four letters are left whole.
 */
export function stem(word: string): string {
  for (const suffix of ['ments', 'ment', 'ions', 'ion', 'ing', 'ed']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The class and term of a figure, from its predicate, unit and counted phrase. */
export function countedOf(f: Pick<Figure, 'predicate' | 'unit' | 'what'>): Counted {
  let cls: string | null = null;
  let term: string | null = null;
  const raw = [f.predicate ?? '', f.unit ?? '', f.what ?? ''].join(' ');
  const words = new Set<string>();
  for (const m of raw.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    const hit = LEXICON[lower] ?? LEXICON[fold(lower)];
    if (hit) {
      // The predicate names the class first; "casualties" wins over "killed" as the term it is;
      // a weak class gives way to any other.
      if (!cls || (WEAK_CLASSES.has(cls) && !WEAK_CLASSES.has(hit[0]))) [cls, term] = hit;
      else if (hit[0] === cls && hit[1] === 'casualties') term = 'casualties';
      continue;
    }
    if (EMPTY.has(lower) || lower.length < 3) continue;
    words.add(stem(fold(lower)));
  }
  // Predicates the lexicon does not know are their own class ("eliminated", "affected").
  if (!cls && f.predicate) cls = term = f.predicate.toLowerCase();
  return { cls, term, words };
}

/** Words right after a figure that say what it counts when its own noun does not ("200 people on board"). */
const RIGHT_AFTER_WORDS = 3;

/** The class named in the few words right after a figure, weak classes included. */
export function classRightAfter(text: string, f: Pick<Figure, 'end'>): [string, string] | null {
  const after = text.slice(f.end, f.end + 40).split(/[.;:!?,]/)[0] ?? '';
  for (const m of [...after.matchAll(WORD)].slice(0, RIGHT_AFTER_WORDS)) {
    const hit = LEXICON[m[0].toLowerCase()] ?? LEXICON[fold(m[0])];
    if (hit) return hit;
  }
  return null;
}

/** Share of the smaller set found in the other (0 when either is empty). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n / small.size;
}

/** How far from a bare number a class word may stand to say what it counts ("four more ... killed"). */
const NEAR_WORDS = 6;

const classWordsCache = new Map<string, Array<{ at: number; cls: string }>>();

/** Class words of a passage with their offsets; passages (sentences) are read once. */
function classWords(text: string): Array<{ at: number; cls: string }> {
  const cached = classWordsCache.get(text);
  if (cached) return cached;
  if (classWordsCache.size > 5_000) classWordsCache.clear();
  const out: Array<{ at: number; cls: string }> = [];
  classWordsCache.set(text, out);
  for (const m of text.matchAll(WORD)) {
    const hit = LEXICON[m[0].toLowerCase()] ?? LEXICON[fold(m[0])];
    if (hit && !WEAK_CLASSES.has(hit[0])) out.push({ at: m.index!, cls: hit[0] });
  }
  return out;
}

/**
 * The class of a bare number ("Monroe (seven)", "put the figure at at least 68") from its
 * context: a class word a few words away in its sentence, else the class the previous sentence
 * was about ("Deaths have been reported in counties across the state. Lee County accounts for
 * 53 ..."). `topic` carries that class from sentence to sentence; returns the class or null.
 */
export function classInContext(text: string, sentence: { start: number; end: number }, f: Pick<Figure, 'start' | 'end'>, topic: string | null): string | null {
  const body = text.slice(sentence.start, sentence.end);
  const hits = classWords(body);
  const wordsBetween = (a: number, b: number) => (text.slice(Math.min(a, b), Math.max(a, b)).match(WORD) ?? []).length;
  let best: { cls: string; distance: number } | null = null;
  for (const h of hits) {
    const at = sentence.start + h.at;
    const distance = at >= f.end ? wordsBetween(f.end, at) : wordsBetween(at, f.start);
    if (distance <= NEAR_WORDS && (!best || distance < best.distance)) best = { cls: h.cls, distance };
  }
  // No class word close by: the sentence's own class ("Florida's toll stood at 99, and North
  // Carolina has confirmed four more"), else the topic carried from before.
  return best?.cls ?? hits[0]?.cls ?? topic;
}

/** The class a sentence is about, for the next sentence's bare numbers: its class words, else the topic so far if it lists numbers. */
export function sentenceTopic(text: string, sentence: { start: number; end: number }, topic: string | null, hasNumbers: boolean): string | null {
  const hits = classWords(text.slice(sentence.start, sentence.end));
  if (hits.length) return hits.at(-1)!.cls;
  return hasNumbers ? topic : null;
}

/** The classes of thing a passage speaks of ("a large number have been wounded" -> injury). */
export function classesIn(text: string): Set<string> {
  return new Set(classWords(text).map((h) => h.cls));
}
