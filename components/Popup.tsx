import type { TabSnapshot } from '../lib/ui/tab-store';
import { stateView } from '../lib/ui/state-view';
import { popupFacts } from '../lib/ui/popup-view';
import { t } from '../lib/ui/i18n';
import './Theme.css';
import './Popup.css';

export type PopupProps = {
  snapshot: Pick<TabSnapshot, 'tab' | 'state' | 'pending' | 'failure'>;
  /** Why the panel could not be opened, in words. */
  panelError: string | null;
  onOpenPanel: () => void;
  onAnalyse: () => void;
  onForget: () => void;
  onOpenOptions: () => void;
};

/** The page's state in one glance, the button into the panel, analyse or forget the page. */
export function Popup({ snapshot, panelError, onOpenPanel, onAnalyse, onForget, onOpenOptions }: PopupProps) {
  const view = stateView(snapshot);
  const facts = popupFacts(snapshot.state);
  const busy = snapshot.pending || view.situation === 'analysing';
  return (
    <main class="px-popup" aria-busy={busy}>
      <h1 class="px-popup__name">Parallax</h1>
      <div role="status" aria-live="polite" class="px-popup__state">
        <p class="px-popup__title">{facts.article ? t('popupArticle') : view.title}</p>
        {facts.article ? (
          <ul class="px-popup__facts">
            {facts.event && <li class="px-popup__event">{facts.event}</li>}
            <li>{facts.reports}</li>
            {facts.differences && (
              <li>
                <strong>{facts.differences}</strong>
                {facts.kinds && <span class="px-muted"> ({facts.kinds})</span>}
              </li>
            )}
            {view.progress && <li>{view.progress}</li>}
          </ul>
        ) : (
          view.detail && <p class="px-popup__detail">{view.detail}</p>
        )}
        {view.situation === 'alone' && <p class="px-popup__detail px-muted">{view.advice}</p>}
        {(view.situation === 'error' || view.situation === 'storage-full' || view.situation === 'not-article') && view.advice && <p class="px-popup__detail px-muted">{view.advice}</p>}
      </div>
      <div class="px-popup__actions">
        <button type="button" class="px-button px-button--primary" data-testid="open-panel" aria-label={t('openPanel')} onClick={onOpenPanel}>
          {t('openPanel')}
        </button>
        <button type="button" class="px-button" data-testid="analyse-page" onClick={onAnalyse} disabled={busy || !snapshot.tab}>
          {t('analyseNow')}
        </button>
        {facts.article && (
          <button type="button" class="px-button" data-testid="forget-page" onClick={onForget} disabled={busy}>
            {t('forgetPage')}
          </button>
        )}
      </div>
      {panelError && <p role="alert" class="px-popup__detail">{panelError}</p>}
      <button type="button" class="px-link px-popup__options" onClick={onOpenOptions}>
        {t('openOptions')}
      </button>
    </main>
  );
}
