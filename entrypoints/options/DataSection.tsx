import { useEffect, useRef, useState } from 'preact/hooks';
import type { DataSummary } from '@/lib/store/data';
import type { Transport } from '@/lib/ui/transport';
import { MAX_IMPORT } from '@/lib/messaging';
import { t, tn } from '@/lib/ui/i18n';
import { approximateSize, exportFileName, reportCount, summarySentence } from './data-words';

export interface Props {
  /** How the page asks the background (runtime messages; a fake in tests). */
  send: Transport['send'];
  /** Saves text as a file (a download link in the browser). */
  download: (name: string, text: string) => void;
  /** The retention setting: "Prune now" removes reports older than this (0 keeps them for ever). */
  retentionDays: number;
  locale?: string;
  now?: () => Date;
}

type Message = { error: boolean; text: string };

/** Thrown when the background answers nothing (it failed): said inside the failure sentence. */
const noAnswer = () => new Error(t('noAnswer'));
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Your data": what is stored, and the reader's controls over it: export everything as JSON,
 * import such a file (a bad file changes nothing and says why), prune by the retention setting,
 * and delete everything after a second, explicit button.
 */
export function DataSection({ send, download, retentionDays, locale = navigator.language, now = () => new Date() }: Props) {
  const [summary, setSummary] = useState<DataSummary | null>(null);
  const [summaryError, setSummaryError] = useState('');
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [replace, setReplace] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  const refresh = () =>
    send('ui:data-summary', {}).then(
      (s) => {
        // A background that failed answers nothing (undefined): say so rather than show zeros.
        if (!s) throw noAnswer();
        setSummary(s);
        setSummaryError('');
      },
      (error: unknown) => setSummaryError(t('dataCountFailed', [reason(error)])),
    );

  useEffect(() => void refresh(), [send]);
  useEffect(() => {
    // Keyboard users land on the step that appeared, and back on "Delete everything…" after Cancel.
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  /** Runs one action at a time, shows its sentence, and counts again afterwards. */
  const act = async (work: () => Promise<Message>) => {
    setBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ error: true, text: t('actionFailed', [reason(error)]) });
    } finally {
      setBusy(false);
      await refresh().catch(() => undefined);
    }
  };

  const exportAll = () =>
    act(async () => {
      const file = await send('ui:export-data', {});
      if (!file) throw noAnswer();
      download(exportFileName(now()), file.json);
      return { error: false, text: t('dataExported', [reportCount(file.reports, file.revisions, locale)]) };
    });

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    await act(async () => {
      if (file.size > MAX_IMPORT) {
        return { error: true, text: t('dataTooLarge', [approximateSize(file.size, locale), approximateSize(MAX_IMPORT, locale)]) };
      }
      const text = await file.text();
      if (!text.trim()) return { error: true, text: t('dataEmptyFile') };
      const result = await send('ui:import-data', { json: text, mode: replace ? 'replace' : 'merge' });
      if (!result) throw noAnswer();
      if (!result.ok) return { error: true, text: t('nothingImported', [result.message]) };
      return { error: false, text: t('dataImported', [reportCount(result.reports, result.revisions, locale)]) };
    });
  };

  const prune = () =>
    act(async () => {
      const { removed } = await send('ui:prune-reports', {});
      return { error: false, text: removed === 0 ? tn('pruneNone', retentionDays) : tn('pruned', retentionDays, [reportCount(removed, 0, locale), retentionDays]) };
    });

  const deleteAll = () => {
    setConfirming(false);
    return act(async () => {
      const deleted = await send('ui:delete-data', {});
      if (!deleted) throw noAnswer();
      return { error: false, text: t('dataDeleted', [reportCount(deleted.reports, deleted.revisions, locale)]) };
    });
  };

  const empty = summary !== null && summary.reports === 0 && summary.revisions === 0;

  return (
    <section class="px-data" aria-labelledby="px-data-title">
      <h2 id="px-data-title">{t('dataTitle')}</h2>
      <p class={summaryError ? 'px-error' : undefined}>{summaryError || (summary ? summarySentence(summary, locale) : t('dataCounting'))}</p>
      <div class="px-import-export">
        <button type="button" class="px-button" disabled={busy || empty} onClick={() => void exportAll()}>{t('exportEverything')}</button>
        {/* The input comes first so that CSS rings its visible label when the (hidden) input has focus. */}
        <input id="px-import-data" class="px-sr-only" type="file" accept="application/json,.json" disabled={busy} onChange={(e) => void importFile(e)} />
        <label class="px-button" for="px-import-data">{t('importDataFile')}</label>
        <label class="px-check">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} /> {t('importReplace')}
        </label>
      </div>
      <p class="px-muted px-hint">{t('dataHint')}</p>
      <div class="px-import-export">
        <button type="button" class="px-button" disabled={busy || retentionDays === 0 || empty} onClick={() => void prune()}>{t('pruneNow')}</button>
        <span class="px-muted">{retentionDays === 0 ? t('pruneForever') : tn('pruneHint', retentionDays)}</span>
      </div>
      <div class="px-import-export">
        {confirming ? (
          <>
            <span id="px-delete-warning">{summary ? t('deleteConfirm', [reportCount(summary.reports, summary.revisions, locale)]) : t('deleteConfirmAll')}</span>
            <button ref={confirmButton} type="button" class="px-button px-button--danger" aria-describedby="px-delete-warning" onClick={() => void deleteAll()}>{t('deleteYes')}</button>
            <button type="button" class="px-button" onClick={() => setConfirming(false)}>{t('cancel')}</button>
          </>
        ) : (
          <button ref={deleteButton} type="button" class="px-button" disabled={busy || empty} onClick={() => setConfirming(true)}>{t('deleteEverything')}</button>
        )}
      </div>
      <p role="status" aria-live="polite" class={message?.error ? 'px-error' : 'px-muted'}>{message?.text ?? ''}</p>
    </section>
  );
}
