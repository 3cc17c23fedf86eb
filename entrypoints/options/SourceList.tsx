import { useState } from 'preact/hooks';
import type { Source, SourceStatus } from '@/lib/settings';
import { SourceForm } from './SourceForm';
import { t } from '@/lib/ui/i18n';
import { SourceStatusLine } from './SourceStatusLine';

export interface Props {
  sources: Source[];
  statuses: Record<string, SourceStatus>;
  makeId: () => string;
  onToggle: (source: Source, patch: Partial<Pick<Source, 'enabled' | 'autoCapture'>>) => void;
  onEdit: (before: Source, after: Source) => void;
  onRemove: (source: Source) => void;
  onMove: (source: Source, delta: -1 | 1) => void;
  onAllowAccess: (source: Source) => void;
}

/** The reader's sources in their order, each with its switches, its status and its actions. */
export function SourceList(props: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  if (!props.sources.length) return <p class="px-muted">{t('noSources')}</p>;
  return (
    <ol class="px-sources">
      {props.sources.map((source, index) => (
        <li key={source.id} class="px-source">
          {editing === source.id ? (
            <SourceForm
              editing={source}
              makeId={props.makeId}
              onSave={(after) => {
                setEditing(null);
                props.onEdit(source, after);
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <>
              <div class="px-source-head">
                <h3 class="px-source-name">{source.name}</h3>
                <span class="px-muted">{source.domains.join(', ')}</span>
              </div>
              {source.feeds.length > 0 && (
                <ul class="px-feeds" aria-label={t('feedsOf', [source.name])}>
                  {source.feeds.map((feed) => (
                    <li key={feed} class="px-muted">{feed}</li>
                  ))}
                </ul>
              )}
              <div class="px-checks">
                <label>
                  <input type="checkbox" checked={source.enabled} onChange={(e) => props.onToggle(source, { enabled: e.currentTarget.checked })} /> {t('sourceEnabled')}
                </label>
                <label>
                  <input type="checkbox" checked={source.autoCapture} onChange={(e) => props.onToggle(source, { autoCapture: e.currentTarget.checked })} /> {t('autoCaptureShort')}
                </label>
              </div>
              <SourceStatusLine name={source.name} hasFeeds={source.feeds.length > 0} status={props.statuses[source.id]} onAllowAccess={() => props.onAllowAccess(source)} />
              <div class="px-actions">
                <button type="button" class="px-button" disabled={index === 0} onClick={() => props.onMove(source, -1)} aria-label={t('moveUp', [source.name])}>↑</button>
                <button type="button" class="px-button" disabled={index === props.sources.length - 1} onClick={() => props.onMove(source, 1)} aria-label={t('moveDown', [source.name])}>↓</button>
                <button type="button" class="px-button" onClick={() => setEditing(source.id)} aria-label={t('editSourceNamed', [source.name])}>{t('edit')}</button>
                <button type="button" class="px-button" onClick={() => props.onRemove(source)} aria-label={t('removeNamed', [source.name])}>{t('remove')}</button>
              </div>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
