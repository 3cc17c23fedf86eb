import type { ExportFormat } from '../lib/ui/export';
import { t } from '../lib/ui/i18n';
import { usePanelActions } from './PanelActions';

export type ExportMenuProps = Record<string, never>;

const FORMATS: Array<[ExportFormat, 'exportMarkdown' | 'exportCsv' | 'exportJson']> = [
  ['markdown', 'exportMarkdown'],
  ['csv', 'exportCsv'],
  ['json', 'exportJson'],
];

/** Export the whole comparison as a file. */
export function ExportMenu(_props: ExportMenuProps) {
  const actions = usePanelActions();
  return (
    <div class="px-export" role="group" aria-label={t('exportLabel')}>
      <span class="px-muted">{t('exportLabel')}:</span>{' '}
      {FORMATS.map(([format, key]) => (
        <button key={format} type="button" class="px-button" onClick={() => actions.exportAs(format)}>
          {t(key)}
        </button>
      ))}
    </div>
  );
}
