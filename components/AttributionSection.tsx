import type { AttributionItem, ReportRef } from '../lib/model';
import { splitByStatus } from '../lib/ui/view-model';
import { t, tn } from '../lib/ui/i18n';
import { AttributionRow } from './AttributionRow';
import { Fold } from './Fold';
import './Section.css';

export type AttributionSectionProps = {
  items: readonly AttributionItem[];
  reports: readonly ReportRef[];
  readingId: string | null;
};

/** Whether only one outlet cites this source (in a comparison of two or more reports). */
const citedByOne = (item: AttributionItem) => new Set(item.mentions.map((m) => m.report)).size === 1;

/**
 * Attributions per source: differing verbs and quotes first, then the sources only one outlet
 * cites (often the most telling difference), then agreements, folded.
 */
export function AttributionSection({ items, reports, readingId }: AttributionSectionProps) {
  const many = reports.length > 1;
  const { differs, agrees, single } = splitByStatus(items, reports.length);
  const alone = many ? [...differs, ...single].filter(citedByOne) : [];
  const shared = differs.filter((item) => !alone.includes(item));
  const rest = single.filter((item) => !alone.includes(item));
  const rows = (list: AttributionItem[]) => (
    <ul class="px-rows">
      {list.map((item, i) => (
        <AttributionRow key={`${item.entity}-${i}`} item={item} reports={reports} readingId={readingId} />
      ))}
    </ul>
  );
  return (
    <section class="px-section" aria-labelledby="px-attributions">
      <h2 id="px-attributions" class="px-section__title">
        {t('attributionsHeading')} <span class="px-muted">{t('sectionCount', [shared.length + alone.length, items.length])}</span>
      </h2>
      {items.length === 0 ? <p class="px-muted">{t('noAttributions')}</p> : shared.length === 0 ? <p class="px-muted">{t('attributionsAllAgree')}</p> : rows(shared)}
      {alone.length > 0 && (
        <>
          <h3 class="px-section__subtitle">{t('citedByOneHeading', [alone.length])}</h3>
          {rows(alone)}
        </>
      )}
      {agrees.length > 0 && <Fold label={tn('attributionsAgree', agrees.length)}>{rows(agrees)}</Fold>}
      {rest.length > 0 && <Fold label={tn('attributionsSingle', rest.length)}>{rows(rest)}</Fold>}
    </section>
  );
}
