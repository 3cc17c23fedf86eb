import type { Comparison } from '../lib/model';
import { bestTitle, differenceCounts, DIFFERENCE_KINDS } from '../lib/ui/view-model';
import { kindLabel } from '../lib/ui/kinds';
import { t, tn } from '../lib/ui/i18n';
import { Timeline } from './Timeline';
import { KindLegend } from './KindLegend';
import './PanelHeader.css';

export type PanelHeaderProps = { comparison: Comparison; locale: string };

/** The event (its best title), who reported it when, and how many differences there are. */
export function PanelHeader({ comparison, locale }: PanelHeaderProps) {
  const counts = differenceCounts(comparison);
  const kinds = DIFFERENCE_KINDS.filter((k) => counts.byKind[k]);
  return (
    <header class="px-header">
      <h1 class="px-header__title" dir="auto">{bestTitle(comparison.reports) || t('untitledEvent')}</h1>
      <p class="px-header__counts">
        <strong>{tn('differenceCount', counts.total)}</strong>{' '}
        <span class="px-muted">{t('differenceSplit', [counts.figures, counts.attributions, comparison.reports.length])}</span>
      </p>
      {kinds.length > 0 && (
        <ul class="px-header__kinds" aria-label={t('kindsLabel')}>
          {kinds.map((k) => (
            <li key={k} class={`px-kind px-kind--${k}`}>
              {kindLabel(k)} {counts.byKind[k]}
            </li>
          ))}
        </ul>
      )}
      <KindLegend kinds={kinds} />
      <Timeline reports={comparison.reports} locale={locale} />
    </header>
  );
}
