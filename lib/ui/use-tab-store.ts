/** Binds a TabStore to a Preact view: the current snapshot, re-rendered on change. */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { TabSnapshot, TabStore } from './tab-store';

export function useTabSnapshot(store: TabStore): TabSnapshot {
  const [snapshot, setSnapshot] = useState(store.get());
  // A layout effect runs right after the first commit; a plain effect waits for the next frame,
  // which delayed the panel's first question to the background by a frame or more (issue 9).
  useLayoutEffect(() => {
    const stopListening = store.subscribe(setSnapshot);
    // Whatever changed between the first render and now (an answer already in) is shown too.
    setSnapshot(store.get());
    const stop = store.start();
    return () => {
      stopListening();
      stop();
    };
  }, [store]);
  return snapshot;
}
