import type { Stance } from '../model';
import type { Token } from './tokens';
import { isComma } from './words';
import { CLOSING_BELIEFS } from './verb-subjects';
import type { Candidate, Frame } from './frames';

/**
 * The finishing steps of reading a sentence's verb frames: where earlier content must stop before
 * a frame that cuts it, where a relative clause's content ends, the stance a frame's wording
 * gives ("what X are calling"), and the speaker an opening participle borrows.
 */

/** Verbs that invert after a quotation ("“...,” said Caddell"). */
export const INVERTING = new Set(['say', 'add', 'write', 'ask', 'explain', 'note', 'continue', 'insist', 'recall', 'reply', 'respond', 'argue', 'warn', 'claim', 'declare', 'announce', 'state', 'observe', 'tell', 'tweet', 'conclude', 'quip', 'joke', 'complain', 'exclaim', 'report', 'write', 'suggest', 'counter', 'retort', ...CLOSING_BELIEFS]);

/** Words that join a clause to the one before it ("..., and blamed", "while X said"). */
export const COORDINATORS = new Set(['and', 'but', 'as', 'while', 'whereas', 'although', 'though', 'because', 'since']);

/**
 * "Mr. Obama, who understood that a push would be fruitless, told ...": a cue in a relative
 * clause set off by commas has its content end at the clause's closing comma.
 */
export function relativeClauseEnd(tokens: readonly Token[], c: Candidate, cut: number): number {
  const s = c.source;
  if (!s || s.end - s.start !== 1 || !/^(who|which)$/.test(tokens[s.start]!.lower) || !isComma(tokens[s.start - 1])) return cut;
  for (let k = c.group.end; k < cut; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return cut;
    if (isComma(t)) return k;
  }
  return cut;
}

/** The token index where earlier content must stop before a cutting frame. */
export function cutIndex(tokens: readonly Token[], c: Candidate): number {
  let k = c.clauseStart;
  if (c.kind === 'pre' && !c.group.linked && k > 0 && COORDINATORS.has(tokens[k - 1]!.lower)) k--;
  while (k > 0 && isComma(tokens[k - 1])) k--;
  return k;
}

/** Gives each opening participle the source of the next frame; drops it when there is none. */
export function withOpeningSpeakers(frames: Frame[], openings: ReadonlySet<number>): Frame[] {
  if (!openings.size) return frames;
  return frames.flatMap((f, i) => {
    if (!openings.has(i)) return [f];
    const main = frames.slice(i + 1).find((g) => g.source);
    return main ? [{ ...f, source: main.source }] : [];
  });
}

/** "what the authorities are calling": the reporter keeps the name at arm's length. */
export function stanceOf(tokens: readonly Token[], c: Candidate): Stance {
  if (c.group.entry.lemma === 'call' && c.source && tokens[c.source.start - 1]?.lower === 'what') return 'distancing';
  return c.group.entry.stance;
}

/** Words that open a clause whose subject went before it ("what officials fear could prove"). */
export const CLAUSE_OPENERS = /^(?:could|would|will|may|might|can|should|must|is|was|are|were|has|have|had)$/;

export function firstWord(text: string, at: number): string {
  return /^\s*([\p{L}'’]+)/u.exec(text.slice(at, at + 40))?.[1]?.toLowerCase() ?? '';
}
