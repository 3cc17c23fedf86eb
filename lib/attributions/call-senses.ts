import type { Token } from './tokens';
import { isEnd, isDeterminer } from './words';

/**
 * "call" reports only when someone calls something a name or calls for something ("called Trump
 * a liar", "called for a review"). Two other senses report nothing:
 *   convening  "called an emergency meeting to discuss ...", "called a vote to ..." (the purpose reports);
 *   naming     "a stream called Miracle Run", "a group called Lashkar-e-Taiba belongs ...";
 * and phoning in: "called into Tom Joyner's radio program".
 */

/** Things one convenes or starts by calling them. */
const CONVENED = new Set(`meeting meetings session sessions vote votes election elections hearing hearings summit
conference briefing strike halt timeout time-out recess referendum caucus rally cabinet`.split(/\s+/));

/** Whether "call" ending its cue before tokens[end] is a report (not convening, naming or phoning in). */
export function callReports(tokens: readonly Token[], end: number, limit: number): boolean {
  const next = tokens[end];
  if (!next) return true;
  if (next.lower === 'into' || (next.lower === 'in' && tokens[end + 1]?.lower !== 'to')) return false;
  if (convenes(tokens, end, limit)) return false;
  return !namesSomething(tokens, end, limit);
}

/** "called an emergency meeting", "called a special session of Congress": a determiner, a few modifiers, a convened thing. */
function convenes(tokens: readonly Token[], end: number, limit: number): boolean {
  // "called her vote in favor of the war a mistake" names her vote: only an article opens a convened thing.
  if (!/^(a|an|the)$/.test(tokens[end]?.lower ?? '')) return false;
  for (let j = end + 1; j < limit && j < end + 5; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (CONVENED.has(t.lower)) return !isModifierOf(tokens, j) && purposeFollows(tokens, j + 1, limit);
  }
  return false;
}

/**
 * "called an emergency meeting to discuss the test": the purpose reports what was said. Without
 * one ("Aoun called an emergency meeting of the Supreme Defence Council") the calling itself is
 * kept as the report, as the events gold takes it.
 */
function purposeFollows(tokens: readonly Token[], i: number, limit: number): boolean {
  for (let k = i; k < limit && k < i + 8; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'to' && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.upper && !isDeterminer(tokens[k + 1]!)) return true;
  }
  return false;
}

/** "a press conference call" is no conference: the convened word must head its phrase. */
function isModifierOf(tokens: readonly Token[], j: number): boolean {
  const after = tokens[j + 1];
  return !!after && after.kind === 'word' && !after.upper && !/^(to|of|on|in|for|at|and|with|after|before|that|which|where|when)$/.test(after.lower) && !isEnd(after);
}

/**
 * "a stream called Miracle Run": "called" right after an indefinite noun phrase, then a name
 * that ends the clause or meets its verb. "A spokesman called Trump a liar" has a second
 * object after the name and reports.
 */
function namesSomething(tokens: readonly Token[], end: number, limit: number): boolean {
  const verb = end - 1;
  if (!/^called$/.test(tokens[verb]?.lower ?? '')) return false;
  const noun = tokens[verb - 1];
  if (!noun || noun.kind !== 'word' || noun.upper) return false;
  // The noun phrase before opens with "a", "an" or "another" within a few words.
  let j = verb - 1;
  while (j > verb - 5 && j > 0 && tokens[j - 1]!.kind === 'word' && !/^(a|an|another)$/.test(tokens[j - 1]!.lower)) j--;
  if (!/^(a|an|another)$/.test(tokens[j - 1]?.lower ?? '')) return false;
  let k = end;
  if (!tokens[k]?.upper) return false;
  while (k < limit && tokens[k]!.kind === 'word' && tokens[k]!.upper) k++;
  const after = tokens[k];
  if (!after || after.kind === 'punct') return true;
  if (after.kind === 'quote') return false;
  return !isDeterminer(after) && after.lower !== "'s";
}
