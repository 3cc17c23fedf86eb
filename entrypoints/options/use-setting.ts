import { useEffect, useState } from 'preact/hooks';

/** The part of a WXT storage item the page reads and watches. */
export interface WatchedItem<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T | null) => void): () => void;
  fallback: T;
}

/**
 * A setting's current value, kept up to date when it changes anywhere (the background writes
 * statuses while the page is open). `null` until it has been read.
 */
export function useSetting<T>(item: WatchedItem<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v ?? item.fallback));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
