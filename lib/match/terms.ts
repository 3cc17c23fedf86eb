import type { Report } from '../model';
import { NON_EVENT_KINDS } from '../model';
import { COMMON_NEWS_WORDS, NOT_NAMES, STOPWORDS, fold, isCapitalised, words } from './words';

/**
 * The event signature of a report: the few terms that say which event it is about.
 *
 * Terms are plain strings with a one-letter prefix so that one IndexedDB multiEntry index can
 * hold them all ("e:beirut" a name, "w:explosion" a content word, "n:2700" a figure value).
 * The extension stores them on each report (`terms`) and asks the index for candidates by term;
 * EventIndex does the same in memory for Node, the bench and the command.
 */

/** How many terms of each sort a report keeps: enough to match, small enough to index. */
export const MAX_NAME_TERMS = 20;
export const MAX_PHRASE_TERMS = 8;
export const MAX_WORD_TERMS = 20;
export const MAX_NUMBER_TERMS = 8;

/** How much a shared term of each sort counts, before its rarity (idf) is applied. */
export const TERM_WEIGHT: Readonly<Record<string, number>> = { e: 2, w: 1, n: 1.2 };

/** Title and lead words say what the story is about more than the tenth paragraph does. */
const TITLE_BONUS = 3;
const LEAD_BONUS = 1;
const LEAD_CHARS = 400;
/** Tally a name needs: twice in the body, or once in the title or lead. */
const MIN_NAME_WEIGHT = 2;

export function termWeight(term: string): number {
  return TERM_WEIGHT[term[0]!] ?? 1;
}

interface Tally {
  names: Map<string, number>;
  others: Map<string, number>;
}

function sentenceStarts(report: Pick<Report, 'text' | 'sentences'>): Set<number> {
  const starts = new Set<number>([0]);
  for (const s of report.sentences ?? []) {
    let i = s.start;
    while (i < s.end && !/\p{L}/u.test(report.text[i]!)) i++;
    starts.add(i);
  }
  // Lines are paragraphs (titles, captions): a capital after a line break is no sign of a name.
  for (const m of report.text.matchAll(/\n[^\p{L}]*/gu)) starts.add(m.index! + m[0].length);
  return starts;
}

function tallyWords(text: string, offset: number, starts: Set<number>, bonus: (at: number) => number, into: Tally, capitalisedMidSentence: Set<string>): void {
  for (const w of words(text)) {
    const key = fold(w.text);
    if (key.length < 3 || STOPWORDS.has(key) || /\d/.test(key)) continue;
    const at = w.start + offset;
    const name = isCapitalised(w.text) && !NOT_NAMES.has(key) && (!starts.has(at) || capitalisedMidSentence.has(key));
    const map = name ? into.names : into.others;
    map.set(key, (map.get(key) ?? 0) + bonus(at));
  }
}

/** Names are capitalised words seen capitalised inside a sentence at least once (not "Crews" opening one). */
function namesMidSentence(text: string, starts: Set<number>): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) if (isCapitalised(w.text) && !starts.has(w.start)) out.add(fold(w.text));
  return out;
}

/**
 * Runs of two or more capitalised words inside a sentence ("Hurricane Ian", "Champlain Towers
 * South"): a name phrase tells two storms apart where its words alone do not.
 */
function namePhrases(text: string, starts: Set<number>, midNames: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  let run: string[] = [];
  let lastEnd = -1;
  const flush = () => {
    if (run.length >= 2) {
      const key = run.join(' ');
      out.set(key, (out.get(key) ?? 0) + 1);
    }
    run = [];
  };
  for (const w of words(text)) {
    const key = fold(w.text);
    const name = isCapitalised(w.text) && !NOT_NAMES.has(key) && !STOPWORDS.has(key) && (!starts.has(w.start) || midNames.has(key));
    if (!name || (run.length && !/^ $/.test(text.slice(lastEnd, w.start)))) flush();
    if (name) run.push(key);
    lastEnd = w.end;
  }
  flush();
  return out;
}

function top(map: Map<string, number>, n: number, skip: (k: string) => boolean): string[] {
  return [...map.entries()]
    .filter(([k]) => !skip(k))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);
}

/** Figure values that can identify an event: counts and amounts, not years, dates or small numbers. */
function numberTerms(report: Pick<Report, 'figures'>): string[] {
  const seen = new Set<string>();
  for (const f of report.figures ?? []) {
    if (NON_EVENT_KINDS.has(f.kind) || f.kind === 'vague' || f.kind === 'percent') continue;
    if (!Number.isFinite(f.value) || f.value < 10) continue;
    seen.add('n:' + String(Math.round(f.value * 100) / 100));
    if (seen.size >= MAX_NUMBER_TERMS) break;
  }
  return [...seen];
}

/**
 * The article text without the lines that are page furniture rather than story: short lines
 * with no sentence ending ("News", "Nation & World", "Tags: ...", share buttons). They are
 * blanked, not removed, so offsets stay those of the text.
 */
function storyText(text: string): string {
  return text.replace(/^[^\n]*$/gm, (line) => {
    const count = words(line).length;
    const sentence = /[.!?…"”»)]\s*$/.test(line.trim());
    return count >= 6 || (sentence && count >= 3) ? line : ' '.repeat(line.length);
  });
}

/**
 * The event signature terms of a report, most telling first.
 *
 * @example
 * eventTerms(report) // ['e:beirut', 'e:lebanon', 'w:explosion', 'w:port', 'n:135', ...]
 */
export function eventTerms(report: Pick<Report, 'text' | 'title' | 'sentences' | 'figures'> & { outlet?: string }): string[] {
  const text = storyText(report.text ?? '');
  const title = report.title ?? '';
  // The outlet's own name is on every one of its pages, whatever the event.
  const outletWords = new Set(words(report.outlet ?? '').map((w) => fold(w.text)));
  const starts = sentenceStarts(report);
  const midNames = namesMidSentence(text, starts);
  const lowerSeen = new Set(words(text).filter((w) => !isCapitalised(w.text)).map((w) => fold(w.text)));
  const phrases = namePhrases(text, starts, midNames);
  const lead = (title + ' ' + text.slice(0, LEAD_CHARS)).toLowerCase();
  const phraseInLead = (k: string) => lead.includes(k);
  // A title is all capitals in some styles ("Death Toll Rises"): its words count only as content
  // words unless the body shows them as names.
  const titleTally: Tally = { names: new Map(), others: new Map() };
  tallyWords(title, 0, new Set(), () => TITLE_BONUS, titleTally, new Set());
  const tally: Tally = { names: new Map(), others: new Map() };
  tallyWords(text, 0, starts, (at) => 1 + (at < LEAD_CHARS ? LEAD_BONUS : 0), tally, midNames);
  for (const [k, n] of [...titleTally.names, ...titleTally.others]) {
    const map = midNames.has(k) ? tally.names : tally.others;
    map.set(k, (map.get(k) ?? 0) + n);
  }
  // A word the text also writes in lower case is a common noun in a name ("Hurricane Ian",
  // "Lee County"): it tells events apart no better than any content word.
  for (const [k, n] of tally.names) {
    if (!lowerSeen.has(k)) continue;
    tally.others.set(k, (tally.others.get(k) ?? 0) + n);
    tally.names.delete(k);
  }
  // A name met once in passing deep in the story (a bystander, a company) says little about
  // the event; names in the title or lead, or met twice, do.
  const names = [
    ...top(phrases, MAX_PHRASE_TERMS, (k) => (phrases.get(k) ?? 0) < MIN_NAME_WEIGHT && !phraseInLead(k) || k.split(' ').some((w) => outletWords.has(w))),
    ...top(tally.names, MAX_NAME_TERMS, (k) => (tally.names.get(k) ?? 0) < MIN_NAME_WEIGHT || outletWords.has(k) || COMMON_NEWS_WORDS.has(k)),
  ];
  const nameSet = new Set(names);
  const others = top(tally.others, MAX_WORD_TERMS, (k) => COMMON_NEWS_WORDS.has(k) || nameSet.has(k) || outletWords.has(k));
  return [...names.map((k) => 'e:' + k), ...others.map((k) => 'w:' + k), ...numberTerms(report)];
}
