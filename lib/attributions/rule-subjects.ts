import type { Token } from './tokens';
import type { Frame } from './frames';
import { contentAfter, type Page } from './content';
import { isAuxiliary, isClauseBreak, isComma, isCueAdverb, isEnd, isLeadingLink } from './words';

/**
 * Rules and laws as speakers: "DNC rules permit members to appoint proxies", "The party's
 * existing rules empower the DNC to name a replacement", "The 1951 Refugee Convention, which
 * most nations signed, obligates countries to offer protection", "A contentious visa program
 * that allows wealthy foreigners to obtain citizenship", "Article 21 in the U.N. Charter that
 * allows for sanctions", "conduct standards that prohibit lawyers from representing cases".
 * PolNeAR reads what a rule grants or forbids as the rule's statement. Only the verbs of leave
 * and ban: "requires" and a modal ("a provision that would allow") the corpus mostly leaves
 * unmarked, so they are not read.
 */

/** Nouns of written rules: laws, charters, programs and their parts. */
const RULE_NOUNS = new Set(`rule rules bylaws law laws statute statutes charter convention conventions treaty treaties
accord accords constitution amendment article act bill legislation regulation regulations standards code ordinance
policy policies program programme provision provisions guidelines directive`.split(/\s+/));

/** The verbs of leave and ban, in the present and past, each with its lemma. */
export const RULE_VERBS: ReadonlyMap<string, string> = new Map([
  ...['allows', 'allow', 'allowed'].map((w) => [w, 'allow'] as const),
  ...['permits', 'permit', 'permitted'].map((w) => [w, 'permit'] as const),
  ...['prohibits', 'prohibit', 'prohibited'].map((w) => [w, 'prohibit'] as const),
  ...['forbids', 'forbid', 'forbade'].map((w) => [w, 'forbid'] as const),
  ...['obligates', 'obligate', 'obligated'].map((w) => [w, 'obligate'] as const),
  ...['empowers', 'empower', 'empowered'].map((w) => [w, 'empower'] as const),
  ...['authorizes', 'authorize', 'authorized', 'authorises', 'authorise', 'authorised'].map((w) => [w, 'authorize'] as const),
  ...['entitles', 'entitle', 'entitled'].map((w) => [w, 'entitle'] as const),
]);

/** Longest noun phrase read back from the rule noun, in tokens. */
const MAX_SUBJECT = 10;
/** Longest comma aside between the rule and its verb (", which most nations signed,"). */
const MAX_ASIDE = 12;
/** Words that open a phrase before the rule's own (the subject starts after them). */
const BEFORE_SUBJECT = /^(that|which|who|and|but|or|though|although|while|because|if|when|since|as|than|typically|usually|currently|now)$/;
const SUBORDINATORS = /^(though|although|while|because|if|when|since|whereas)$/;
/** Words that open a phrase of the rule's own after its noun, and so are passed over. */
const OPENS_NOUN = /^(the|a|an|its|their|his|her|our|this|these|those|'s|’s)$/;

/** The rules' statements of one sentence. */
export function ruleSubjects(page: Page, from: number, to: number, quoted: Uint8Array, taken: (k: number) => boolean, at: readonly number[]): Frame[] {
  const { tokens } = page;
  const frames: Frame[] = [];
  for (const k of at) {
    const t = tokens[k]!;
    const lemma = RULE_VERBS.get(t.lower);
    if (!lemma || k < from + 1 || quoted[k] || taken(k)) continue;
    // "allowed to expire", "are permitted": a passive or an infinitive has no rule speaking.
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word' || next.lower === 'to' || next.lower === 'by') continue;
    const head = ruleBefore(tokens, from, k);
    if (head < 0 || taken(head)) continue;
    const start = subjectStart(tokens, from, head);
    let cueEnd = k + 1;
    // "allows for sanctions": the particle is the verb's.
    if (lemma === 'allow' && next.lower === 'for') cueEnd++;
    let end = cueEnd;
    // "Though typically DNC rules permit members to ..., it's prohibited when": an opening
    // subordinate clause ends at its comma, and the main clause is not the rule's.
    const opening = subordinateOpening(tokens, from, start);
    while (end < to && !isEnd(tokens[end]) && !(opening && isComma(tokens[end]!) && tokens[end]!.text === ',')) end++;
    const content = contentAfter(page, cueEnd, end, lemma);
    if (!content) continue;
    frames.push({ source: { start, end: head + 1 }, sharesSourceOf: null, cue: { start: k, end: cueEnd }, content, stance: 'neutral', lemma });
  }
  return frames;
}

/**
 * The rule noun the verb at `k` belongs to, or -1: right before it, past adverbs ("typically"),
 * "that" or "which", and one comma aside ("The program, called EB-5, allows").
 */
function ruleBefore(tokens: readonly Token[], from: number, k: number): number {
  let j = k - 1;
  while (j > from && isCueAdverb(tokens[j]!)) j--;
  if (/^(that|which)$/.test(tokens[j]!.lower)) j--;
  else if (isComma(tokens[j]!) && tokens[j]!.text === ',') {
    let open = j - 1;
    while (open > from && j - open < MAX_ASIDE && !isComma(tokens[open]!) && !isEnd(tokens[open])) open--;
    if (open <= from || tokens[open]!.text !== ',') return -1;
    j = open - 1;
  }
  if (j < from) return -1;
  return RULE_NOUNS.has(tokens[j]!.lower) && tokens[j]!.kind === 'word' ? j : -1;
}

/** Whether the sentence opens with a subordinate clause the rule's phrase is in ("Though typically DNC rules"). */
function subordinateOpening(tokens: readonly Token[], from: number, start: number): boolean {
  for (let j = from; j < start; j++) {
    if (SUBORDINATORS.test(tokens[j]!.lower)) return true;
    if (!isCueAdverb(tokens[j]!) && !/ly$/.test(tokens[j]!.lower)) return false;
  }
  return false;
}

/** Where the rule's noun phrase starts, read back from its noun at `head`. */
function subjectStart(tokens: readonly Token[], from: number, head: number): number {
  let start = head;
  while (start > from && head - start < MAX_SUBJECT && inPhrase(tokens, start - 1)) start--;
  while (start < head && isLeadingLink(tokens[start]!)) start++;
  return start;
}

/** Whether token j belongs to the rule's noun phrase ("the party's existing", "Article 21 in the U.N."). */
function inPhrase(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind === 'quote') return (t.text === '’' || t.text === "'") && tokens[j + 1]?.kind === 'word';
  if (t.kind !== 'word') return t.text === '.' && !!tokens[j - 1]?.upper && tokens[j - 1]!.text.length <= 3;
  if (isClauseBreak(t) || (isAuxiliary(t) && !OPENS_NOUN.test(t.lower)) || BEFORE_SUBJECT.test(t.lower)) return false;
  // "lawyers violating D.C. conduct standards": a participle after a noun is a verb of its own.
  // "Congress passed a law that": so is a past form before the phrase ("the revised rules" stays).
  if (/(ing|ed)$/.test(t.lower) && !t.upper && !OPENS_NOUN.test(tokens[j - 1]?.lower ?? '')) return false;
  if (/^(put|set|made|gave|wrote|signed|passed|under|with|to|from|by|on|at|into|against|about|for)$/.test(t.lower)) return false;
  if (/ly$/.test(t.lower) && !t.upper) return false;
  return true;
}
