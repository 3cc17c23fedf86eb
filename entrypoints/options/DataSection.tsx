import { useEffect, useRef, useState } from 'preact/hooks';
import type { DataSummary } from '@/lib/store/data';
import type { Transport } from '@/lib/ui/transport';
import { MAX_IMPORT } from '@/lib/messaging';
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
        if (!s) throw new Error('the extension did not answer');
        setSummary(s);
        setSummaryError('');
      },
      (error: unknown) => setSummaryError(`Parallax could not count the stored reports (${reason(error)}).`),
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
      setMessage({ error: true, text: `That did not work: ${reason(error)}.` });
    } finally {
      setBusy(false);
      await refresh().catch(() => undefined);
    }
  };

  const exportAll = () =>
    act(async () => {
      const file = await send('ui:export-data', {});
      if (!file) throw new Error('the extension did not answer');
      download(exportFileName(now()), file.json);
      return { error: false, text: `Exported ${reportCount(file.reports, file.revisions, locale)}.` };
    });

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    await act(async () => {
      if (file.size > MAX_IMPORT) {
        return { error: true, text: `Nothing was imported. The file is ${approximateSize(file.size, locale)}; Parallax imports files up to ${approximateSize(MAX_IMPORT, locale)}.` };
      }
      const text = await file.text();
      if (!text.trim()) return { error: true, text: 'Nothing was imported. The file is empty.' };
      const result = await send('ui:import-data', { json: text, mode: replace ? 'replace' : 'merge' });
      if (!result) throw new Error('the extension did not answer');
      if (!result.ok) return { error: true, text: `Nothing was imported. ${result.message}` };
      return { error: false, text: `Imported ${reportCount(result.reports, result.revisions, locale)}.` };
    });
  };

  const prune = () =>
    act(async () => {
      const { removed } = await send('ui:prune-reports', {});
      return { error: false, text: removed === 0 ? `No report is older than ${retentionDays} days.` : `Removed ${reportCount(removed, 0, locale)} older than ${retentionDays} days.` };
    });

  const deleteAll = () => {
    setConfirming(false);
    return act(async () => {
      const deleted = await send('ui:delete-data', {});
      if (!deleted) throw new Error('the extension did not answer');
      return { error: false, text: `Deleted ${reportCount(deleted.reports, deleted.revisions, locale)}.` };
    });
  };

  const empty = summary !== null && summary.reports === 0 && summary.revisions === 0;

  return (
    <section class="px-data" aria-labelledby="px-data-title">
      <h2 id="px-data-title">Your data</h2>
      <p class={summaryError ? 'px-error' : undefined}>{summaryError || (summary ? summarySentence(summary, locale) : 'Counting the stored reports…')}</p>
      <div class="px-import-export">
        <button type="button" class="px-button" disabled={busy || empty} onClick={() => void exportAll()}>Export everything</button>
        {/* The input comes first so that CSS rings its visible label when the (hidden) input has focus. */}
        <input id="px-import-data" class="px-sr-only" type="file" accept="application/json,.json" disabled={busy} onChange={(e) => void importFile(e)} />
        <label class="px-button" for="px-import-data">Import a data file…</label>
        <label class="px-check">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} /> Replace what is stored when importing
        </label>
      </div>
      <p class="px-muted px-hint">The export holds every report, its earlier versions and your settings. Importing adds the file's reports; your settings stay as they are.</p>
      <div class="px-import-export">
        <button type="button" class="px-button" disabled={busy || retentionDays === 0 || empty} onClick={() => void prune()}>Prune now</button>
        <span class="px-muted">{retentionDays === 0 ? 'Reports are kept for ever, so nothing is old enough to prune.' : `Removes reports captured more than ${retentionDays} days ago.`}</span>
      </div>
      <div class="px-import-export">
        {confirming ? (
          <>
            <span id="px-delete-warning">Delete {summary ? reportCount(summary.reports, summary.revisions, locale) : 'every report'}? This cannot be undone.</span>
            <button ref={confirmButton} type="button" class="px-button px-button--danger" aria-describedby="px-delete-warning" onClick={() => void deleteAll()}>Yes, delete everything</button>
            <button type="button" class="px-button" onClick={() => setConfirming(false)}>Cancel</button>
          </>
        ) : (
          <button ref={deleteButton} type="button" class="px-button" disabled={busy || empty} onClick={() => setConfirming(true)}>Delete everything…</button>
        )}
      </div>
      <p role="status" aria-live="polite" class={message?.error ? 'px-error' : 'px-muted'}>{message?.text ?? ''}</p>
    </section>
  );
}
