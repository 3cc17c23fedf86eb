import type { FigureItem, ReportRef } from '../lib/model';
import { splitByStatus } from '../lib/ui/view-model';
import { t, tn } from '../lib/ui/i18n';
import { FigureRow } from './FigureRow';
import { Fold } from './Fold';
import './Section.css';

export type FigureSectionProps = {
  items: readonly FigureItem[];
  reports: readonly ReportRef[];
  readingId: string | null;
};

/** Figures: the ones that differ in view, the ones that agree folded one click away. */
export function FigureSection({ items, reports, readingId }: FigureSectionProps) {
  const { differs, agrees, single } = splitByStatus(items, reports.length);
  const rows = (list: FigureItem[]) => (
    <ul class="px-rows">
      {list.map((item, i) => (
        <FigureRow key={`${item.what}-${i}`} item={item} reports={reports} readingId={readingId} />
      ))}
    </ul>
  );
  return (
    <section class="px-section" aria-labelledby="px-figures">
      <h2 id="px-figures" class="px-section__title">
        {t('figuresHeading')} <span class="px-muted">{t('sectionCount', [differs.length, items.length])}</span>
      </h2>
      {items.length === 0 ? <p class="px-muted">{t('noFigures')}</p> : differs.length === 0 ? <p class="px-muted">{t('figuresAllAgree')}</p> : rows(differs)}
      {agrees.length > 0 && <Fold label={tn('figuresAgree', agrees.length)}>{rows(agrees)}</Fold>}
      {single.length > 0 && <Fold label={tn('figuresSingle', single.length)}>{rows(single)}</Fold>}
    </section>
  );
}
