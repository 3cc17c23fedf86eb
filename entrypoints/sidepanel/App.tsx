import { useMemo } from 'preact/hooks';
import { Panel } from '../../components/Panel';
import { createTabStore } from '../../lib/ui/tab-store';
import { createPanelActions } from '../../lib/ui/actions';
import { browserTransport } from '../../lib/ui/browser-transport';
import { browserTabWatcher } from '../../lib/ui/browser-tabs';
import { fixedTabWatcher, tabIdFromQuery } from '../../lib/ui/active-tab';
import { browserEffects } from '../../lib/ui/browser-effects';
import { useTabSnapshot } from '../../lib/ui/use-tab-store';

/** The side panel (Chrome) or sidebar (Firefox): follows the active tab of its window. */
export function App() {
  const { store, actions } = useMemo(() => {
    const transport = browserTransport();
    const fixed = tabIdFromQuery(location.search);
    const store = createTabStore(transport, fixed === null ? browserTabWatcher() : fixedTabWatcher(fixed));
    const actions = createPanelActions(
      browserEffects(transport),
      () => {
        const { tab, state } = store.get();
        return {
          tabId: tab?.tabId ?? null,
          readingId: state?.status === 'article' ? state.reportId : null,
          comparison: state?.status === 'article' ? state.comparison : null,
        };
      },
      { analyse: () => void store.analyse(), prune: () => void store.prune() },
    );
    return { store, actions };
  }, []);
  const snapshot = useTabSnapshot(store);
  return <Panel snapshot={snapshot} actions={actions} />;
}
