import type { StateView } from '../lib/ui/state-view';
import { t } from '../lib/ui/i18n';
import './StatePanel.css';

export type StatePanelProps = {
  view: StateView;
  onAnalyse?: () => void;
  onOpenOptions?: () => void;
  onPrune?: () => void;
};

/** Situations that offer analysing the page now. */
const CAN_ANALYSE = new Set(['idle', 'not-article', 'error']);

/**
 * A state that explains itself: what is happening in words, what it means, what to do next.
 * A live region, so screen readers hear the state change without moving focus.
 */
export function StatePanel({ view, onAnalyse, onOpenOptions, onPrune }: StatePanelProps) {
  const quiet = view.situation === 'compared';
  return (
    <div class={`px-state px-state--${view.situation}`} role="status" aria-live="polite">
      {!quiet && <p class="px-state__title">{view.title}</p>}
      {!quiet && view.detail && <p class="px-state__detail">{view.detail}</p>}
      {view.advice && <p class="px-state__advice">{view.advice}</p>}
      {view.progress && (
        <p class="px-state__progress">
          <span class="px-state__spinner" aria-hidden="true" />
          {view.progress}
        </p>
      )}
      {(view.situation === 'analysing' || view.situation === 'loading') && <span class="px-state__spinner" aria-hidden="true" />}
      <div class="px-state__actions">
        {onAnalyse && CAN_ANALYSE.has(view.situation) ? (
          <button type="button" class="px-button px-button--primary" onClick={onAnalyse}>
            {t('analyseNow')}
          </button>
        ) : null}
        {onPrune && view.situation === 'storage-full' && (
          <button type="button" class="px-button px-button--primary" onClick={onPrune}>
            {t('pruneReports')}
          </button>
        )}
        {onOpenOptions && (view.situation === 'alone' || view.situation === 'error' || view.situation === 'storage-full') && (
          <button type="button" class="px-button" onClick={onOpenOptions}>
            {t('openOptions')}
          </button>
        )}
      </div>
    </div>
  );
}
