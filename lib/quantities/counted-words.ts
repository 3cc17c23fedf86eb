import { wordSet } from './lexicon';
import { TOLL_NOUNS, predicateOf } from './predicates';

/** The word lists of counted.ts: where a counted noun phrase stops, and which words are verbs there. */
export const STOP: ReadonlySet<string> = wordSet([
  'the', 'a', 'an', 'in', 'on', 'at', 'from', 'to', 'by', 'with', 'for', 'during', 'after', 'before', 'across', 'into',
  'over', 'under', 'near', 'since', 'than', 'as', 'who', 'that', 'which', 'whom', 'whose', 'were', 'was', 'are', 'is', 'be',
  'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'do', 'does',
  'or', 'but', 'while', 'when', 'where', 'per', 'each', 'according', 'said', 'says', 'say', 'including', 'also', 'still', 'now',
  'this', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'there', 'they', 'it', 'he', 'she', 'we', 'you', 'i',
  'not', 'no', 'only', 'just', 'so', 'such', 'if', 'because', 'about', 'around', 'between', 'against', 'through', 'out', 'up',
  'down', 'off', 'ago', 'later', 'earlier', 'last', 'next', 'more', 'less', 'fewer', 'of', 'among', 'amid', 'away', 'old',
  'then', 'here', 'all', 'both', 'yet', 'again', 'too', 'very', 'what', 'whether', 'like', 'unlike', 'via', 'toward', 'towards',
  'within', 'without', 'every', 'apiece', 'upon', 'onto', 'behind', 'beyond', 'despite', 'until', 'till', 'whereas', 'although', 'though',
]);
/** Heads after which "of"/"among" continues the phrase ("casualties among police", "categories of products"). */
export const CONTINUE_HEADS = new Set(['casualties', 'deaths', 'members', 'categories', 'kinds', 'types', 'pieces', 'rounds', 'tons', 'tonnes', 'barrels', 'cases', 'units', 'hectares', 'acres', 'sets', 'pairs', 'groups', 'bottles', 'cups', 'bags', 'packs', 'hours', 'days', 'years', 'percent', 'dozens', 'hundreds', 'thousands', 'millions', 'injuries', 'fatalities', 'victims', 'litres', 'gallons', 'square', 'miles', 'kilometres', 'kilometers']);
/** Verbs that end a noun phrase even as its first word ("382 remained", "12 died"). */
export const FINITE_VERBS = /^(say|said|says|told|tell|is|are|was|were|died|die|remain|remains|remained|face|faces|fled|went|came|got|took|made|saw|fell|rose|grew|won|ran|cost|paid|spent|gave|sent|brought|kept|became|stood|lay|sat|began|fought|sought|struck|stole|left|returned|arrived|survived|perished|escaped|given|taken|seen|known|shown|found|thrown|driven|born|written|caught|bought|built|told|made|gone)$/;

/** Present-tense verbs that follow a counted noun in news ("1 in 4 residents live", "52 percent support"). */
export const PRESENT_VERBS = /^(live|lives|work|works|say|think|believe|support|supports|oppose|favor|favour|approve|disapprove|want|wants|need|needs|agree|expect|plan|own|use|face|lack|remain|earn|get|come|go|vote|voted|backs?|prefer|prefers|see|sees|commit|commits|open)$/;

export function isVerbish(w: string): boolean {
  return /(ed|ing)$/.test(w) && !/^(building|buildings|housing|ceiling|offspring|evening|morning|spending|funding|meeting|wedding|bedding|feed|seed|speed|need|hundred|red|bed|shed|breed|sled|weed)$/.test(w) || FINITE_VERBS.test(w) || /^(dead|hit|left|lost|held|set|put|hurt)$/.test(w) || PRESENT_VERBS.test(w);
}


/** A word that says what happened to what is counted ("dead", "injured", "deaths"). */
export function isPredicateWord(w: string): boolean {
  return predicateOf(w) !== null && (TOLL_NOUNS.has(w) || /ed$/.test(w) || /^(dead|missing|hurt|homeless)$/.test(w));
}
