import type { Token } from './tokens';
import { cueReadings } from './cues';
import { DETERMINERS, PREPOSITIONS, isAuxiliary, isCueAdverb } from './words';

/**
 * "Trump took to Twitter overnight to accuse ...", "the senator spoke at a gathering to discuss
 * ...", "European leaders gathered Friday to discuss ...", "The U.N. called an emergency meeting
 * to discuss ...": an infinitive of purpose after a verb of occasion (taking the floor, meeting,
 * holding or using something). The reporting verb in the infinitive is the subject's own, unlike
 * "forced Stumpf to admit" or "asked Clinton to explain", where the object speaks.
 */

/** Verbs that set up an occasion for speaking, in their finite and -ing forms. */
const OCCASION = new Set(`take takes took taking speak speaks spoke speaking gather gathers gathered gathering
meet meets met meeting hold holds held holding convene convenes convened convening use uses used using
go goes went going travel travels traveled travelled traveling rise rises rose rising stand stands stood
return returns returned returning visit visits visited step steps stepped stepping appear appears appeared
issue issues issued release releases released launch launches launched air airs aired run runs ran running
join joins joined seize seizes seized call calls called calling`.split(/\s+/));

/** Nouns after which "to" opens the noun's own complement ("the authority to issue"), not a purpose. */
const COMPLEMENT_NOUNS = new Set(`authority power right ability chance permission order orders decision plan plans
effort efforts attempt bid way time need reason call calls pressure push request motion vote votes deal
agreement promise pledge threat refusal willingness`.split(/\s+/));

/** How far back from "to" the verb of occasion may stand ("spoke at a gathering of fracking industry leaders to"). */
const MAX_REACH = 12;

/**
 * For the "to" at tokens[to] before a reporting verb: where the subject of its verb of occasion
 * ends (the token before that verb and its auxiliaries), or -1 when the infinitive is no purpose
 * of the subject's.
 */
export function purposeSubjectEnd(tokens: readonly Token[], to: number, floor: number): number {
  const before = tokens[to - 1];
  if (!before || before.kind !== 'word' || COMPLEMENT_NOUNS.has(before.lower)) return -1;
  for (let j = to - 1; j >= floor && j >= to - MAX_REACH; j--) {
    const t = tokens[j]!;
    // A comma, quotation or dash ends the clause: "..., to discuss" has its own setting.
    if (t.kind !== 'word' && !(t.kind === 'quote' && /^['’]$/.test(t.text) && tokens[j + 1]?.kind === 'word' && tokens[j - 1]?.end === t.start)) return -1;
    // "decided to go to Iowa to discuss": an occasion inside another infinitive is left alone.
    // "spoke at a gathering of conservatives to": after a determiner or preposition it is a noun.
    const noun = DETERMINERS.has(tokens[j - 1]?.lower ?? '') || PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') || tokens[j - 1]?.lower === "'s";
    if (noun) continue;
    if (OCCASION.has(t.lower) && j < to - 1) return tokens[j - 1]?.lower === 'to' || !occasionFits(tokens, j) ? -1 : verbGroupStart(tokens, j, floor);
    // "took to Twitter": a "to" before a name or a determiner is a preposition.
    if (t.lower === 'to' && (tokens[j + 1]?.upper || DETERMINERS.has(tokens[j + 1]?.lower ?? ''))) continue;
    // Another verb first ("forced Stumpf to", "asked Clinton to", "decided to"): someone else's infinitive.
    if (isAuxiliary(t) || t.lower === 'to' || cueReadings(t).length > 0 || /ed$/.test(t.lower)) return -1;
  }
  return -1;
}

/** "took to Twitter", "took the stage": not "it may take several days to determine" (a duration). */
function occasionFits(tokens: readonly Token[], k: number): boolean {
  if (!/^(take|takes|took|taking|taken)$/.test(tokens[k]!.lower)) return true;
  const next = tokens[k + 1]?.lower ?? '';
  return next === 'to' || next === 'the' || next === 'his' || next === 'her' || next === 'their' || next === 'its';
}

/** The first token of the verb at k with its auxiliaries and adverbs ("has repeatedly used"). */
function verbGroupStart(tokens: readonly Token[], k: number, floor: number): number {
  let s = k;
  while (s > floor && tokens[s - 1]!.kind === 'word' && (isAuxiliary(tokens[s - 1]!) || isCueAdverb(tokens[s - 1]!))) s--;
  return s;
}
