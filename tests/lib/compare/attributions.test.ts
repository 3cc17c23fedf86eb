import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../lib/compare';
import type { Report, Stance } from '../../../lib/model';
import { report } from './build';

const cites = (id: string, source: string, cue: string, stance: Stance = 'neutral', quote?: string): Report => {
  const content = quote ? `the operation was “${quote}”` : 'the operation was over';
  return report({
    id, outlet: `Outlet ${id}`,
    sentences: [`${source} ${cue} ${content}.`, `Shops reopened in ${id === 'a' ? 'the north' : 'the south'}.`],
    attributions: [{ s: 0, source, cue, content, stance, quotes: quote ? [quote] : [] }],
  });
};

describe('attributions line up by source', () => {
  it.each([
    ['same source, same stance: agree', [cites('a', 'The Interior Ministry', 'said'), cites('b', "Kazakhstan's interior ministry", 'stated')], 'agrees', []],
    ['said / claimed: cue', [cites('a', 'The Interior Ministry', 'said'), cites('b', 'The interior ministry', 'claimed', 'distancing')], 'differs', ['cue']],
    ['labeled / branded: cue', [cites('a', 'President Tokayev', 'labeled'), cites('b', 'Tokayev', 'branded', 'distancing')], 'differs', ['cue']],
    ['different quoted words: quote', [cites('a', 'The authorities', 'said', 'neutral', 'counter-terrorism'), cites('b', 'The authorities', 'said', 'neutral', 'counter-terrorist')], 'differs', ['quote']],
    ['same quoted words: agree', [cites('a', 'The authorities', 'said', 'neutral', 'terrorist attack'), cites('b', 'The authorities', 'said', 'neutral', 'Terrorist attack')], 'agrees', []],
    ['one outlet quotes, one paraphrases: quote', [cites('a', 'The mayor', 'said', 'neutral', 'a tragic night'), cites('b', 'The mayor', 'said')], 'differs', ['quote']],
  ])('%s', (_, reports, status, kinds) => {
    const c = compareReports(reports);
    expect(c.attributions).toHaveLength(1);
    expect(c.attributions[0]).toMatchObject({ status, kinds });
    expect(c.attributions[0]!.mentions.map((m) => m.report)).toEqual(['a', 'b']);
  });

  it.each([
    ['one outlet adds "allegedly" to the same claim: stance', ['allegedly'], [], 'differs', ['stance']],
    ['both hedge it: agree', ['reportedly'], ['allegedly'], 'agrees', []],
    ['neither hedges it: agree', [], [], 'agrees', []],
  ])('%s', (_, hedgesA, hedgesB, status, kinds) => {
    const hedged = (id: string, hedges: string[]): Report => report({
      id, outlet: `Outlet ${id}`,
      sentences: [`The ministry said the protesters ${hedges.length ? hedges[0] + ' ' : ''}carried arms.`],
      attributions: [{ s: 0, source: 'The ministry', cue: 'said', hedges }],
    });
    const c = compareReports([hedged('a', hedgesA), hedged('b', hedgesB)]);
    expect(c.attributions[0]).toMatchObject({ status, kinds });
  });

  it('a source only one outlet cites is "only", one per source', () => {
    const a = cites('a', 'The Red Cross', 'said');
    const b = cites('b', 'The Interior Ministry', 'said');
    const c = compareReports([a, b]);
    expect(c.attributions.map((x) => [x.status, x.kinds.join()])).toEqual([['single', 'only'], ['single', 'only']]);
  });

  it('carries evidence: the sentence and the cue', () => {
    const a = cites('a', 'The Interior Ministry', 'claimed', 'distancing', 'armed resistance');
    const m = compareReports([a]).attributions[0]!.mentions[0]!;
    expect(m).toMatchObject({ cue: 'claimed', stance: 'distancing', quote: 'armed resistance', source: 'interior ministry' });
    expect(a.text.slice(m.start, m.end)).toBe(m.sentence);
    expect(a.text.slice(m.span!.start, m.span!.end)).toBe('claimed');
  });
});

describe('a pronoun the attributions step left unresolved', () => {
  it('speaks for the source named just before, never as "It"', () => {
    const a = report({ id: 'a', sentences: ['The health ministry said the toll was 31.', 'It added that 12 people were missing.'], attributions: [
      { s: 0, source: 'The health ministry', cue: 'said', content: 'the toll was 31' },
      { s: 1, source: 'It', cue: 'added', content: 'that 12 people were missing', entity: null }] });
    const c = compareReports([a]);
    expect(c.attributions.map((x) => x.entity)).toEqual(['health ministry']);
    expect(c.attributions[0]!.mentions.map((m) => m.cue)).toEqual(['said', 'added']);
  });
});
