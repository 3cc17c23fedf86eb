import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../lib/compare';
import { scoreComparison } from '../../../lib/compare/score';
import type { Gold } from '../../../lib/compare/gold';
import { oneFigure, report } from './build';

const kinds = {} as Record<string, string>;
const toll = (id: string, value: number, words: string) =>
  oneFigure(id, `${words} people have been killed in the floods, police said.`, { text: `${words} people`, value, predicate: 'killed', unit: 'people', what: 'people killed' }, {
    attributions: [{ s: 0, source: 'police', cue: 'said', content: `${words} people have been killed in the floods`, figures: [0] }],
  });

function gold(differs: string[], a: number, b: number): Gold {
  return {
    reports: { A: 'a', B: 'b' },
    numbers: [{ id: 'deaths', what: 'people killed', differs, A: { value: a, text: String(a) }, B: { value: b, text: String(b) } }],
    attributions: [{ id: 'police', source: 'police', aliases: [], differs: [], A: { cues: ['said'] }, B: { cues: ['said'] } }],
    ...({ kinds } as object),
  } as Gold;
}

describe('scoreComparison', () => {
  it.each([
    ['agreeing outlets, nothing flagged', 31, 31, [], { aligned: 1, falseAlarms: 0, spuriousValue: 0, kindsFound: 0, kinds: 0 }],
    ['a value difference found', 27, 31, ['value'], { aligned: 1, falseAlarms: 0, spuriousValue: 0, kindsFound: 1, kinds: 1 }],
    ['gold says they agree, comparison flags a value: a false alarm and a spurious conflict', 27, 31, [], { aligned: 1, falseAlarms: 1, spuriousValue: 1 }],
  ])('%s', (_, a, b, differs, expected) => {
    const comparison = compareReports([toll('a', a, String(a)), toll('b', b, String(b))]);
    const score = scoreComparison(gold(differs, a, b), comparison, (l) => l.toLowerCase());
    expect(score).toMatchObject({ figures: 1, attributions: 2, attributionsFound: 2, ...expected });
  });

  it('a gold figure nowhere in the comparison is a miss, not an alarm', () => {
    const quiet = (id: string) => report({ id, sentences: ['The river burst its banks.'] });
    const score = scoreComparison(gold([], 31, 31), compareReports([quiet('a'), quiet('b')]), (l) => l.toLowerCase());
    expect(score).toMatchObject({ aligned: 0, falseAlarms: 0 });
  });

  it("a figure one outlet's reading missed is shown as only: an alarm where the outlets agree", () => {
    const comparison = compareReports([toll('a', 31, '31'), report({ id: 'b', sentences: ['The river burst its banks.'] })]);
    const score = scoreComparison(gold([], 31, 31), comparison, (l) => l.toLowerCase());
    expect(score).toMatchObject({ aligned: 0, falseAlarms: 1 });
    expect(score.misses.some((m) => m.includes('1/2 found'))).toBe(true);
  });
});
