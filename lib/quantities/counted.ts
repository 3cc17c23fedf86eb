import type { Token } from './tokens';
import type { Mention } from './mention';
import { predicateOf, TOLL_NOUNS } from './predicates';
import { DOWN_NOUNS, UP_NOUNS } from './multipliers';

/**
 * What is counted: the noun phrase after the number ("police officers and military servicemen"),
 * the event predicate governing it ("killed", from "have been killed" after it or "killing"
 * before it), the counted noun as the unit of a count, and whether the figure is a part of
 * another ("including 26 foreigners", "of whom 100 were women").
 */
const STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'from', 'to', 'by', 'with', 'for', 'during', 'after', 'before', 'across', 'into',
  'over', 'under', 'near', 'since', 'than', 'as', 'who', 'that', 'which', 'whom', 'whose', 'were', 'was', 'are', 'is', 'be',
  'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'do', 'does',
  'or', 'but', 'while', 'when', 'where', 'per', 'each', 'according', 'said', 'says', 'say', 'including', 'also', 'still', 'now',
  'this', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'there', 'they', 'it', 'he', 'she', 'we', 'you', 'i',
  'not', 'no', 'only', 'just', 'so', 'such', 'if', 'because', 'about', 'around', 'between', 'against', 'through', 'out', 'up',
  'down', 'off', 'ago', 'later', 'earlier', 'last', 'next', 'more', 'less', 'fewer', 'of', 'among', 'amid', 'away', 'old',
  'then', 'here', 'all', 'both', 'yet', 'again', 'too', 'very', 'what', 'whether', 'like', 'unlike', 'via', 'toward', 'towards',
  'within', 'without', 'upon', 'onto', 'behind', 'beyond', 'despite', 'until', 'till', 'whereas', 'although', 'though',
]);
/** Heads after which "of"/"among" continues the phrase ("casualties among police", "categories of products"). */
const CONTINUE_HEADS = new Set(['casualties', 'deaths', 'members', 'categories', 'kinds', 'types', 'pieces', 'rounds', 'tons', 'tonnes', 'barrels', 'cases', 'units', 'hectares', 'acres', 'sets', 'pairs', 'groups', 'bottles', 'cups', 'bags', 'packs', 'hours', 'days', 'years', 'percent', 'dozens', 'hundreds', 'thousands', 'millions', 'injuries', 'fatalities', 'victims', 'litres', 'gallons', 'square', 'miles', 'kilometres', 'kilometers']);
const PART_CUES: ReadonlyArray<string[]> = [['including'], ['among', 'them'], ['of', 'whom'], ['of', 'which'], ['of', 'them'], ['among', 'whom'], ['among', 'those'], ['among', 'the', 'dead'], ['among', 'the', 'victims'], ['included']];
/** Words allowed between a predicate and the figure when the predicate comes first ("killing at least", "the death toll rose to"). */
const BACK_FILLER = /^(the|a|an|at|least|to|rose|risen|has|have|had|stood|reached|of|climbed|jumped|increased|is|was|now|some|about|nearly|almost|more|than|up|over|around|another|further|official|officially|total|grew|hit|been|reportedly|had|and|with|figure|number)$/;

export function readCounted(tokens: readonly Token[], mentions: Mention[]): void {
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.dropped || !/^(count|vague|money|percent|measure|multiplier)$/.test(m.kind)) continue;
    const nextStart = mentions.slice(n + 1).find((x) => !x.dropped)?.first ?? tokens.length;
    const phrase = nounPhrase(tokens, m, nextStart);
    let predicate: string | null = null;
    let words = phrase.words;
    // "12 dead", "26 injured people", "18 casualties": a predicate inside the phrase.
    for (const w of words) {
      const p = predicateOf(w.toLowerCase());
      if (p && (TOLL_NOUNS.has(w.toLowerCase()) || /ed$|^(dead|missing|hurt)$/.test(w.toLowerCase()))) {
        predicate = p;
        break;
      }
    }
    predicate ??= predicateBefore(tokens, m) ?? predicateAfter(tokens, phrase.end, nextStart);
    if (m.kind === 'count' || m.kind === 'vague') {
      // "hundreds injured", "12 dead": the predicate is not a counted noun.
      m.unit = predicate && predicateOf(phrase.head.toLowerCase()) === predicate && phrase.head.toLowerCase() !== 'casualties' ? '' : phrase.head;
      if (m.unit.toLowerCase() === 'casualties') predicate = 'casualties';
      // The figure's text runs to the counted noun, as a reader would quote it ("more than 5,700 categories").
      if (phrase.headEnd > m.last && m.unit) m.last = phrase.headEnd;
    }
    // A predicate word that is also the head ("12 dead", "300 injured") is said once; a toll noun
    // before "among"/"of" moves after the people it counts ("casualties among police" -> "police casualties").
    words = words.filter((w) => !(predicate && predicateOf(w.toLowerCase()) === predicate && w.toLowerCase() !== 'casualties' && /ed$|^(dead|hurt|missing)$/.test(w.toLowerCase())));
    if (words.length > 2 && TOLL_NOUNS.has(words[0]!.toLowerCase()) && /^(among|of)$/i.test(words[1]!)) words = words.slice(2);
    const body = words.join(' ');
    const noun = body || (m.kind === 'count' || m.kind === 'vague' ? '' : m.unit);
    m.what = [noun, predicate && !body.toLowerCase().split(' ').includes(predicate) ? predicate : ''].filter(Boolean).join(' ');
    m.predicate = predicate;
    m.part = isPart(tokens, m);
  }
}

interface Phrase {
  words: string[];
  head: string;
  /** Token index of the head noun's last word, -1 if none. */
  headEnd: number;
  end: number;
}

function nounPhrase(tokens: readonly Token[], m: Mention, limit: number): Phrase {
  const words: string[] = [];
  let head = '';
  let j = m.last + 1;
  if (tokens[j]?.lower === 'of' && (m.kind === 'vague' || m.kind === 'percent' || m.kind === 'money' || m.kind === 'measure')) j++;
  if (m.kind === 'count' && tokens[j]?.lower === 'of' && (tokens[j + 1]?.lower === 'the' || tokens[j + 1]?.lower === 'them')) j += 2;
  if (tokens[j]?.lower === 'the' && m.kind !== 'count') j++;
  let segment = true;
  let headEnd = -1;
  for (; j < limit && words.length < 7; j++) {
    const t = tokens[j]!;
    const w = t.lower;
    if (t.kind === 'punct') {
      // "law-enforcement", "self-employed": a tight hyphen joins two words.
      if (w === '-' && !t.gap && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.gap && words.length) {
        words[words.length - 1] += '-' + tokens[j + 1]!.text;
        if (segment) {
          head = words.join(' ');
          headEnd = j + 1;
        }
        j++;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    if (w === 'and' || w === '&') {
      const after = tokens[j + 1];
      if (!words.length || !after || after.kind !== 'word' || STOP.has(after.lower) || isVerbish(after.lower) || j + 1 >= limit) break;
      words.push(t.text);
      segment = false;
      continue;
    }
    const previous = words[words.length - 1]?.toLowerCase() ?? '';
    if (((w === 'of' || w === 'among') && CONTINUE_HEADS.has(previous)) || (w === 'in' && (UP_NOUNS.test(previous) || DOWN_NOUNS.test(previous)))) {
      const after = tokens[j + 1];
      if (!after || after.kind !== 'word' || STOP.has(after.lower)) break;
      words.push(t.text);
      segment = false;
      continue;
    }
    if (STOP.has(w) || /ly$/.test(w) && w.length > 4 && !/^(family|supply|july|italy|ally|rally|assembly|belly)$/.test(w)) break;
    if (words.length && isVerbish(w) && !/^(and|&|of|among|in)$/.test(previous)) break;
    words.push(t.text);
    if (segment) {
      head = words.join(' ');
      headEnd = j;
    }
  }
  // Drop a dangling "and"/"of" at the end.
  while (words.length && /^(and|&|of|among|in)$/i.test(words[words.length - 1]!)) words.pop();
  return { words, head, headEnd, end: j };
}

function isVerbish(w: string): boolean {
  return /(ed|ing)$/.test(w) && !/^(building|buildings|housing|ceiling|offspring|evening|morning|meeting|wedding|bedding|feed|seed|speed|need|hundred|red|bed|shed|breed|sled|weed)$/.test(w) || /^(say|said|told|tell|is|are|died|die|dead|remain|remains|remained|face|faces|fled|hit|left|lost|went|came|got|took|made|saw|fell|rose|grew|held|won|ran|set|put|cost|paid|spent|gave|sent|brought|kept|became|stood|lay|sat|began|fought|sought|struck|stole|hurt)$/.test(w);
}

function predicateBefore(tokens: readonly Token[], m: Mention): string | null {
  for (let k = m.first - 1; k >= 0 && k >= m.first - 6; k--) {
    const w = tokens[k]!.lower;
    const p = predicateOf(w);
    if (p && (/(ed|ing)$/.test(w) || TOLL_NOUNS.has(w) || w === 'hurt')) return p;
    if (!BACK_FILLER.test(w)) return null;
  }
  return null;
}

function predicateAfter(tokens: readonly Token[], from: number, limit: number): string | null {
  for (let k = from; k < limit && k < from + 8; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /^[,;:.!?()]$/.test(t.lower)) return null;
    const p = predicateOf(t.lower);
    if (p) return p;
  }
  return null;
}

function isPart(tokens: readonly Token[], m: Mention): boolean {
  const i = m.first - 1;
  if (PART_CUES.some((cue) => {
    for (let k = 0; k < cue.length; k++) if (tokens[i - cue.length + 1 + k]?.lower !== cue[k]) return false;
    return true;
  })) return true;
  // "18 of the 20 victims": the figure names a share of a whole.
  return tokens[m.last + 1]?.lower === 'of' && (tokens[m.last + 2]?.lower === 'the' || tokens[m.last + 2]?.lower === 'them' || tokens[m.last + 2]?.lower === 'whom');
}
