/**
 * Tab states survive the MV3 worker being stopped: a snapshot goes to session storage (cleared when
 * the browser closes) and each tab's state is rebuilt from it and the report store on demand.
 */
import { storage } from 'wxt/utils/storage';
import type { SavedTab } from '@/lib/tabs';

const savedTabs = storage.defineItem<Record<string, SavedTab>>('session:tabs', { fallback: {} });

let pending: Record<string, SavedTab> | null = null;
let writing = false;

/** Saves the latest snapshot; bursts of changes are written once. */
export function persistTabs(snapshot: Record<string, SavedTab>): void {
  pending = snapshot;
  if (writing) return;
  writing = true;
  queueMicrotask(async () => {
    while (pending) {
      const next = pending;
      pending = null;
      await savedTabs.setValue(next).catch((error: unknown) => console.warn('[parallax] could not keep tab states', error));
    }
    writing = false;
  });
}

export function loadSavedTabs(): Promise<Record<string, SavedTab>> {
  return savedTabs.getValue().catch(() => ({}));
}
