import { describe, expect, it } from 'vitest';
import { analyse } from '../../../lib/report';
import { figureSources } from '../../../lib/compare/sources';

/** The source each figure is credited to, by the figure's words. */
function sourcesOf(text: string): Record<string, string | null> {
  const report = analyse({ url: null, canonicalUrl: null, outlet: 'test', title: 't', byline: null, lang: 'en', publishedAt: null, modifiedAt: null, text });
  const sources = figureSources(report);
  return Object.fromEntries(report.figures.filter((f) => f.kind !== 'date' && f.kind !== 'year').map((f) => [f.text, sources.get(report.figures.indexOf(f))?.entity ?? null]));
}

describe('a backshifted sentence goes on with the source before it', () => {
  it.each([
    // The past perfect of reported speech: the next sentence is still the authorities' account.
    ['Local authorities stated that 2,700 tons of ammonium nitrate had blown up. The chemical had been seized by customs and left in a port warehouse for six years.', 'six years', 'local authorities'],
    ['According to the Interior Ministry, welding work started the fire. Customs officers had seized the cargo and it had sat in a warehouse for six years.', 'six years', 'interior ministry'],
    // Not backshifted: the writer's own sentence.
    ['Local authorities stated that the fire was out. The port has been closed for six years.', 'six years', null],
    // "had" in a relative clause is no main verb.
    ['The governor said crews were tired. Teams were on their way to relieve rescuers who had been working for more than 24 hours.', 'more than 24 hours', null],
    // A new paragraph is a new account.
    ['Local authorities stated that the fire was out.\nThe chemical had been stored there for six years.', 'six years', null],
    // A sentence with its own attribution keeps its own source.
    ['Local authorities stated that the fire was out. The chemical had been stored there for six years, the port director said.', 'six years', 'port director'],
  ])('%s', (text, figure, source) => {
    const sources = sourcesOf(text);
    expect(Object.keys(sources)).toContain(figure);
    const got = sources[figure] ?? null;
    if (source === null) expect(got).toBeNull();
    else expect(got?.toLowerCase()).toContain(source);
  });
});
