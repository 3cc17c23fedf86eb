import type { Attribution, Report, Stance } from '../model';

/** Who gave a figure in a report, with the reporting verb and its stance. */
export interface FigureSource {
  entity: string;
  cue: string;
  attribution: Attribution;
}

function entityName(a: Attribution): string | null {
  return a.entity ?? a.source?.text ?? null;
}

/**
 * The source of each figure of a report, by index. The attributions step links figures to the
 * attribution that covers them (`figures`); for reports analysed before it did, a figure inside
 * an attribution's content in the same sentence is taken as covered.
 */
/**
 * A reporting verb's content is a clause, a quotation or a noun phrase; content opening on a
 * preposition ("responded with a massive police operation") is an action, not something said.
 */
function isSpeech(a: Attribution): boolean {
  return !/^(with|by|into|against)\b/i.test(a.content.text.trim());
}

export function figureSources(report: Report): Map<number, FigureSource> {
  const out = new Map<number, FigureSource>();
  const linked = report.attributions.some((a) => a.figures?.length);
  report.figures.forEach((f, i) => {
    let best: Attribution | null = null;
    for (const a of report.attributions) {
      if (!entityName(a) || !isSpeech(a)) continue;
      const covers = linked ? a.figures?.includes(i) : a.content.start <= f.start && f.end <= a.content.end;
      if (!covers) continue;
      // Several attributions may cover one figure ("X said ..., citing Y"): the one of its sentence first.
      if (!best || (a.sentence === f.sentence && best.sentence !== f.sentence)) best = a;
    }
    if (best) out.set(i, { entity: entityName(best)!, cue: best.cue.text, attribution: best });
  });
  return out;
}

/**
 * The stances with which a report gives one source's claim about a count: the verb that
 * carries the figure, and the verbs of the same source in the sentences around it whose
 * content speaks of the same class of thing ("A UN official alleged that a large number have
 * been wounded. 'Almost 1,000 people have been injured,' the OHCHR said.").
 */
export function claimStances(report: Report, figureSentence: number, source: FigureSource, sameClass: (content: string) => boolean, same: (a: string, b: string) => boolean): Set<Stance> {
  const out = new Set<Stance>([source.attribution.stance]);
  for (const a of report.attributions) {
    if (a === source.attribution || Math.abs(a.sentence - figureSentence) > 1) continue;
    const name = entityName(a);
    if (name && same(name, source.entity) && sameClass(a.content.text)) out.add(a.stance);
  }
  return out;
}
