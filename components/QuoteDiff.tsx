import { quoteDiff } from '../lib/compare/quote-diff';
import { t } from '../lib/ui/i18n';
import './QuoteDiff.css';

export type QuoteDiffProps = {
  /** The quotation in the report being read (the reference). */
  reference: string;
  /** Another outlet's quotation. */
  quote: string;
};

/**
 * Another outlet's quoted words against the reader's: words it lacks struck through, words it
 * adds underlined, each also named for screen readers (never colour alone).
 */
export function QuoteDiff({ reference, quote }: QuoteDiffProps) {
  const parts = quoteDiff(reference, quote);
  return (
    <q class="px-quote-diff" dir="auto">
      {parts.map((part, i) =>
        part.op === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === 'removed' ? (
          <del key={i} class="px-quote-diff__removed">
            <span class="px-sr-only">{t('quoteRemoved')} </span>
            {part.text}
          </del>
        ) : (
          <ins key={i} class="px-quote-diff__added">
            <span class="px-sr-only">{t('quoteAdded')} </span>
            {part.text}
          </ins>
        ),
      )}
    </q>
  );
}
