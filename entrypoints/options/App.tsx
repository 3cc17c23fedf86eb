import { useState } from 'preact/hooks';
import { feedCheckRequestSetting, gatheringSetting, retentionDaysSetting, sourcesSetting, sourceStatusSetting, type Source } from '@/lib/settings';
import type { PermissionsApi } from '@/lib/sources/permissions';
import { syncAccessStatus } from '@/lib/sources/permissions';
import { mergeSources } from '@/lib/sources/import-export';
import { addSource, moveSource, removeSource, retryAccess, updateSource } from '@/lib/sources/source-actions';
import { storageStatusStore } from '@/lib/sources/status';
import { sendMessage } from '@/lib/messaging';
import { t } from '@/lib/ui/i18n';
import type { Transport } from '@/lib/ui/transport';
import { DataSection } from './DataSection';
import { GatheringSettings } from './GatheringSettings';
import { ImportExport } from './ImportExport';
import { PrivacyNote } from './PrivacyNote';
import { SourceForm } from './SourceForm';
import { SourceList } from './SourceList';
import { StarterList } from './StarterList';
import { useSetting } from './use-setting';
import '@/components/Theme.css';
import './options.css';

export interface Props {
  permissions: PermissionsApi;
  makeId?: () => string;
  download?: (name: string, text: string) => void;
  /** Messages to the background ("Your data"); a fake in tests. */
  send?: Transport['send'];
}

function downloadFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The options page: sources (with the starter list, import and export), gathering, retention, your data, privacy. */
export function App({ permissions, makeId = () => crypto.randomUUID(), download = downloadFile, send = sendMessage }: Props) {
  const sources = useSetting(sourcesSetting);
  const statuses = useSetting(sourceStatusSetting);
  const gathering = useSetting(gatheringSetting);
  const retention = useSetting(retentionDaysSetting);
  const [notice, setNotice] = useState('');
  const deps = { permissions };

  if (sources === null || statuses === null || gathering === null || retention === null) return <p class="px-muted">{t('loading')}</p>;

  const add = (source: Source) => {
    void addSource(deps, source).then((granted) =>
      setNotice(t(granted ? 'sourceAdded' : 'sourceAddedNoAccess', [source.name])),
    );
  };
  const remove = (source: Source) => void removeSource(deps, source.id).then(() => setNotice(t('sourceRemoved', [source.name])));
  const edit = (before: Source, after: Source) =>
    void updateSource(deps, before, after).then((granted) => setNotice(t(granted === false ? 'sourceSavedNoAccess' : 'sourceSaved', [after.name])));
  const toggle = (source: Source, patch: Partial<Source>) => void updateSource(deps, source, { ...source, ...patch });
  const move = (source: Source, delta: -1 | 1) => void sourcesSetting.setValue(moveSource(sources, source.id, delta));
  const allow = (source: Source) => void retryAccess(deps, source).then((granted) => setNotice(t(granted ? 'accessGranted' : 'accessRefused', [source.name])));
  const importList = async (imported: Source[]) => {
    const merged = mergeSources(sources, imported);
    await sourcesSetting.setValue(merged);
    // A file gives no click to ask within: sources whose access is missing say so, with a button.
    await syncAccessStatus(permissions, merged, storageStatusStore());
  };

  return (
    <main class="px-options">
      <h1>{t('optionsTitle')}</h1>
      <p role="status" aria-live="polite" class="px-notice">{notice}</p>
      <section aria-labelledby="px-sources-title">
        <h2 id="px-sources-title">{t('sourcesTitle')}</h2>
        <p class="px-muted">{t('sourcesIntro')}</p>
        <SourceList
          sources={sources}
          statuses={statuses}
          makeId={makeId}
          onToggle={toggle}
          onEdit={edit}
          onRemove={remove}
          onMove={move}
          onAllowAccess={allow}
        />
        {sources.some((s) => s.enabled && s.feeds.length > 0) && (
          <p>
            <button
              type="button"
              class="px-button"
              onClick={() => void feedCheckRequestSetting.setValue(Date.now()).then(() => setNotice(t('checkFeedsStarted')))}
            >
              {t('checkFeedsNow')}
            </button>
          </p>
        )}
        <h3>{t('addSourceTitle')}</h3>
        <SourceForm editing={null} makeId={makeId} onSave={add} />
        <StarterList sources={sources} onAdd={add} onRemove={remove} />
        <ImportExport sources={sources} onImport={importList} download={download} />
      </section>
      <GatheringSettings
        gathering={gathering}
        retentionDays={retention}
        onGathering={(value) => void gatheringSetting.setValue(value)}
        onRetention={(days) => void retentionDaysSetting.setValue(days)}
      />
      <DataSection send={send} download={download} retentionDays={retention} />
      <PrivacyNote />
    </main>
  );
}
