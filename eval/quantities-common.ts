/**
 * What the quantities eval's parts share: the score of a set, rounding, value equality and
 * reading a text's figures as the report pipeline does.
 */
import { fileURLToPath } from 'node:url';
import { readFigures } from '../lib/quantities';
import { segmentSentences } from '../lib/text/sentences';
import type { Figure } from '../lib/model';

export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

export interface Score { tp: number; fp: number; fn: number }
export const prf = (s: Score) => {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), n: s.tp + s.fn };
};
export const round = (x: number) => Math.round(x * 1000) / 1000;
export const same = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null ? a == null && b == null : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export function figuresOf(text: string, lang = 'en'): Figure[] {
  return readFigures(text, segmentSentences(text, lang), lang);
}
