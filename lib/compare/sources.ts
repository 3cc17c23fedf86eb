import type { Attribution, Report } from '../model';

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
export function figureSources(report: Report): Map<number, FigureSource> {
  const out = new Map<number, FigureSource>();
  const linked = report.attributions.some((a) => a.figures?.length);
  report.figures.forEach((f, i) => {
    let best: Attribution | null = null;
    for (const a of report.attributions) {
      if (!entityName(a)) continue;
      const covers = linked ? a.figures?.includes(i) : a.content.start <= f.start && f.end <= a.content.end;
      if (!covers) continue;
      // Several attributions may cover one figure ("X said ..., citing Y"): the one of its sentence first.
      if (!best || (a.sentence === f.sentence && best.sentence !== f.sentence)) best = a;
    }
    if (best) out.set(i, { entity: entityName(best)!, cue: best.cue.text, attribution: best });
  });
  return out;
}
