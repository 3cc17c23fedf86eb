import type { FigureItem, ReportRef } from '../lib/model';
import { chartModel } from '../lib/ui/chart';
import { formatNumber, formatTime } from '../lib/ui/format';
import { t } from '../lib/ui/i18n';
import { useId } from 'preact/hooks';
import './ValueChart.css';

const TREND_KEYS = { rising: 'trendRising', falling: 'trendFalling', flat: 'trendFlat', mixed: 'trendMixed' } as const;

export type ValueChartProps = {
  item: FigureItem;
  reports: readonly ReportRef[];
  locale: string;
};

/**
 * Each outlet's value over publication time, drawn in plain SVG. Nothing is drawn for fewer than
 * three dated values. Screen readers get the trend and every point in words.
 */
export function ValueChart({ item, reports, locale }: ValueChartProps) {
  const captionId = useId();
  const model = chartModel(item, reports);
  if (!model) return null;
  const trend = t(TREND_KEYS[model.trend]);
  const label = t('chartLabel', [item.what, trend, formatNumber(model.min, locale), formatNumber(model.max, locale)]);
  const path = model.points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ');
  return (
    <figure class="px-chart">
      <svg role="img" aria-labelledby={captionId} viewBox={`0 0 ${model.width} ${model.height}`} width={model.width} height={model.height}>
        <path d={path} class="px-chart__line" fill="none" />
        {model.points.map((p) => (
          <circle key={p.report.id} cx={p.x} cy={p.y} r={3} class="px-chart__point">
            <title>{`${p.report.outlet}, ${formatTime(p.report.publishedAt, locale)}: ${formatNumber(p.value, locale)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption id={captionId} class="px-chart__caption px-muted">{label}</figcaption>
    </figure>
  );
}
