import type { Token } from './tokens';
import type { Mention } from './mention';
import { predicateOf, TOLL_NOUNS } from './predicates';
import { DOWN_NOUNS, UP_NOUNS } from './multipliers';
import { CONTINUE_HEADS, STOP, isPredicateWord, isVerbish } from './counted-words';
import { endsPhrase, leadingAdjective } from './counted-stops';
import { countsTheAmount, moneyInNoun, nounListEnd, numberOfSubject, pronounNoun, wholeAfter } from './counted-context';

/**
 * What is counted: the noun phrase after the number ("police officers and military servicemen"),
 * the event predicate governing it ("killed", from "have been killed" after it or "killing"
 * before it), the counted noun as the unit of a count, and whether the figure is a part of
 * another ("including 26 foreigners", "of whom 100 were women").
 */
const PART_CUES: ReadonlyArray<string[]> = [['including'], ['among', 'them'], ['of', 'whom'], ['of', 'which'], ['of', 'them'], ['among', 'whom'], ['among', 'those'], ['among', 'the', 'dead'], ['among', 'the', 'victims'], ['included'], ['of', 'those'], ['of', 'these'], ['among', 'these']];
const PART_CUE_LAST_WORDS: ReadonlySet<string> = new Set(PART_CUES.map((cue) => cue[cue.length - 1]!));
/** Words allowed between a predicate and the figure when the predicate comes first ("killing at least", "the death toll rose to"). */
const BACK_FILLER = /^(the|a|an|at|least|to|rose|risen|has|have|had|stood|reached|of|climbed|jumped|increased|is|was|now|some|about|nearly|almost|more|than|up|over|around|another|further|official|officially|total|grew|hit|been|reportedly|with|figure|number)$/;
// Module constants, not literals in the functions: the bundler (esbuild, node and chrome targets)
// writes a \p{...} literal as `new RegExp(...)`, a new object each time it is reached.
const UPPER_FIRST = /^\p{Lu}/u;
const LONE_CAPITAL = /^\p{Lu}$/u;

export function readCounted(tokens: readonly Token[], mentions: Mention[]): void {
  // Where the next figure starts, for each figure: a phrase never runs into it.
  const nextStarts: number[] = new Array(mentions.length);
  for (let n = mentions.length - 1, next = tokens.length; n >= 0; n--) {
    nextStarts[n] = next;
    if (!mentions[n]!.dropped) next = mentions[n]!.first;
  }
  let wholePredicate: string | null = null;
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.dropped || !/^(count|vague|money|percent|measure|multiplier)$/.test(m.kind)) continue;
    const nextStart = nextStarts[n]!;
    const phrase = nounPhrase(tokens, m, nextStart);
    let predicate: string | null = null;
    let words = phrase.words;
    m.part = isPart(tokens, m);
    // "12 dead", "26 injured people", "18 casualties": a predicate inside the phrase.
    const inside = words.find((w) => isPredicateWord(w.toLowerCase()));
    if (inside) predicate = predicateOf(inside.toLowerCase());
    if (m.kind === 'count' || m.kind === 'vague') {
      // Nearest first: "2,500 others hurt" before "had been killed" earlier in the sentence.
      predicate ??= predicateAfter(tokens, phrase.end, Math.min(nextStart, phrase.end + 4)) ?? predicateBefore(tokens, m) ?? predicateAfter(tokens, phrase.end, nextStart);
      if (!predicate && !phrase.words.length) predicate = clauseSubject(tokens, m, n ? mentions[n - 1]!.last : -1);
      // "The number of residents known to be safe ... stands at 200": the clause named what is counted.
      if (!phrase.words.length) words = numberOfSubject(tokens, m.first, previousFigureEnd(mentions, n));
    }
    // "compensation of Rs 10 lakh", "a rise of 5%": the noun before "of" is what the amount is.
    if (!phrase.words.length && m.kind !== 'count' && m.kind !== 'vague' && tokens[m.first - 1]?.lower === 'of' && !countsTheAmount(tokens, m.first - 1)) {
      words = nounBefore(tokens, m.first - 2);
    }
    if (m.kind === 'count' || m.kind === 'vague') {
      // "hundreds injured", "12 dead": the predicate is not a counted noun.
      // ("nine deaths" keeps its noun: a toll noun is counted, an adjective is not.)
      m.unit = predicate && predicateOf(phrase.head.toLowerCase()) === predicate && !/s$/.test(phrase.head) ? '' : phrase.head;
      if (m.unit.toLowerCase() === 'casualties') predicate = 'casualties';
      // The figure's text runs to the counted noun, as a reader would quote it ("more than 5,700 categories").
      if (phrase.headEnd > m.last && m.unit) m.last = phrase.headEnd;
    }
    // An adjective predicate ("12 dead", "300 injured") is said once, after the noun; a toll noun
    // before "among"/"of" moves after the people it counts ("casualties among police" -> "police casualties").
    words = words.filter((w) => !(predicate && predicateOf(w.toLowerCase()) === predicate && !TOLL_NOUNS.has(w.toLowerCase()) && isPredicateWord(w.toLowerCase())));
    if (words.length > 2 && TOLL_NOUNS.has(words[0]!.toLowerCase()) && /^(among|of)$/i.test(words[1]!)) words = [...words.slice(2), words[0]!];
    // A measure names its unit ("miles of underground cable"); a sum or a share names only the thing.
    // "by 5 percentage points": points are what a change of a share is counted in.
    if (m.kind === 'percent' && !words.length && /^percentage points?$/.test(m.unit)) words = [tokens[m.last - 1]!.text, tokens[m.last]!.text];
    if (m.kind === 'measure' && m.unit) words = [m.unit, ...(tokens[m.last + 1]?.lower === 'of' && words.length ? ['of'] : []), ...words];
    const body = words.join(' ');
    const noun = body;
    const named = words.some((w) => predicateOf(w.toLowerCase()) === predicate);
    const said = predicate && !named ? predicate : '';
    m.what = noun && said ? noun + ' ' + said : noun || said;
    m.predicate = predicate;
    // "killed 19 people, including 17 foreigners": a part shares what happened to the whole.
    if (m.part && !m.predicate && wholePredicate && (m.kind === 'count' || m.kind === 'vague')) {
      m.predicate = wholePredicate;
      m.what = [m.what, wholePredicate].filter(Boolean).join(' ');
    }
    if (m.predicate) wholePredicate = m.predicate;
  }
  // "four of the five participants": the part counts what its whole counts.
  for (let n = 0; n < mentions.length - 1; n++) {
    const m = mentions[n]!;
    if (!m.dropped && m.kind === 'count' && !m.what && wholeAfter(tokens, m, mentions[n + 1])) m.what = mentions[n + 1]!.what;
  }
  // "40 people were hurt and 12 of them died": "them" are people.
  for (let n = 1; n < mentions.length; n++) {
    const m = mentions[n]!;
    const noun = m.part && m.kind === 'count' && !m.dropped ? pronounNoun(tokens, mentions, n) : '';
    if (noun && !m.what.split(' ').includes(noun)) m.what = m.what ? noun + ' ' + m.what : noun;
  }
}

/** The last token of the figure of the event before mention n (a date or an age does not end a clause's subject). */
function previousFigureEnd(mentions: readonly Mention[], n: number): number {
  for (let k = n - 1; k >= 0; k--) if (!mentions[k]!.dropped && /^(count|vague|money|percent|measure|multiplier)$/.test(mentions[k]!.kind)) return mentions[k]!.last;
  return -1;
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
  if (tokens[j]?.lower === 'of' && m.kind !== 'count') j++;
  if (m.kind === 'count' && tokens[j]?.lower === 'of' && (tokens[j + 1]?.lower === 'the' || tokens[j + 1]?.lower === 'them')) j += 2;
  if (/^(the|its|their|his|her|our)$/.test(tokens[j]?.lower ?? '') && m.kind !== 'count') j++;
  if (m.kind === 'money' && moneyInNoun(tokens, j)) j++;
  let segment = true;
  let headEnd = -1;
  // "three-train collision", "40-foot-tall tubes": the number (or the measure) modifies a compound; read from the word after the hyphen.
  if (tokens[j]?.lower === '-' && !tokens[j]!.gap && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.gap && (m.kind === 'count' || m.kind === 'measure' && !tokens[m.last]!.gap)) j++;
  // "two “choice targets”", "three more noble gases": quotes and "more" are not part of what is counted.
  if (/^["“‘']$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.kind === 'word') j++;
  if (/^(more|additional|further|other|extra|new|such)$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.kind === 'word' && !STOP.has(tokens[j + 1]!.lower)) j++;
  for (; j < limit && words.length < 7; j++) {
    const t = tokens[j]!;
    const w = t.lower;
    if (t.kind === 'punct') {
      // "62 individuals, companies and unions": a list of nouns goes on after a comma.
      const listEnd = w === ',' && words.length ? nounListEnd(tokens, j, limit, UPPER_FIRST.test(words[0]!)) : -1;
      if (listEnd > 0) {
        for (let k = j + 1; k <= listEnd; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!.text);
        j = listEnd;
        segment = false;
        continue;
      }
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
      // "police officers and military servicemen", not "four deaths and Charlotte County".
      if (UPPER_FIRST.test(after.text) !== UPPER_FIRST.test(words[0]!)) break;
      words.push(t.text);
      segment = false;
      continue;
    }
    const previous = words[words.length - 1]?.toLowerCase() ?? '';
    if (words.length && (w === 'of' || (w === 'among' && CONTINUE_HEADS.has(previous)) || (w === 'in' && (UP_NOUNS.test(previous) || DOWN_NOUNS.test(previous))))) {
      // "categories of products", "miles of the city's streets", "casualties among police officers".
      const skipThe = /^(the|its|their|his|her|our)$/.test(tokens[j + 1]?.lower ?? '') ? 1 : 0;
      const after = tokens[j + 1 + skipThe];
      // An -ed/-ing word right after is an adjective only if a noun follows it ("in liquefied petroleum gas").
      const adjective = tokens[j + 2 + skipThe]?.kind === 'word' && !STOP.has(tokens[j + 2 + skipThe]!.lower);
      if (!after || after.kind !== 'word' || STOP.has(after.lower) || (isVerbish(after.lower) && !adjective) || j + 1 + skipThe >= limit) break;
      words.push(t.text);
      if (skipThe) words.push(tokens[j + 1]!.text);
      j += skipThe;
      segment = false;
      continue;
    }
    if (w.length === 1 && !LONE_CAPITAL.test(t.text) || STOP.has(w) && !leadingAdjective(tokens, j, words.length) || /ly$/.test(w) && w.length > 4 && !/^(family|supply|july|italy|ally|rally|assembly|belly)$/.test(w)) break;
    if (endsPhrase(tokens, j, m.kind, words)) break;
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

function predicateBefore(tokens: readonly Token[], m: Mention): string | null {
  for (let k = m.first - 1; k >= 0 && k >= m.first - 6; k--) {
    const w = tokens[k]!.lower;
    const p = predicateOf(w);
    if (p && (/(ed|ing)$/.test(w) || TOLL_NOUNS.has(w) || w === 'hurt')) return p;
    if (!BACK_FILLER.test(w)) return null;
  }
  return null;
}

/**
 * A number without a noun of its own takes the toll named earlier in its clause: "the number of
 * people killed ... has now reached 261", "the death toll had been revised to 275".
 */
function clauseSubject(tokens: readonly Token[], m: Mention, previousEnd: number): string | null {
  for (let k = m.first - 1; k > previousEnd && k >= m.first - 16; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /^[;:.!?]$/.test(t.lower)) return null;
    const p = predicateOf(t.lower);
    if (p) return p;
  }
  return null;
}

/** Up to two words before index i, stopping at function words ("ex gratia compensation" -> "gratia compensation"). */
function nounBefore(tokens: readonly Token[], i: number): string[] {
  const words: string[] = [];
  for (let k = i; k >= 0 && k > i - 2; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || STOP.has(t.lower) || isVerbish(t.lower)) break;
    words.unshift(t.text);
  }
  // "a margin of error of 4.5 points": the noun ends a phrase of its own, not what the figure is.
  return tokens[i - words.length]?.lower === 'of' ? [] : words;
}

function predicateAfter(tokens: readonly Token[], from: number, limit: number): string | null {
  for (let k = from; k < limit && k < from + 8; k++) {
    const t = tokens[k]!;
    // A new clause ("... and injuring several others") has its own predicate.
    if ((t.kind === 'punct' && /^[,;:.!?()]$/.test(t.lower)) || /^(and|or|but|while|whereas|as|after|before|when)$/.test(t.lower)) return null;
    const p = predicateOf(t.lower);
    if (p) return p;
  }
  return null;
}

function isPart(tokens: readonly Token[], m: Mention): boolean {
  // "Of those, 793 ...": a comma may close the cue.
  const i = tokens[m.first - 1]?.lower === ',' ? m.first - 2 : m.first - 1;
  // A cue ends with one of a few words: the cues are matched only when the word at i is one.
  if (PART_CUE_LAST_WORDS.has(tokens[i]?.lower ?? '') && PART_CUES.some((cue) => {
    for (let k = 0; k < cue.length; k++) if (tokens[i - cue.length + 1 + k]?.lower !== cue[k]) return false;
    return true;
  })) return true;
  // "18 of the 20 victims": the figure names a share of a whole.
  return tokens[m.last + 1]?.lower === 'of' && (tokens[m.last + 2]?.lower === 'the' || tokens[m.last + 2]?.lower === 'them' || tokens[m.last + 2]?.lower === 'whom');
}
