import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { createTabStore } from '../../lib/ui/tab-store';
import { browserTransport } from '../../lib/ui/browser-transport';
import { browserTabWatcher } from '../../lib/ui/browser-tabs';
import { fixedTabWatcher, tabIdFromQuery } from '../../lib/ui/active-tab';
import { useTabSnapshot } from '../../lib/ui/use-tab-store';
import { openPanel } from '../../lib/ui/open-panel';

/** The toolbar popup: the page's state at a glance, and the way into the panel. */
export function App() {
  // `popup.html?tabId=N` is the popup opened in a tab of its own (tests): it follows tab N and stays open.
  const fixed = useMemo(() => tabIdFromQuery(location.search), []);
  const store = useMemo(() => createTabStore(browserTransport(), fixed === null ? browserTabWatcher() : fixedTabWatcher(fixed)), [fixed]);
  const snapshot = useTabSnapshot(store);
  const [panelError, setPanelError] = useState<string | null>(null);
  return (
    <Popup
      snapshot={snapshot}
      panelError={panelError}
      // No await before openPanel: the browser only opens a panel inside the click's user gesture.
      onOpenPanel={() =>
        openPanel(snapshot.tab?.tabId ?? null).then(
          // The real popup gets out of the way of the panel it opened.
          () => fixed === null && window.close(),
          (e: unknown) => setPanelError(String(e instanceof Error ? e.message : e)),
        )
      }
      onAnalyse={() => void store.analyse()}
      onForget={() => void store.forget()}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
