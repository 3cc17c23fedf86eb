import type { Comparison, FigureItem, FigureMention } from '../model';

/**
 * A careful reader's reading of one event, in the format of shared/gold/seed-pair.json and
 * shared/corpus/events-dev/<event>/gold.json: per figure and per source, what each outlet
 * (letters A, B, ... in publication order) says, and the kinds of difference a reader should
 * be shown. Items marked `update` differ because a later report gives a later count; they carry
 * kind "value" (the command's kind "update" names this case, and compareReports emits both).
 */
export interface GoldFigure {
  value: number | string | { low: number; high: number };
  hedge?: string | null;
  text?: string;
  source?: string | null;
  cue?: string | null;
  unit?: string;
}

export interface GoldNumber {
  id: string;
  what: string;
  differs: string[];
  update?: boolean;
  [letter: string]: GoldFigure | null | string | string[] | boolean | undefined;
}

export interface GoldAttribution {
  id: string;
  source: string;
  aliases: string[];
  differs: string[];
  [letter: string]: { cues: string[]; quotes?: string[]; hedges?: string[] } | null | string | string[] | undefined;
}

export interface Gold {
  reports: Record<string, string>;
  numbers: GoldNumber[];
  attributions: GoldAttribution[];
  /** Our dev sets: letters of reports that copy another report's story ({"C": "A"}). */
  copies?: Record<string, string>;
}

/** The letters of a gold item's outlets that report it. */
export function lettersOf(item: GoldNumber | GoldAttribution, gold: Gold): string[] {
  return Object.keys(gold.reports).filter((l) => item[l] && typeof item[l] === 'object');
}

export const VAGUE_WORDS = ['dozens', 'hundreds', 'thousands', 'scores', 'millions', 'several', 'dozen', 'tens'];

function words(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.replace(/s$/, '')));
}

/** Whether a mention carries the gold figure's value. */
export function valueMatches(g: GoldFigure, m: FigureMention): boolean {
  const v = g.value;
  if (typeof v === 'number') return Math.abs(m.value - v) < 1e-6 * Math.max(1, v) || Math.abs(m.low - v) < 1e-6 * Math.max(1, v);
  if (typeof v === 'string') return m.text.toLowerCase().includes(v.toLowerCase()) || (m.kind === 'vague' && VAGUE_WORDS.some((w) => v.toLowerCase().includes(w) && m.text.toLowerCase().includes(w)));
  return m.low === v.low && m.high === v.high;
}

/** Where each gold figure landed: gold id -> letter -> [item index, mention]. */
export type Placement = Map<string, Map<string, { item: number; mention: FigureMention }>>;

/**
 * Finds each gold figure among the comparison's mentions: same report, same value, then the
 * one whose sentence holds the gold text and shares most words with the gold's "what"; each
 * mention serves one gold figure.
 */
export function placeGold(gold: Gold, comparison: Comparison, reportOf: (letter: string) => string): Placement {
  const placement: Placement = new Map();
  for (const letter of Object.keys(gold.reports)) {
    const reportId = reportOf(letter);
    const pool: Array<{ item: number; mention: FigureMention }> = [];
    comparison.numbers.forEach((n, item) => n.mentions.forEach((mention) => mention.report === reportId && pool.push({ item, mention })));
    const pairs: Array<{ id: string; at: number; score: number }> = [];
    for (const g of gold.numbers) {
      const entry = g[letter] as GoldFigure | null | undefined;
      if (!entry || typeof entry !== 'object') continue;
      pool.forEach((p, at) => {
        if (!valueMatches(entry, p.mention)) return;
        const sentence = p.mention.sentence.toLowerCase();
        const textHit = entry.text && sentence.includes(entry.text.toLowerCase()) ? 1 : 0;
        const gw = words(g.what);
        const mw = words(p.mention.what + ' ' + p.mention.sentence);
        let shared = 0;
        for (const w of gw) if (mw.has(w)) shared++;
        pairs.push({ id: g.id, at, score: 1 + textHit + (gw.size ? shared / gw.size : 0) });
      });
    }
    pairs.sort((a, b) => b.score - a.score);
    const usedGold = new Set<string>();
    const usedMention = new Set<number>();
    for (const p of pairs) {
      if (usedGold.has(p.id) || usedMention.has(p.at)) continue;
      usedGold.add(p.id);
      usedMention.add(p.at);
      if (!placement.has(p.id)) placement.set(p.id, new Map());
      placement.get(p.id)!.set(letter, pool[p.at]!);
    }
  }
  return placement;
}

/** The comparison item holding most of a gold figure's mentions, or null if none was found. */
export function homeItem(placed: Map<string, { item: number }> | undefined): number | null {
  if (!placed?.size) return null;
  const count = new Map<number, number>();
  for (const { item } of placed.values()) count.set(item, (count.get(item) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** Which gold figure each placed mention stands for. */
export function goldOfMentions(placement: Placement): Map<FigureMention, string> {
  const out = new Map<FigureMention, string>();
  for (const [id, byLetter] of placement) for (const { mention } of byLetter.values()) out.set(mention, id);
  return out;
}

export type { FigureItem };
