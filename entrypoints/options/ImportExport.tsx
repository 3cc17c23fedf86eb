import { useState } from 'preact/hooks';
import type { Source } from '@/lib/settings';
import { exportSources, importSources } from '@/lib/sources/import-export';
import { t, tn } from '@/lib/ui/i18n';

export interface Props {
  sources: Source[];
  onImport: (sources: Source[]) => Promise<void> | void;
  /** Saves text as a file (a download link in the browser). */
  download: (name: string, text: string) => void;
}

/** Export the sources as JSON; import a file (checked first: a bad file changes nothing and says why). */
export function ImportExport({ sources, onImport, download }: Props) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = importSources(await file.text());
    input.value = '';
    if (!result.ok) return setMessage({ error: true, text: t('nothingImported', [result.message]) });
    await onImport(result.sources);
    setMessage({ error: false, text: tn('importedSources', result.sources.length) });
  };

  return (
    <div class="px-import-export">
      <button type="button" class="px-button" onClick={() => download('parallax-sources.json', exportSources(sources))}>{t('exportSources')}</button>
      <label class="px-button" for="px-import-file">{t('importSources')}</label>
      <input id="px-import-file" class="px-sr-only" type="file" accept="application/json,.json" onChange={importFile} />
      <p role="status" class={message?.error ? 'px-error' : 'px-muted'}>{message?.text ?? ''}</p>
    </div>
  );
}
