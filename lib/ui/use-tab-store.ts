/** Binds a TabStore to a Preact view: the current snapshot, re-rendered on change. */
import { useEffect, useState } from 'preact/hooks';
import type { TabSnapshot, TabStore } from './tab-store';

export function useTabSnapshot(store: TabStore): TabSnapshot {
  const [snapshot, setSnapshot] = useState(store.get());
  useEffect(() => {
    const stopListening = store.subscribe(setSnapshot);
    const stop = store.start();
    return () => {
      stopListening();
      stop();
    };
  }, [store]);
  return snapshot;
}
