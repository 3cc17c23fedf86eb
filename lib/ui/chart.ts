/**
 * A figure's values over publication time, for the small chart beside a row reported three or
 * more times: a rising toll then reads as an update, a real conflict as points apart at one time.
 */
import type { FigureItem, ReportRef } from '../model';
import { parseTime } from './format';

/** Fewer points than this draw no chart: two values are read faster as two chips. */
export const MIN_CHART_POINTS = 3;

export interface ChartPoint {
  report: ReportRef;
  time: number;
  value: number;
  x: number;
  y: number;
}

export interface ChartModel {
  points: ChartPoint[];
  width: number;
  height: number;
  min: number;
  max: number;
  trend: 'rising' | 'falling' | 'flat' | 'mixed';
}

/**
 * Points of each report's first value, placed in a width x height box (y grows downwards, as in SVG).
 * @returns null when fewer than MIN_CHART_POINTS reports give both a value and a time.
 */
export function chartModel(item: FigureItem, reports: readonly ReportRef[], width = 160, height = 48, pad = 6): ChartModel | null {
  const raw: Array<Omit<ChartPoint, 'x' | 'y'>> = [];
  for (const report of reports) {
    const mention = item.mentions.find((m) => m.report === report.id);
    const time = parseTime(report.publishedAt);
    if (mention && time !== null && Number.isFinite(mention.value)) raw.push({ report, time, value: mention.value });
  }
  if (raw.length < MIN_CHART_POINTS) return null;
  raw.sort((a, b) => a.time - b.time);
  const times = raw.map((p) => p.time);
  const values = raw.map((p) => p.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const sx = (t: number) => (t1 > t0 ? pad + ((t - t0) / (t1 - t0)) * (width - 2 * pad) : width / 2);
  const sy = (v: number) => (max > min ? height - pad - ((v - min) / (max - min)) * (height - 2 * pad) : height / 2);
  const points = raw.map((p) => ({ ...p, x: round(sx(p.time)), y: round(sy(p.value)) }));
  return { points, width, height, min, max, trend: trendOf(values) };
}

function trendOf(values: number[]): ChartModel['trend'] {
  let up = false;
  let down = false;
  for (let i = 1; i < values.length; i++) {
    if (values[i]! > values[i - 1]!) up = true;
    if (values[i]! < values[i - 1]!) down = true;
  }
  return up && down ? 'mixed' : up ? 'rising' : down ? 'falling' : 'flat';
}

const round = (n: number) => Math.round(n * 10) / 10;
