import { lexicon } from './lexicon';
/**
 * Event predicates: the verb, adjective or noun that says what happened to what is counted,
 * normalised to a lower-case word close to what is written. Nouns map to their participle
 * ("injuries" -> "injured", "deaths" -> "killed"); "casualties" stays itself (it is a term of
 * its own: comparison shows "casualties" vs "killed" as a term difference).
 */
const PREDICATES: ReadonlyMap<string, string> = lexicon({
  killed: 'killed', kill: 'killed', kills: 'killed', killing: 'killed', slain: 'killed', murdered: 'killed', slaughtered: 'killed', massacred: 'killed',
  dead: 'dead', died: 'died', die: 'died', dying: 'died', perished: 'died',
  deaths: 'killed', death: 'killed', fatalities: 'killed', fatality: 'killed', toll: 'killed', lives: 'killed', bodies: 'dead',
  injured: 'injured', injuring: 'injured', injure: 'injured', injures: 'injured', injuries: 'injured', injury: 'injured',
  hurt: 'injured', wounded: 'wounded', wounding: 'wounded', wounds: 'wounded',
  casualties: 'casualties',
  arrested: 'arrested', arresting: 'arrested', arrests: 'arrested', arrest: 'arrested',
  detained: 'detained', detaining: 'detained', detentions: 'detained',
  evacuated: 'evacuated', evacuating: 'evacuated', evacuations: 'evacuated', evacuees: 'evacuated',
  missing: 'missing', unaccounted: 'missing', displaced: 'displaced', homeless: 'displaced',
  eliminated: 'eliminated', rescued: 'rescued', hospitalised: 'hospitalized', hospitalized: 'hospitalized',
  hospitalisations: 'hospitalized', hospitalizations: 'hospitalized', infected: 'infected', infections: 'infected',
  trapped: 'trapped', abducted: 'abducted', kidnapped: 'abducted', executed: 'executed', charged: 'charged',
  convicted: 'convicted', sentenced: 'sentenced', fired: 'fired', sacked: 'fired', laid: 'laid off', layoffs: 'laid off',
  affected: 'affected', destroyed: 'destroyed', damaged: 'damaged',
});

/** The normalised predicate for a word, or null. */
export function predicateOf(lower: string): string | null {
  return PREDICATES.get(lower) ?? null;
}

/** Nouns that name a toll by themselves ("the death toll", "casualties") and so also name what is counted. */
export const TOLL_NOUNS = new Set(['deaths', 'death', 'fatalities', 'toll', 'casualties', 'injuries', 'arrests', 'evacuations', 'infections', 'hospitalisations', 'hospitalizations', 'dead', 'wounded', 'injured']);
