import { describe, expect, it } from 'vitest';
import { analyse } from '../../../lib/report';
import { withInnerClaims } from '../../../lib/compare/inner-claims';
import { figureSources } from '../../../lib/compare/sources';

const report = (text: string) => analyse({ url: null, canonicalUrl: null, outlet: 'test', title: 't', byline: null, lang: 'en', publishedAt: null, modifiedAt: null, text });

/** The claims found inside other attributions' contents, as "source | cue". */
function innerClaims(text: string): string[] {
  const r = report(text);
  return withInnerClaims(r).attributions.filter((a) => !r.attributions.includes(a)).map((a) => `${a.source?.text} | ${a.cue.text}`);
}

describe('claims reported inside another speaker’s words', () => {
  it.each([
    ['The coastguard has confirmed that 27 people died in the fire, Captain Elena Varga said on Friday.', ['The coastguard | has confirmed']],
    ['Once the duplicates were removed, the district collector reported the lower figure, Jena said.', ['the district collector | reported']],
    ['Officials said the Railways had put the number of deaths at 288 on Saturday.', ['the Railways | had put']],
    ['Local media have reported that an engineering review in 2018 identified damage to the concrete.', ['an engineering review in 2018 | identified']],
    // The verb describes, nobody speaks: "a number X called", "confirmed deaths", "reported so far".
    ['The collapse has killed 79 people, a number Mayor Levine Cava called staggering, she said.', []],
    ['The state listed Monroe County with seven confirmed deaths, officials said.', []],
    ['Officials said only a fraction of the deaths reported so far were in the county.', []],
    ['Officials said a mix of confirmed and unconfirmed deaths was listed.', []],
    ['He said anyone found guilty would be punished.', []],
    ['Officials said the president’s claims about retaliation are unfounded.', []],
    // A direct quotation is the speaker's own words.
    ['“The coastguard has confirmed that 27 people died,” Captain Varga said.', []],
  ])('%s', (text, expected) => {
    expect(innerClaims(text)).toEqual(expected);
  });

  it('credits a figure to the innermost claim', () => {
    const r = withInnerClaims(report('The coastguard has confirmed that 27 people died in the fire, Captain Elena Varga said on Friday.'));
    const figure = r.figures.findIndex((f) => f.value === 27);
    expect(figureSources(r).get(figure)).toMatchObject({ entity: expect.stringMatching(/coastguard/i), cue: 'has confirmed' });
  });
});
