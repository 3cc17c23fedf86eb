/** The per-source status the options page shows: last check, items, problem in words, access. */
import { sourceStatusSetting, type SourceStatus } from '../settings';

export interface StatusStore {
  update(sourceId: string, patch: Partial<SourceStatus>): Promise<void>;
}

interface RecordItem {
  getValue(): Promise<Record<string, SourceStatus>>;
  setValue(value: Record<string, SourceStatus>): Promise<void>;
}

const EMPTY: SourceStatus = { checkedAt: '', items: 0, error: null, lacksAccess: false };

/** Status updates over one storage record, queued so that concurrent updates are not lost. */
export function storageStatusStore(item: RecordItem = sourceStatusSetting): StatusStore {
  let writes: Promise<unknown> = Promise.resolve();
  return {
    update(sourceId, patch) {
      const next = writes.then(async () => {
        const all = await item.getValue();
        await item.setValue({ ...all, [sourceId]: { ...EMPTY, ...all[sourceId], ...patch } });
      });
      writes = next.catch(() => undefined);
      return next;
    },
  };
}

export function memoryStatusStore(): StatusStore & { statuses: Map<string, SourceStatus> } {
  const statuses = new Map<string, SourceStatus>();
  return {
    statuses,
    update: async (id, patch) => void statuses.set(id, { ...EMPTY, ...statuses.get(id), ...patch }),
  };
}
