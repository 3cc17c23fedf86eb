import type { Stance } from '../model';
import type { Token } from './tokens';
import type { CueEntry, CueForm } from './cues';
import { isDeterminer } from './words';

/**
 * Multi-word cues whose head is a light verb: "made it clear that", "made the case for",
 * "took issue with", "went after Trump as", "doubled down on". The head alone says nothing
 * ("made", "took", "went"); the words after it make the act of saying, and the corpus counts
 * them in the cue.
 */

interface Idiom {
  lemma: string;
  stance: Stance;
  /** The words after the head, in order. */
  tail: readonly string[];
  /** The word after the tail must be a name or a pronoun ("went after Trump", not "went after dinner"). */
  person?: boolean;
}

const HEADS: Record<string, [string, CueForm][]> = {
  make: [['make', 'base'], ['makes', 'third'], ['made', 'past'], ['making', 'ing']],
  take: [['take', 'base'], ['takes', 'third'], ['took', 'past'], ['taken', 'participle'], ['taking', 'ing']],
  go: [['go', 'base'], ['goes', 'third'], ['went', 'past'], ['gone', 'participle'], ['going', 'ing']],
  double: [['double', 'base'], ['doubles', 'third'], ['doubled', 'past'], ['doubling', 'ing']],
  sound: [['sound', 'base'], ['sounds', 'third'], ['sounded', 'past'], ['sounding', 'ing']],
  chime: [['chime', 'base'], ['chimes', 'third'], ['chimed', 'past'], ['chiming', 'ing']],
  pour: [['pour', 'base'], ['pours', 'third'], ['poured', 'past'], ['pouring', 'ing']],
};

const IDIOMS: Record<string, Idiom[]> = {
  make: [
    ...['it clear', 'clear', 'it plain', 'plain', 'the case', 'a case', 'the argument', 'an argument', 'the point', 'no secret of', 'little secret of', 'no bones about', 'it known', 'known', 'fun of'].map((t) => ({ lemma: 'make ' + t, stance: 'neutral' as Stance, tail: t.split(' ') })),
  ],
  take: ['issue with', 'aim at', 'offense at', 'offence at', 'exception to', 'a swipe at', 'a shot at', 'a jab at', 'a dig at', 'a stand against', 'a stand on', 'the position', 'credit for'].map((t) => ({ lemma: 'take ' + t, stance: 'neutral' as Stance, tail: t.split(' ') })),
  go: [{ lemma: 'go after', stance: 'neutral', tail: ['after'], person: true }],
  double: [{ lemma: 'double down', stance: 'neutral', tail: ['down', 'on'] }],
  sound: ['the alarm', 'an alarm', 'a warning', 'a call for', 'a note of'].map((t) => ({ lemma: 'sound ' + t, stance: 'neutral' as Stance, tail: t.split(' ') })),
  chime: [{ lemma: 'chime in', stance: 'neutral', tail: ['in'] }],
  pour: [{ lemma: 'pour cold water', stance: 'neutral', tail: ['cold', 'water', 'on'] }],
};

const BY_FORM = new Map<string, { head: string; form: CueForm }>();
for (const [head, forms] of Object.entries(HEADS)) for (const [word, form] of forms) BY_FORM.set(word, { head, form });
/** The words that can head an idiom: a cheap test before reading one. */
export const IDIOM_HEADS: ReadonlySet<string> = new Set(BY_FORM.keys());

/** IDIOM_HEADS.has(t.lower), kept on the token's spelling (asked of every candidate verb). */
export function headsIdiom(t: Token): boolean {
  const w = t.word;
  if (w.idiomHead < 0) w.idiomHead = IDIOM_HEADS.has(w.lower) ? 1 : 0;
  return w.idiomHead === 1;
}

/** Idioms that take their side with a preposition the corpus counts in the cue ("made the case for"). */
const CASE_PARTICLES = new Set(['make the case', 'make a case', 'make the argument', 'make an argument']);

/** Words that may follow a light verb and stand for a person ("went after him"). */
const PERSON_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'each', 'one']);

/** The idiom whose head is tokens[k], with the index just after its last word, or null. */
export function idiomAt(tokens: readonly Token[], k: number): { entry: CueEntry; form: CueForm; end: number } | null {
  const head = tokens[k];
  if (!head || head.kind !== 'word') return null;
  const found = BY_FORM.get(head.lower);
  if (!found) return null;
  const prev = tokens[k - 1];
  // "the take on", "a sound of": a noun after a determiner.
  if (prev && isDeterminer(prev)) return null;
  if (found.head === 'make') {
    const said = madeStatement(tokens, k + 1);
    if (said > 0) return { entry: { lemma: 'make ' + tokens[said - 1]!.lower, stance: 'neutral', frame: 'speech' }, form: found.form, end: said };
  }
  for (const idiom of IDIOMS[found.head] ?? []) {
    if (!idiom.tail.every((w, i) => tokens[k + 1 + i]?.lower === w)) continue;
    const end = k + 1 + idiom.tail.length;
    const next = tokens[end];
    if (idiom.person && !(next && next.kind === 'word' && (next.upper || PERSON_PRONOUNS.has(next.lower)))) continue;
    return { entry: { lemma: idiom.lemma, stance: idiom.stance, frame: 'speech', particles: CASE_PARTICLES.has(idiom.lemma) ? ['for', 'against'] : undefined }, form: found.form, end };
  }
  return null;
}

/** Nouns of saying that "make" turns into a verb ("made a strong condemnation of"). */
const MADE_NOUNS = new Set(['condemnation', 'comment', 'comments', 'statement', 'statements', 'remark', 'remarks', 'claim', 'claims', 'accusation', 'accusations', 'promise', 'promises', 'pledge', 'plea', 'appeal', 'announcement', 'prediction', 'predictions', 'apology', 'assessment', 'determination', 'decision', 'endorsement', 'reference', 'references', 'allegation', 'allegations', 'threat', 'threats', 'vow', 'proposal']);
/** What may open the noun's content right after it ("that" is as often a relative: "a comment that angered"). */
const MADE_NEXT = new Set(['of', 'on', 'about', 'to', ':']);

/**
 * "made a strong condemnation of", "made the initial determination on", "make a controversial
 * comment": "make", an article, up to three modifiers, a noun of saying and its preposition.
 * Returns the index after the noun (the preposition joins the cue), or 0.
 */
function madeStatement(tokens: readonly Token[], i: number): number {
  if (!/^(a|an|the|his|her|their|its|several|repeated|many|no)$/.test(tokens[i]?.lower ?? '')) return 0;
  for (let j = i + 1; j < i + 5 && tokens[j]?.kind === 'word'; j++) {
    const t = tokens[j]!;
    if (MADE_NOUNS.has(t.lower)) {
      const next = tokens[j + 1];
      if (!next || !MADE_NEXT.has(next.lower)) return 0;
      return next.lower === 'of' || next.lower === 'on' || next.lower === 'about' ? j + 2 : j + 1;
    }
    if (t.upper || isDeterminer(t)) return 0;
  }
  return 0;
}
