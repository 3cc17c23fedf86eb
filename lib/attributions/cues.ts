import type { Stance } from '../model';
import type { Token } from './tokens';

/**
 * The reporting lexicon: verbs (and a few nouns) that introduce what someone said, wrote,
 * thought or wants, with the stance the reporter takes by choosing them (issue 4):
 * neutral "said", assertive "confirmed" (the reporter vouches for it), tentative "suggested"
 * (the source is unsure), distancing "claimed" (the reporter keeps it at arm's length).
 */

/**
 * How the content follows the verb.
 * - `speech`: a clause, a quotation or a noun phrase ("said that ...", "criticized the plan").
 * - `addressee`: an addressee may come first ("told reporters that ...", "urged X to ...").
 * - `weak`: usually no attribution; only with a quotation or a colon right after ("continued:").
 */
export type CueFrame = 'speech' | 'addressee' | 'weak';

export interface CueEntry {
  lemma: string;
  stance: Stance;
  frame: CueFrame;
  /** Particles that belong to the cue ("called for", "pointed out"). */
  particles?: readonly string[];
}

const NEUTRAL = `say state report note add publish describe announce explain write tweet post comment remark
respond reply answer mention observe declare testify recount recall repeat reiterate detail outline cite
refer quote list document chronicle highlight emphasize emphasise stress underscore underline point argue articulate
contend predict forecast demand request propose recommend promise vow pledge threaten speak talk discuss
address call label term dub nickname characterize characterise portray paint liken compare tie link blame
accuse criticize criticise attack blast slam condemn praise applaud welcome hail laud thank defend endorse
support oppose reject refuse decline agree disagree approve decide rule tout question
challenge counter retort rebut joke quip chant sing shout yell scream exclaim lament complain mourn
reference invoke announce broadcast testify brief elaborate weigh lash rail boast brag signal
pitch tell ask urge warn remind assure inform advise implore encourage invite caution beg plead press
echo promote admire debate chastise grill investigate hammer rip lambast scold rebuke fault
deride disparage belittle insult reassure lecture pressure lobby unveil refute contradict clarify inquire
proclaim divulge confide confess champion advocate prefer bemoan deplore regret
apologize apologise envision foresee swear guarantee celebrate commend congratulate salute spar
feud react vent gripe muse ponder marvel gush acknowledge dub decry remember back examine explore
assess evaluate analyze analyse probe scrutinize scrutinise unleash offer pound taunt lampoon skewer
bash downplay minimize minimise hype release compile identify revise lower raise update trumpet extol spurn snub disapprove persuade convince notify summarize
summarise specify reprimand censure contemplate rate vote
slam tout hail express voice exhort retweet recite resent embrace overrule overturn confront unearth
concoct propound pooh-pooh insinuate acclaim assail berate heckle jeer scoff sneer snipe smear vilify
demonize demonise denigrate mischaracterize misrepresent exaggerate overstate understate stipulate forewarn
love hate despise detest loathe adore dislike respect bristle seethe fume rejoice ignore compliment protest
draw
impose abolish enact appoint repeal override veto authorize`;
const ASSERTIVE = `confirm reveal acknowledge show find establish admit concede verify affirm
disclose conclude determine discover learn recognize recognise realize realise know understand notice`;
const TENTATIVE = `suggest estimate believe think expect hope fear worry feel guess speculate project assume
suspect reckon hint imply indicate doubt wonder consider want plan intend seek aim anticipate predict
surmise posit theorize theorise presume sense wish dread imagine see view regard`;
const DISTANCING = `claim allege insist purport brand maintain deny dispute contest dismiss decry denounce mock
ridicule charge assert`;

/** Verbs that take an addressee before their content. */
const ADDRESSEE = new Set('tell ask urge warn remind assure inform advise implore encourage invite caution beg press'.split(' '));

/** Verbs that report speech only with a quotation or colon after them ("continued:"). */
const WEAK = new Set('single continue begin start conclude put place go sing chant shout yell scream exclaim quip joke speak talk point lash weigh lay'.split(' '));

const PARTICLES: Record<string, readonly string[]> = {
  agree: ['with'], disagree: ['with'], plead: ['for', 'with'], beg: ['for'], know: ['of', 'about'], describe: ['as'], hail: ['as'], decide: ['against', 'on'],
  respond: [], reply: [], react: [], object: ['to'], testify: ['about', 'to'], think: ['of', 'about'], hear: ['of', 'about'],
  learn: ['of', 'about'], write: ['about', 'of'], ask: ['about'], press: ['on'], insist: ['on'], rule: ['on', 'against'],
  characterize: ['as'], characterise: ['as'], label: ['as'], brand: ['as'], dismiss: ['as'], portray: ['as'], paint: ['as'], deride: ['as'],
  criticize: ['as'], criticise: ['as'], praise: ['as'], tout: ['as'], cite: ['as'], argue: ['against', 'for'], vote: ['against', 'for'],
  caution: ['against'], advocate: ['for'], apologize: ['for'], apologise: ['for'], care: ['about'], complain: ['about', 'of'], concede: ['to'],
  call: ['for', 'on', 'out'], point: ['out', 'to'], talk: ['about'], speak: ['about', 'of', 'out', 'to'],
  warn: ['against', 'of', 'about'], refer: ['to'], elaborate: ['on'], comment: ['on'], weigh: ['in'], lash: ['out'],
  rail: ['against'], boast: ['about'], brag: ['about'], joke: ['about'], worry: ['about'], hint: ['at'], go: ['on'],
  push: ['back'], bristle: ['at'], seethe: ['at', 'over', 'about'], fume: ['at', 'over', 'about'], rejoice: ['in', 'at', 'over'], sign: ['off'], accuse: ['of'], single: ['out'], lay: ['out'], spell: ['out'], fire: ['back'], hit: ['back', 'out'],
};

/** Irregular forms: lemma -> [third person, past, past participle, -ing]. */
const IRREGULAR: Record<string, [string, string, string, string]> = {
  say: ['says', 'said', 'said', 'saying'], tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'], think: ['thinks', 'thought', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'], find: ['finds', 'found', 'found', 'finding'],
  feel: ['feels', 'felt', 'felt', 'feeling'], show: ['shows', 'showed', 'shown', 'showing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'], forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  sing: ['sings', 'sang', 'sung', 'singing'], seek: ['seeks', 'sought', 'sought', 'seeking'],
  understand: ['understands', 'understood', 'understood', 'understanding'], put: ['puts', 'put', 'put', 'putting'],
  begin: ['begins', 'began', 'begun', 'beginning'], go: ['goes', 'went', 'gone', 'going'], lay: ['lays', 'laid', 'laid', 'laying'],
  hit: ['hits', 'hit', 'hit', 'hitting'], see: ['sees', 'saw', 'seen', 'seeing'], learn: ['learns', 'learned', 'learned', 'learning'], spell: ['spells', 'spelled', 'spelled', 'spelling'],
  draw: ['draws', 'drew', 'drawn', 'drawing'], override: ['overrides', 'overrode', 'overridden', 'overriding'],
};
/** Verbs that double their last consonant ("admitted", "planned"). */
const DOUBLING = new Set('admit plan quip refer rebut regret commit permit submit omit slam chat blog jab nod plot spot tap stop drop'.split(' '));

export type CueForm = 'base' | 'third' | 'past' | 'participle' | 'ing' | 'adjective';

export interface CueWord {
  entry: CueEntry;
  form: CueForm;
}

function inflect(lemma: string): [string, string, string, string] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  if (DOUBLING.has(lemma)) {
    const doubled = lemma + lemma[lemma.length - 1];
    return [lemma + 's', doubled + 'ed', doubled + 'ed', doubled + 'ing'];
  }
  if (lemma.endsWith('e')) return [lemma + 's', lemma + 'd', lemma + 'd', lemma.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [stem + 'ies', stem + 'ied', stem + 'ied', lemma + 'ing'];
  }
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  return [third, lemma + 'ed', lemma + 'ed', lemma + 'ing'];
}

function buildLexicon(): Map<string, CueWord[]> {
  const lexicon = new Map<string, CueWord[]>();
  const add = (word: string, cue: CueWord): void => {
    const list = lexicon.get(word) ?? [];
    if (!list.some((c) => c.entry.lemma === cue.entry.lemma && c.form === cue.form)) list.push(cue);
    lexicon.set(word, list);
  };
  const groups: [string, Stance][] = [[DISTANCING, 'distancing'], [ASSERTIVE, 'assertive'], [TENTATIVE, 'tentative'], [NEUTRAL, 'neutral']];
  const seen = new Set<string>();
  for (const [words, stance] of groups) {
    for (const lemma of words.split(/\s+/)) {
      if (!lemma || seen.has(lemma)) continue; // first group wins
      seen.add(lemma);
      const frame: CueFrame = ADDRESSEE.has(lemma) ? 'addressee' : WEAK.has(lemma) ? 'weak' : 'speech';
      const entry: CueEntry = { lemma, stance, frame, particles: PARTICLES[lemma] };
      const [third, past, participle, ing] = inflect(lemma);
      add(lemma, { entry, form: 'base' });
      add(third, { entry, form: 'third' });
      add(past, { entry, form: 'past' });
      add(participle, { entry, form: 'participle' });
      add(ing, { entry, form: 'ing' });
    }
  }
  for (const lemma of WEAK) {
    if (seen.has(lemma)) continue;
    const entry: CueEntry = { lemma, stance: 'neutral', frame: 'weak', particles: PARTICLES[lemma] };
    const [third, past, participle, ing] = inflect(lemma);
    for (const [w, form] of [[lemma, 'base'], [third, 'third'], [past, 'past'], [participle, 'participle'], [ing, 'ing']] as const) add(w, { entry, form });
  }
  return lexicon;
}

/**
 * Adjectives that report a stance after "be" ("was confident that", "are worried about",
 * "has been critical of"), with the preposition they take.
 */
const ADJECTIVES: Record<string, { stance: Stance; particles: readonly string[] }> = Object.fromEntries([
  ...'concerned worried sure confident convinced certain aware skeptical sceptical optimistic pessimistic hopeful afraid adamant clear eager reluctant unsure uncertain doubtful fearful coy wary leery nervous anxious hesitant ambivalent bearish bullish'.split(' ').map((w) => [w, { stance: 'tentative' as Stance, particles: ['about', 'that', 'of', 'over', 'with', 'on'] }]),
  ...'critical supportive opposed committed determined proud angry upset pleased happy thrilled disappointed frustrated unhappy furious outraged grateful dismissive passionate enthusiastic vocal outspoken vague candid explicit emphatic excited keen incensed livid irate indignant appalled alarmed dismayed troubled heartened relieved unconvinced'.split(' ').map((w) => [w, { stance: 'neutral' as Stance, particles: ['of', 'to', 'about', 'with', 'that', 'over', 'at', 'by'] }]),
]);

const LEXICON = buildLexicon();
for (const [word, { stance, particles }] of Object.entries(ADJECTIVES)) {
  // First: after "be" with its complement the adjective reading wins ("is determined to" is no passive of "determine").
  LEXICON.set(word, [{ entry: { lemma: word, stance, frame: 'speech', particles }, form: 'adjective' }, ...(LEXICON.get(word) ?? [])]);
}

/** Adjectives that take a clause without "that" ("was sure Trump would triumph"), and the words that open it. */
const BARE_CLAUSE_ADJECTIVES = new Set(['sure', 'convinced', 'confident', 'certain', 'afraid', 'hopeful', 'aware']);
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'this', 'the', 'his', 'her', 'their', 'our']);

/** Whether the adjective `adjective` takes a clause opening with `next` (a pronoun, determiner or name). */
export function bareClauseAfter(adjective: string, next: { lower: string; upper: boolean; kind: string }): boolean {
  return BARE_CLAUSE_ADJECTIVES.has(adjective) && (CLAUSE_SUBJECTS.has(next.lower) || (next.upper && next.kind === 'word'));
}

/** The reporting-verb readings of a lower-case word ("said" -> say, past). */
export function cueWords(lower: string): readonly CueWord[] {
  return LEXICON.get(lower) ?? NO_READINGS;
}

/** cueWords of a token's spelling, kept on the spelling (one look-up per spelling, not per question). */
export function cueReadings(t: Token): readonly CueWord[] {
  const w = t.word;
  return w.readings ?? (w.readings = cueWords(w.lower));
}

/** A cue without particles of its own: one shared empty list, not a new one per question. */
export const NO_PARTICLES: readonly string[] = [];

/** Shared by every word that is no cue (most words): no array made per word. */
const NO_READINGS: readonly CueWord[] = [];

/**
 * Nouns that report what someone said or holds ("the ministry's claim that ...", "a report
 * that ...", "the ministry's figure"); the stance is the one of the matching verb.
 */
export const NOMINAL_CUES: ReadonlyMap<string, Stance> = new Map<string, Stance>([
  ['statement', 'neutral'], ['statements', 'neutral'], ['report', 'neutral'], ['reports', 'neutral'], ['announcement', 'neutral'],
  ['comments', 'neutral'], ['remarks', 'neutral'], ['warning', 'neutral'], ['promise', 'neutral'], ['pledge', 'neutral'],
  ['argument', 'neutral'], ['testimony', 'neutral'], ['call', 'neutral'], ['demand', 'neutral'], ['account', 'neutral'],
  ['figure', 'neutral'], ['figures', 'neutral'], ['tally', 'neutral'], ['count', 'neutral'], ['data', 'neutral'],
  ['claim', 'distancing'], ['claims', 'distancing'], ['allegation', 'distancing'], ['allegations', 'distancing'], ['assertion', 'distancing'],
  ['accusation', 'neutral'], ['accusations', 'neutral'], ['insistence', 'distancing'], ['denial', 'distancing'],
  ['admission', 'assertive'], ['confirmation', 'assertive'], ['finding', 'assertive'], ['findings', 'assertive'],
  ['estimate', 'tentative'], ['estimates', 'tentative'], ['belief', 'tentative'], ['view', 'tentative'], ['fear', 'tentative'],
  ['fears', 'tentative'], ['hope', 'tentative'], ['suggestion', 'tentative'], ['prediction', 'tentative'],
  ...`comment remark criticism praise support opposition endorsement calls plan plans proposal proposals promises pledges
  warnings threat threats position stance decision response reaction emphasis disdain contempt admiration adulation
  abandonment rejection embrace defense defence attack attacks condemnation dismissal conclusion determination theory
  idea ideas vision demands request appeal refusal commitment vow opinion assessment analysis forecast concern concerns
  hopes beliefs views missive missives
  obsession skepticism scepticism distrust mistrust enthusiasm hostility antipathy aversion animosity fascination`.split(/\s+/).filter(Boolean).map((w): [string, Stance] => [w, 'neutral']),
]);

/**
 * Nouns of intent whose possessor's infinitive is what they stand for ("her decision to meet
 * ...", "his refusal to use ...", "Trump's latest effort to bounce back").
 */
export const INTENT_NOUNS: ReadonlySet<string> = new Set(`decision decisions plan plans refusal determination effort
  call calls promise promises pledge pledges vow vows threat threats bid demand demands proposal intention willingness
  reluctance desire eagerness`.split(/\s+/).filter(Boolean));

/** Prepositions that open a nominal cue's content ("disdain for", "comment about"). */
export const NOMINAL_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'of', 'on', 'for', 'against', 'over', 'with']);

/** Nouns that are counts and figures: a possessor's one is attributed ("the ministry's figure"). */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set(['figure', 'figures', 'tally', 'count', 'data', 'estimate', 'estimates', 'toll', 'numbers', 'statistics']);

/** Hedging adverbs: the reporter relays a claim without vouching for it. */
export const HEDGES: ReadonlySet<string> = new Set(['allegedly', 'reportedly', 'purportedly', 'supposedly', 'apparently', 'ostensibly', 'seemingly', 'reputedly']);

/** Stance of a hedge used alone as the cue of an unattributed claim. */
export const HEDGE_STANCE: Stance = 'distancing';
