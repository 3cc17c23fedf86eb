import type { Page } from './content';
import type { Token } from './tokens';
import { isComma, skipMediumPhrase, skipTimePhrase } from './words';

/**
 * Where a noun-phrase content ends. "criticized Machado in early-morning tweets", "questioned
 * the health of Donald Trump, who is 70": after a verb that
 * takes a thing rather than a clause, the content is that thing, and a following comma or
 * medium phrase is the report's, not the source's.
 */

/** Verbs whose bare content is a clause ("said the plan failed"): their content runs on. */
const CLAUSE_LEMMAS = new Set(`say tell claim argue believe think report note add warn announce suggest insist explain write
state acknowledge admit predict estimate expect hope fear worry confirm reveal show find conclude assert contend maintain
allege feel know guess reckon agree recall tweet post complain declare testify indicate imply assume suspect understand
learn realize realise recognize recognise notice remember doubt wonder promise vow pledge threaten respond reply answer
boast brag joke quip lament concede emphasize emphasise stress observe remark comment point mention repeat reiterate
signal hint speculate project forecast determine establish discover disclose verify affirm swear guarantee assure inform
remind advise caution deny dispute put place continue begin start go lay conclude ask urge want plan decide rule
recommend demand request propose sense wish dread imagine surmise posit theorize theorise presume counter retort rebut
exclaim shout yell scream chant sing`.split(/\s+/));


/** The last token index of a noun-phrase content starting at i and running to `last`. */
export function nounContentEnd(page: Page, lemma: string, i: number, last: number): number {
  const { tokens } = page;
  if (CLAUSE_LEMMAS.has(lemma)) return clauseEnd(tokens, i, last);
  for (let k = i + 1; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') {
      // A quotation inside the thing named ("a “crazy system”") is passed over whole.
      const q = page.quoteByStart.get(t.start);
      if (q) { while (k < last && tokens[k + 1]!.start < q.end) k++; continue; }
    }
    // A comma or a medium phrase ("in early-morning tweets") ends the thing named; times and
    // subordinate clauses were tried on the develop half and cut too often inside the thing.
    const stop = (isComma(t) && opensAside(tokens[k + 1])) || skipMediumPhrase(tokens, k, last + 1) > k || endsWithSetting(tokens, k, last);
    if (stop) return k - 1;
  }
  return last;
}


/** Prepositions that open the report's setting rather than part of the thing ("since the debate"). */
const SETTING_OPENERS = new Set(['during', 'since', 'amid', 'throughout']);

const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'night', 'ago']);

/**
 * "sent a cease-and-desist letter Thursday", "has not mentioned Machado since the Monday night
 * debate": a time phrase that runs to the content's end, or a phrase of setting, is the report's.
 * Only at the end: a time inside the thing ("the 2012 race in July's polls") stays.
 */
function endsWithSetting(tokens: readonly Token[], k: number, last: number): boolean {
  if (SETTING_OPENERS.has(tokens[k]!.lower)) return true;
  // A unit ends a measure of time that belongs to the thing ("lost $916 million in a single year").
  return !TIME_UNITS.has(tokens[k]!.lower) && skipTimePhrase(tokens, k, last + 1) === last + 1;
}

/**
 * "wants to junk personal exemptions, which subsidizes single parents": a clause's content ends
 * before a closing ", which ..." that comments on it (one running to the end, with no comma or
 * quotation of its own: ", which would include the military, to crack down" is inside).
 */
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

function clauseEnd(tokens: readonly Token[], i: number, last: number): number {
  for (let k = last - 1; k > i + 2; k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return last;
    // "..., which she thought (foolishly) that ...": a pronoun's own report is left whole.
    if (isComma(t)) return t.text === ',' && tokens[k + 1]?.lower === 'which' && !PRONOUNS.has(tokens[k + 2]?.lower ?? '') ? k - 1 : last;
  }
  return last;
}

/** Words that open an aside after a comma ("..., who is 70", "..., the state's governor"), unlike a second adjective ("organized, foreign-trained groups"). */
const ASIDE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'and', 'but', 'as', 'including', 'though', 'although', 'because', 'since', 'after', 'before', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'saying', 'adding', 'according']);

function opensAside(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind !== 'word') return t.kind === 'quote';
  return t.upper || ASIDE_OPENERS.has(t.lower) || (t.lower.endsWith('ing') && t.lower.length > 5);
}
