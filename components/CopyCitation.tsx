import { useState } from 'preact/hooks';
import type { Evidence } from '../lib/model';
import { t } from '../lib/ui/i18n';
import { usePanelActions } from './PanelActions';

export type CopyCitationProps = {
  evidence: Evidence;
  /** What is cited, for the button's accessible name ("Copy citation: people injured"). */
  subject: string;
};

/** Copies an item as a citation (outlet, time, sentence, address) and says so. */
export function CopyCitation({ evidence, subject }: CopyCitationProps) {
  const actions = usePanelActions();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = async () => {
    try {
      await actions.copyCitation(evidence);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      <button type="button" class="px-link px-copy" aria-label={t('copyCitationFor', [subject])} onClick={() => void copy()}>
        {t('copyCitation')}
      </button>
      <span role="status" class="px-muted px-copy__status">
        {copied === 'yes' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
      </span>
    </>
  );
}
