import type { Token } from './tokens';
import type { Mention } from './mention';
import { DOWN_NOUNS, UP_NOUNS } from './multipliers';

/**
 * Change and revision: "rose 0.65%", "fell by 12", "rose to 275", "revised down to 275",
 * "275, down from 288", "up from 127", "rose from 238 to 261". Sets the direction and keeps
 * the earlier value as `from`; the earlier number is folded into the figure, not read twice.
 */
const UP = /^(rose|risen|rise|rises|rising|increased|increase|increases|increasing|climbed|climb|climbs|climbing|jumped|jump|jumps|grew|grown|grow|grows|growing|surged|soared|swelled|gained|up|upped|mounted|spiked|hiked|upward|upwards)$/;
const DOWN = /^(fell|fallen|fall|falls|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|decreases|slipped|plunged|plummeted|lowered|cut|shrank|shrunk|slumped|tumbled|eased|down|downward|downwards|reduced|sank|dipped)$/;
/** Words that make "from X to Y" a revision of one count rather than a range. */
const REVISION = /^(revised|updated|raised|lowered|corrected|changed|went|jumped|rose|risen|climbed|increased|fell|dropped|decreased|declined|grew|surged|soared|toll|tally|count|figure|number|estimate|death|deaths|moved|up|down|upped|cut|reduced)$/;
const SPAN = /^(range|ranges|ranged|ranging|vary|varies|varied|varying|span|spans|spanned|spanning)$/;
const FILLER = /^(by|to|at|average|some|about|nearly|almost|around|more|than|over|sharply|slightly|further|again|a|an|another|the|of|as|much|as|its|total|further|has|have|had|been|was|were|is|now|officially|then)$/;

/** True when the "from" at token i follows a verb or noun of change within a few words. */
export function revisionBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const w = tokens[k]!.lower;
    // "the toll ranged from 1,000 to 1,500": a span of estimates, not a revision of the toll.
    if (SPAN.test(w)) return false;
    if (REVISION.test(w)) return true;
    if (tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

export function readChanges(tokens: readonly Token[], mentions: Mention[]): void {
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.dropped || m.change || !/^(count|money|percent|measure|vague)$/.test(m.kind)) continue;
    // "from 238 to 261": the second number is the figure, the first is where it came from.
    if (tokens[m.first - 1]?.lower === 'from' && revisionBefore(tokens, m.first - 1)) {
      const next = mentions[n + 1];
      if (next && !next.dropped && tokens[m.last + 1]?.lower === 'to' && next.first === m.last + 2) {
        next.from = m.value;
        next.change = next.value > m.value ? 'up' : next.value < m.value ? 'down' : null;
        next.first = m.first - 1;
        if (!next.hedge && m.hedge) next.hedge = m.hedge;
        if (!next.unit && m.unit) [next.kind, next.unit] = [m.kind, m.unit];
        m.dropped = true;
        continue;
      }
    }
    m.change = directionBefore(tokens, m.first - 1);
    // "rose by 0.4 points to 8.6 percent": the level reached after a change moved the same way.
    const previous = n > 0 ? mentions[n - 1] : undefined;
    if (!m.change && tokens[m.first - 1]?.lower === 'to' && previous && !previous.dropped && previous.last === m.first - 2 && previous.change) m.change = previous.change;
    // "275, down from 288" / "up from 127" / "rose to 275 from 238" / "fell to 3.5% in September from 3.7%".
    let k = m.last + 1;
    if (tokens[k]?.lower === ',' || tokens[k]?.lower === '(') k++;
    if (m.change && /^(in|on|at|by|last|this)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'word' && tokens[k + 2]?.lower === 'from') k += 2;
    let dir: 'up' | 'down' | null = null;
    if (tokens[k]?.lower === 'up' || tokens[k]?.lower === 'down') {
      dir = tokens[k]!.lower === 'up' ? 'up' : 'down';
      k++;
    }
    const prior = mentions[n + 1];
    if (tokens[k]?.lower === 'from' && prior && !prior.dropped && (prior.first === k + 1 || prior.core === k + 1) && (dir || m.change)) {
      m.from = prior.value;
      m.change = dir ?? m.change;
      m.last = prior.last;
      prior.dropped = true;
    }
  }
}

/** The direction said by the words before a figure: "rose (by) 12", "revised down to 275", "a rise of 5%". */
function directionBefore(tokens: readonly Token[], i: number): 'up' | 'down' | null {
  // "edged up its forecast by 0.1", "cut the rate by half": after "by", the verb may be a few words back.
  if (tokens[i]?.lower === 'by') {
    for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k]!.kind !== 'punct'; k--) {
      // "raised its forecast by": a raise is a rise here, though "raised $5 million" is not.
      if (UP.test(tokens[k]!.lower) || /^(raised|boosted|lifted)$/.test(tokens[k]!.lower)) return 'up';
      if (DOWN.test(tokens[k]!.lower)) return 'down';
    }
  }
  for (let k = i; k >= 0 && k >= i - 4; k--) {
    const w = tokens[k]!.lower;
    if (UP.test(w) || UP_NOUNS.test(w)) return 'up';
    if (DOWN.test(w) || DOWN_NOUNS.test(w)) return 'down';
    if (!FILLER.test(w)) return null;
  }
  return null;
}
