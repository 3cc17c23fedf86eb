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
  const store = useMemo(() => {
    const fixed = tabIdFromQuery(location.search);
    return createTabStore(browserTransport(), fixed === null ? browserTabWatcher() : fixedTabWatcher(fixed));
  }, []);
  const snapshot = useTabSnapshot(store);
  const [panelError, setPanelError] = useState<string | null>(null);
  return (
    <Popup
      snapshot={snapshot}
      panelError={panelError}
      // No await before openPanel: the browser only opens a panel inside the click's user gesture.
      onOpenPanel={() => openPanel(snapshot.tab?.tabId ?? null).catch((e: unknown) => setPanelError(String(e instanceof Error ? e.message : e)))}
      onAnalyse={() => void store.analyse()}
      onForget={() => void store.forget()}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
