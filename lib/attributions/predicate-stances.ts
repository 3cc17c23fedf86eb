import type { Stance } from '../model';
import type { Token } from './tokens';
import type { Frame } from './frames';
import { contentAfter, type Page } from './content';
import { sourceBefore } from './sources';
import { isAuxiliary, isComma, isCueAdverb, isEnd } from './words';

/**
 * Stances held as a predicate rather than said with a verb: "Kaine is a staunch opponent of the
 * death penalty", "Clinton has been a consistent and outspoken supporter of NATO", "She has no
 * illusions about Putin", "many voters have had such reservations about Trump", "whose leaders
 * privately are in despair over ...". The corpus counts the whole predicate, from its verb to
 * the preposition, as the cue; the subject is the source and what follows the preposition the
 * content.
 */

/** People named by the side they take: the predicate noun of "is a ... supporter of". */
const SIDE_NOUNS = new Set(`supporter supporters opponent opponents critic critics defender defenders advocate advocates
proponent proponents champion champions backer backers admirer admirers skeptic skeptics sceptic sceptics booster
boosters detractor detractors`.split(/\s+/));
/** Prepositions after a side noun ("supporter of", "advocate for"). */
const SIDE_PREPOSITIONS = new Set(['of', 'for']);

/** Things held in mind: the object noun of "has no illusions about", "had reservations about". */
const HELD_NOUNS = new Set(`illusions illusion reservations reservation doubts doubt qualms misgivings questions concerns
worries fears hopes faith confidence position positions view views opinion opinions objections`.split(/\s+/));
const HELD_PREPOSITIONS = new Set(['about', 'over', 'on', 'in', 'regarding', 'toward', 'towards', 'with']);

/** States of mind taken "in" ("are in despair over", "is in favor of"). */
const IN_STATES = new Set(['despair', 'favor', 'favour', 'agreement', 'disagreement']);
const IN_STATE_PREPOSITIONS = new Set(['over', 'of', 'with', 'about', 'at']);

export const PREDICATE_NOUNS: ReadonlyMap<string, 'side' | 'held' | 'state' | 'against'> = new Map([
  ['against', 'against'],
  ...[...SIDE_NOUNS].map((w) => [w, 'side'] as const),
  ...[...HELD_NOUNS].map((w) => [w, 'held'] as const),
  ...[...IN_STATES].map((w) => [w, 'state'] as const),
]);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'remain', 'remains', 'remained', 'become', 'becomes', 'became']);
/** Verbs that hold a thing in mind: "has no illusions", "harbor deep reservations", "holds strong views". */
const HOLDING = new Set(['has', 'have', 'had', 'having', "'ve", 'hold', 'holds', 'held', 'holding', 'harbor', 'harbors', 'harbored', 'harboring', 'harbour', 'harbours', 'harboured', 'share', 'shares', 'shared', 'sharing', 'voice', 'voices', 'voiced']);

/** Words that may sit between the verb and the noun: determiners and degree words. */
const MODIFIER_WORDS = new Set(['a', 'an', 'no', 'such', 'some', 'any', 'serious', 'real', 'deep', 'grave', 'little', 'few', 'many', 'much', 'strong', 'and', 'the', 'same', 'more', 'most', 'long', 'longtime', 'early', 'vocal', 'outspoken', 'fierce', 'harsh', 'staunch', 'steadfast', 'ardent', 'avid', 'fervent', 'passionate', 'loyal', 'consistent', 'leading', 'prominent', 'major', 'big', 'great', 'huge', 'genuine', 'substantive', 'essentially', 'own', 'lingering', 'persistent', 'growing', 'sharp', 'stern', 'frequent', 'constant', 'enthusiastic', 'firm', 'committed', 'strident', 'influential', 'persuasive', 'devoted', 'unabashed', 'open', 'public', 'private']);

/** Longest run of modifiers between the verb and the noun. */
const MAX_MODIFIERS = 5;

/** The stance predicates of one sentence. */
export function predicateStances(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean, at: readonly number[]): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (const k of at) {
    const noun = tokens[k]!;
    const kind = PREDICATE_NOUNS.get(noun.lower);
    if (kind === undefined || k < from + 2 || k + 1 >= to) continue;
    const prep = tokens[k + 1]!;
    const side = kind === 'side' && SIDE_PREPOSITIONS.has(prep.lower);
    const held = kind === 'held' && HELD_PREPOSITIONS.has(prep.lower);
    const state = kind === 'state' && IN_STATE_PREPOSITIONS.has(prep.lower) && tokens[k - 1]?.lower === 'in';
    // "Vermont Sen. Bernie Sanders is against it": "against" right after "be" (adverbs aside).
    const be = beforeAdverbs(tokens, from, k)?.lower ?? '';
    const against = kind === 'against' && BE.has(be) && be !== "'s"; // "Trump's first against" is a possessive
    if (!(side || held || state || against) || quoted[k] || taken(k)) continue;
    const verb = against ? k - 1 : linkingVerb(tokens, from, state ? k - 1 : k, side || state ? BE : HOLDING);
    if (verb < 0) continue;
    const cueStart = withAuxiliaries(tokens, from, verb);
    if (taken(cueStart)) continue;
    const source = sourceBefore(tokens, from, cueStart);
    // Only people take sides so: a name or a pronoun ("the vote is against Trump" is a tally).
    if (!source || (against && !namesSomeone(tokens, source))) continue;
    const contentStart = against ? k + 1 : k + 2;
    let end = contentStart;
    while (end < to && !isEnd(tokens[end])) end++;
    const content = contentAfter(page, contentStart, end, 'oppose');
    if (!content) continue;
    frames.push({ source, sharesSourceOf: null, cue: { start: cueStart, end: contentStart }, content, stance: stanceOf(noun.lower), lemma: noun.lower });
  }
  return frames;
}

/**
 * The index of the linking verb before the noun at `k` ("is a staunch | opponent"), with only
 * modifiers between, or -1. The verb must come right before a determiner or modifier run.
 */
function linkingVerb(tokens: readonly Token[], from: number, k: number, verbs: ReadonlySet<string>): number {
  for (let j = k - 1, n = 0; j >= from && n <= MAX_MODIFIERS; j--, n++) {
    const t = tokens[j]!;
    if (verbs.has(t.lower)) return j;
    if (t.kind !== 'word' && !isComma(t)) return -1;
    if (t.kind === 'word' && !MODIFIER_WORDS.has(t.lower) && !isCueAdverb(t)) return -1;
  }
  return -1;
}

const PEOPLE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);

/** A pronoun for people, or a phrase with a name in it (not just a capital opening the sentence). */
function namesSomeone(tokens: readonly Token[], source: { start: number; end: number }): boolean {
  if (source.end - source.start === 1 && PEOPLE_PRONOUNS.has(tokens[source.start]!.lower)) return true;
  for (let j = source.start; j < source.end; j++) if (tokens[j]!.upper && !(j === source.start && /^(the|a|an|this|that|these|those|most|many|some)$/.test(tokens[j]!.lower))) return true;
  return false;
}

/** The word before `k` past any adverbs ("is firmly against"). */
function beforeAdverbs(tokens: readonly Token[], from: number, k: number): Token | undefined {
  let j = k - 1;
  while (j > from && isCueAdverb(tokens[j]!)) j--;
  return j >= from ? tokens[j] : undefined;
}

/** Auxiliaries and adverbs before the verb belong to the cue ("has been", "privately are"). */
function withAuxiliaries(tokens: readonly Token[], from: number, verb: number): number {
  let s = verb;
  while (s > from && s > verb - 3) {
    const t = tokens[s - 1]!;
    if (t.kind !== 'word' || t.upper) break;
    if (!(isAuxiliary(t) && t.lower !== "'s") && !isCueAdverb(t)) break;
    s--;
  }
  return s;
}

const DOUBTING = new Set(['illusions', 'illusion', 'reservations', 'reservation', 'doubts', 'doubt', 'qualms', 'misgivings', 'questions', 'concerns', 'worries', 'fears', 'hopes', 'skeptic', 'skeptics', 'sceptic', 'sceptics']);

function stanceOf(noun: string): Stance {
  return DOUBTING.has(noun) ? 'tentative' : 'neutral';
}
