import { describe, expect, it } from 'vitest';
import { chartModel } from '../../../lib/ui/chart';
import { REPORT_A, REPORT_B, REPORT_C, figure } from '../../components/comparison-fixture';
import type { FigureItem } from '../../../lib/model';

const item = (values: number[]): FigureItem => ({
  what: 'killed',
  status: 'differs',
  kinds: ['update'],
  mentions: values.map((value, i) => figure(['rC', 'rA', 'rB'][i]!, { value, low: value })),
});

describe('chartModel', () => {
  it('needs three dated values', () => {
    expect(chartModel(item([8, 12]), [REPORT_A, REPORT_B, REPORT_C])).toBeNull();
    expect(chartModel(item([8, 12, 18]), [REPORT_A, REPORT_B, { ...REPORT_C, publishedAt: null }])).toBeNull();
  });
  it('places points in time order, later to the right, larger higher', () => {
    // rC (latest) 18, rA (earliest) 8, rB 12: a rising toll.
    const model = chartModel(item([18, 8, 12]), [REPORT_A, REPORT_B, REPORT_C], 100, 50, 5)!;
    expect(model.points.map((p) => p.report.id)).toEqual(['rA', 'rB', 'rC']);
    expect(model.points.map((p) => p.x)).toEqual([5, expect.any(Number), 95]);
    expect(model.points[0]!.y).toBe(45);
    expect(model.points[2]!.y).toBe(5);
    expect(model.trend).toBe('rising');
    expect([model.min, model.max]).toEqual([8, 18]);
  });
  it.each([
    [[5, 5, 5], 'flat'],
    [[5, 3, 9], 'mixed'],
    [[3, 9, 5], 'falling'],
  ])('trend of %o', (values, trend) => {
    // values in report order rC, rA, rB -> time order rA, rB, rC
    const [c, a, b] = values as [number, number, number];
    expect(chartModel(item([c, a, b]), [REPORT_A, REPORT_B, REPORT_C])!.trend).toBe(trend);
  });
  it('draws a flat line mid-height when all values agree', () => {
    const model = chartModel(item([5, 5, 5]), [REPORT_A, REPORT_B, REPORT_C], 100, 50)!;
    expect(new Set(model.points.map((p) => p.y))).toEqual(new Set([25]));
  });
});
