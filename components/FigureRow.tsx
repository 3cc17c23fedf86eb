import { useId } from 'preact/hooks';
import type { FigureItem, ReportRef } from '../lib/model';
import { figureChips } from '../lib/ui/figure-chips';
import { t } from '../lib/ui/i18n';
import { FigureChip } from './FigureChip';
import { KindBadge } from './KindBadge';
import { isDifference } from '../lib/ui/view-model';
import { ValueChart } from './ValueChart';
import { CopyCitation } from './CopyCitation';
import { usePanelActions } from './PanelActions';
import { outletList } from '../lib/ui/outlets';
import { formatNumber, formatTime } from '../lib/ui/format';
import './Row.css';

export type FigureRowProps = {
  item: FigureItem;
  reports: readonly ReportRef[];
  /** The report of the page being read. */
  readingId: string | null;
};

/** One thing counted: a chip per outlet, the kinds of difference, a chart when reported 3+ times. */
export function FigureRow({ item, reports, readingId }: FigureRowProps) {
  const headingId = useId();
  const { locale } = usePanelActions();
  const { chips, missing } = figureChips(item, reports);
  const evidence = item.mentions.find((m) => m.report === readingId) ?? item.mentions[0];
  return (
    <li class="px-row" tabIndex={0} data-row aria-labelledby={headingId}>
      <div class="px-row__head">
        <h3 id={headingId} class="px-row__title" dir="auto">{item.what}</h3>
        {isDifference(item, reports.length) && item.kinds.map((kind) => <KindBadge key={kind} kind={kind} />)}
      </div>
      <ul class="px-row__chips" aria-label={t('outletsFor', [item.what])}>
        {chips.map((chip) => (
          <FigureChip key={chip.report.id} chip={chip} reading={chip.report.id === readingId} />
        ))}
      </ul>
      {missing.length > 0 && chips.length > 0 && <p class="px-row__missing">{t('notReportedBy', [outletList(missing)])}</p>}
      {item.update && (
        <p class="px-row__update">
          {t('updateLine', [
            formatNumber(item.update.from, locale),
            formatNumber(item.update.to, locale),
            formatTime(item.update.fromAt, locale),
            formatTime(item.update.toAt, locale),
          ])}
        </p>
      )}
      <ValueChart item={item} reports={reports} locale={locale} />
      {evidence && (
        <p class="px-row__evidence">
          <span class="px-row__sentence" dir="auto">{evidence.sentence}</span> <CopyCitation evidence={evidence} subject={item.what} />
        </p>
      )}
    </li>
  );
}
