/**
 * One chip per outlet for a figure: its mention and which of its parts carry the difference, so
 * the panel can mark "nearly" against "about" rather than the whole row.
 */
import type { DifferenceKind, FigureItem, FigureMention, ReportRef } from '../model';
import { coverage } from './view-model';
import { groupAlike } from './group';

/** The parts of a figure chip that can differ. */
export type ChipPart = 'value' | 'hedge' | 'source' | 'cue' | 'term';

/** Which part of a mention each difference kind is about. */
const PART_OF_KIND: Partial<Record<DifferenceKind, ChipPart>> = {
  value: 'value',
  update: 'value',
  hedge: 'hedge',
  source: 'source',
  cue: 'cue',
  stance: 'cue',
  term: 'term',
};

const READ_PART: Record<ChipPart, (m: FigureMention) => string> = {
  value: (m) => `${m.low}:${m.high ?? ''}:${m.kind === 'vague' ? m.text.toLowerCase() : ''}`,
  hedge: (m) => m.hedge ?? m.bound,
  source: (m) => (m.source ?? '').toLowerCase(),
  cue: (m) => (m.cue ?? '').toLowerCase(),
  term: (m) => m.what.toLowerCase(),
};

export interface FigureChipModel {
  report: ReportRef;
  /** Other outlets giving exactly the same version (chips are grouped when outlets are many). */
  alike: ReportRef[];
  mention: FigureMention;
  /** Further mentions in the same report (shown as "+n"). */
  more: number;
  /** Parts that differ from the other outlets' (only for kinds the comparison found). */
  marks: ChipPart[];
}

export function figureChips(item: FigureItem, reports: readonly ReportRef[]) {
  const { present, missing } = coverage(item.mentions, reports);
  const parts = new Set(item.status === 'differs' ? item.kinds.flatMap((k) => PART_OF_KIND[k] ?? []) : []);
  const chips: FigureChipModel[] = present.map(({ report, mentions }) => ({ report, alike: [], mention: mentions[0]!, more: mentions.length - 1, marks: [] }));
  for (const part of parts) {
    const values = chips.map((c) => READ_PART[part](c.mention));
    // Mark the chips that hold a minority value; when all differ (or it is a tie), mark them all.
    const tally = new Map<string, number>();
    for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
    if (tally.size < 2) continue;
    const top = Math.max(...tally.values());
    const majority = [...tally].filter(([, n]) => n === top);
    chips.forEach((chip, i) => {
      if (majority.length > 1 || tally.get(values[i]!)! < top) chip.marks.push(part);
    });
  }
  // With many outlets, those giving the same version (every part alike) share one chip.
  const groups = groupAlike(chips.map((chip) => ({ report: chip.report, mentions: [chip] })), ([chip]) => (Object.keys(READ_PART) as ChipPart[]).map((part) => READ_PART[part](chip!.mention)).join('|'));
  return { chips: groups.map((g) => ({ ...g.mentions[0]!, alike: g.alike })), missing };
}
