import type { Attribution, Report } from '../model';

/**
 * A past perfect main verb ("had been seized", "had sat"): the tense reported speech shifts back
 * to. A sentence in it, right after an attributed one, goes on giving that source's account:
 * "Local authorities stated that 2,700 tons had blown up. The chemical had been seized by customs
 * and left in a port warehouse for six years." The six years are the authorities'.
 */
const BACKSHIFTED = /(?<!\b(?:who|which|that|where|when|whom|whose|after|before|since|once|because|if)\s+)\bhad\s+(?:(?:also|already|not|never|reportedly|previously|earlier|long|just|been)\s+)*[a-z]+(?:ed|en|wn|ne|t)\b/i;

/**
 * The attribution a sentence without one of its own continues, if any: the last speaking
 * attribution of the sentence just before, in the same paragraph, when the sentence is backshifted.
 * One sentence on, not further: a second one is as often the writer's own background.
 */
export function carriedAttribution(report: Pick<Report, 'text' | 'sentences' | 'attributions'>, sentence: number, speaks: (a: Attribution) => boolean): Attribution | null {
  const here = report.sentences[sentence];
  const before = report.sentences[sentence - 1];
  if (!here || !before || report.text.slice(before.end, here.start).includes('\n')) return null;
  const text = report.text.slice(here.start, here.end);
  // A quotation opens someone else's words; the sentence's own attribution speaks for it.
  if (/^["“‘'«]/.test(text) || !BACKSHIFTED.test(text)) return null;
  let last: Attribution | null = null;
  for (const a of report.attributions) {
    if (a.sentence === sentence) return null;
    if (a.sentence === sentence - 1 && speaks(a)) last = a;
  }
  return last;
}
