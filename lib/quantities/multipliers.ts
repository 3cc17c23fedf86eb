import type { Token } from './tokens';
import { newMention, type Mention } from './mention';
import { wordValue } from './number-words';
import { lexicon } from './lexicon';

/**
 * Multipliers: "twofold", "2-fold", "doubled", "tripled", "halved", "three times higher".
 * Kind "multiplier", value the factor; a verb of growth or a following "hike"/"rise" gives the
 * direction ("a twofold hike" is up).
 */
export const VERBS: ReadonlyMap<string, [number, 'up' | 'down']> = lexicon({
  doubled: [2, 'up'], doubling: [2, 'up'], doubles: [2, 'up'], tripled: [3, 'up'], tripling: [3, 'up'], triples: [3, 'up'],
  trebled: [3, 'up'], quadrupled: [4, 'up'], quadrupling: [4, 'up'], halved: [0.5, 'down'], halving: [0.5, 'down'], halves: [0.5, 'down'],
});
const COMPARATIVE = /^(more|higher|larger|bigger|greater|faster|as|the|lower|less|fewer|smaller|over|that)$/;
export const UP_NOUNS = /^(hike|hikes|rise|rises|increase|increases|jump|surge|growth|gain|gains|rally|spike)$/;
export const DOWN_NOUNS = /^(drop|drops|fall|falls|decline|declines|decrease|decreases|cut|cuts|reduction|slump|plunge|loss|losses)$/;

// Module constants, not literals in the loop: a regex literal makes a new object each time it is reached.
const MULTIPLIED_NEXT = /^(the|that|its|their|what)$/;
const FOLD = /^(\w+)fold$/;

export function findMultipliers(tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const verb = VERBS.get(t.lower);
    if (verb) {
      const m = multiplier(i, i, verb[0]);
      m.change = verb[1];
      found.push(m);
      continue;
    }
    // "twice as many", "double the number", "triple the price".
    const adverb = t.lower === 'twice' ? 2 : t.lower === 'thrice' ? 3 : (t.lower === 'double' || t.lower === 'triple' || t.lower === 'quadruple') && MULTIPLIED_NEXT.test(tokens[i + 1]?.lower ?? '') ? { double: 2, triple: 3, quadruple: 4 }[t.lower]! : 0;
    if (adverb) {
      found.push(multiplier(i, i, adverb));
      continue;
    }
    // "twofold", "threefold", or "2-fold"/"two-fold".
    const fold = t.lower.endsWith('fold') ? FOLD.exec(t.lower) : null;
    if (fold && wordValue(fold[1]!) !== undefined) {
      found.push(withDirection(tokens, multiplier(i, i, wordValue(fold[1]!)!)));
      continue;
    }
    if (tokens[i + 1]?.lower === '-' && tokens[i + 2]?.lower === 'fold' && !tokens[i + 1]!.gap && !tokens[i + 2]!.gap) {
      const v = t.kind === 'num' ? Number(t.text) : wordValue(t.lower);
      if (v !== undefined && Number.isFinite(v)) {
        found.push(withDirection(tokens, multiplier(i, i + 2, v)));
        i += 2;
      }
      continue;
    }
  }
  return found;
}

/** "three times higher": marks an already read count as a multiplier. */
export function readTimes(tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'count' || tokens[m.last + 1]?.lower !== 'times' || !COMPARATIVE.test(tokens[m.last + 2]?.lower ?? '')) continue;
    m.kind = 'multiplier';
    m.unit = 'times';
    m.last++;
    const next = tokens[m.last + 1]!.lower;
    if (/^(more|higher|larger|bigger|greater|faster)$/.test(next)) m.change = 'up';
    else if (/^(lower|less|fewer|smaller)$/.test(next)) m.change = 'down';
  }
}

function multiplier(first: number, last: number, value: number): Mention {
  const m = newMention(first, last, value, true, false);
  m.kind = 'multiplier';
  return m;
}

function withDirection(tokens: readonly Token[], m: Mention): Mention {
  const next = tokens[m.last + 1]?.lower ?? '';
  if (UP_NOUNS.test(next) || /^(increase|increased|rise|rose|grew|jumped)$/.test(next)) m.change = 'up';
  else if (DOWN_NOUNS.test(next) || /^(decrease|decreased|fell|dropped)$/.test(next)) m.change = 'down';
  return m;
}
