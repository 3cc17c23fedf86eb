import { useEffect } from 'preact/hooks';
import type { Comparison } from '../lib/model';
import { PanelHeader } from './PanelHeader';
import { FigureSection } from './FigureSection';
import { AttributionSection } from './AttributionSection';
import { ExportMenu } from './ExportMenu';
import { usePanelActions } from './PanelActions';

export type ComparisonViewProps = {
  comparison: Comparison;
  /** The report of the page being read; its evidence is highlighted in place. */
  readingId: string | null;
};

/** The comparison of one event: header, figures, attributions, export. */
/** Performance mark set when a comparison is first on screen (the browser benchmark reads it). */
export const RENDERED_MARK = 'parallax:comparison-rendered';

export function ComparisonView({ comparison, readingId }: ComparisonViewProps) {
  const { locale } = usePanelActions();
  useEffect(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName(RENDERED_MARK).length === 0) performance.mark(RENDERED_MARK);
  }, []);
  return (
    <>
      <PanelHeader comparison={comparison} locale={locale} />
      <FigureSection items={comparison.numbers} reports={comparison.reports} readingId={readingId} />
      <AttributionSection items={comparison.attributions} reports={comparison.reports} readingId={readingId} />
      <ExportMenu />
    </>
  );
}
