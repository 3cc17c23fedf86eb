import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Evidence } from '../lib/model';
import { t } from '../lib/ui/i18n';
import { usePanelActions } from './PanelActions';

export type EvidenceButtonProps = {
  evidence: Evidence;
  class: string;
  /** The evidence is in the page being read (highlighted there) rather than another report. */
  reading: boolean;
  title?: string;
  children: ComponentChildren;
};

/**
 * An item the reader can activate to see its evidence: the sentence highlighted in the page, or the
 * other outlet's report opened at it. Says so when the sentence cannot be found (the page changed).
 */
export function EvidenceButton({ evidence, class: className, reading, title, children }: EvidenceButtonProps) {
  const actions = usePanelActions();
  const [missed, setMissed] = useState(false);
  const show = async () => {
    const found = await actions.showEvidence(evidence).catch(() => false);
    setMissed(!found);
  };
  return (
    <>
      <button type="button" class={className} title={title ?? (reading ? t('evidenceHighlight') : t('evidenceOpen'))} onClick={() => void show()}>
        {children}
      </button>
      {missed && (
        <span role="status" class="px-muted px-evidence__missed">
          {t('evidenceNotFound')}
        </span>
      )}
    </>
  );
}
