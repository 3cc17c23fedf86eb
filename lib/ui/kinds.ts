/** Difference kinds in words: a short label for badges and a sentence for the legend. */
import type { DifferenceKind } from '../model';
import { t, type MessageKey } from './i18n';

const KEYS: Record<DifferenceKind, [MessageKey, MessageKey]> = {
  value: ['kindValue', 'kindValueHelp'],
  update: ['kindUpdate', 'kindUpdateHelp'],
  hedge: ['kindHedge', 'kindHedgeHelp'],
  only: ['kindOnly', 'kindOnlyHelp'],
  source: ['kindSource', 'kindSourceHelp'],
  cue: ['kindCue', 'kindCueHelp'],
  stance: ['kindStance', 'kindStanceHelp'],
  quote: ['kindQuote', 'kindQuoteHelp'],
  term: ['kindTerm', 'kindTermHelp'],
};

export function kindLabel(kind: DifferenceKind): string {
  return KEYS[kind] ? t(KEYS[kind][0]) : kind;
}

export function kindHelp(kind: DifferenceKind): string {
  return KEYS[kind] ? t(KEYS[kind][1]) : kind;
}
