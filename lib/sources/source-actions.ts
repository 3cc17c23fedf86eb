/**
 * What the options page does to the list of sources, with the permission steps in the right
 * order: access is requested first, inside the reader's click (nothing awaited before it), then
 * the list is saved. A denied request keeps the source, marked as lacking access.
 */
import { sourcesSetting, sourceStatusSetting, type Source, type SourceStatus } from '../settings';
import { releaseAccess, requestAccess, originsFor, type PermissionsApi } from './permissions';

interface Item<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface SourceActionDeps {
  permissions: PermissionsApi;
  sources?: Item<Source[]>;
  statuses?: Item<Record<string, SourceStatus>>;
}

const EMPTY_STATUS: SourceStatus = { checkedAt: '', items: 0, error: null, lacksAccess: false };

async function setAccess(deps: SourceActionDeps, id: string, granted: boolean): Promise<void> {
  const statuses = deps.statuses ?? sourceStatusSetting;
  const all = await statuses.getValue();
  await statuses.setValue({ ...all, [id]: { ...EMPTY_STATUS, ...all[id], lacksAccess: !granted } });
}

/** Adds a source (or replaces the one with its id) and asks for its access. @returns whether access was granted. */
export async function addSource(deps: SourceActionDeps, source: Source): Promise<boolean> {
  const asking = requestAccess(deps.permissions, source); // first: the click's gesture is still valid
  const sources = deps.sources ?? sourcesSetting;
  const list = await sources.getValue();
  const at = list.findIndex((s) => s.id === source.id);
  await sources.setValue(at >= 0 ? list.map((s) => (s.id === source.id ? source : s)) : [...list, source]);
  const granted = await asking;
  await setAccess(deps, source.id, granted);
  return granted;
}

/** Saves an edited source; asks for access only when it now needs origins it did not before. */
export async function updateSource(deps: SourceActionDeps, before: Source, after: Source): Promise<boolean | null> {
  const known = new Set(originsFor(before));
  const needsMore = originsFor(after).some((o) => !known.has(o));
  const asking = needsMore ? requestAccess(deps.permissions, after) : null;
  const sources = deps.sources ?? sourcesSetting;
  const list = await sources.getValue();
  const rest = list.filter((s) => s.id !== after.id);
  await sources.setValue(list.map((s) => (s.id === after.id ? after : s)));
  await releaseAccess(deps.permissions, { domains: before.domains.filter((d) => !after.domains.includes(d)), feeds: before.feeds.filter((f) => !after.feeds.includes(f)) }, [after, ...rest]);
  if (!asking) return null;
  const granted = await asking;
  await setAccess(deps, after.id, granted);
  return granted;
}

/** Removes a source, its status, and the access no other source needs. */
export async function removeSource(deps: SourceActionDeps, id: string): Promise<void> {
  const sources = deps.sources ?? sourcesSetting;
  const statuses = deps.statuses ?? sourceStatusSetting;
  const list = await sources.getValue();
  const removed = list.find((s) => s.id === id);
  if (!removed) return;
  const rest = list.filter((s) => s.id !== id);
  await sources.setValue(rest);
  const { [id]: _gone, ...others } = await statuses.getValue();
  void _gone;
  await statuses.setValue(others);
  await releaseAccess(deps.permissions, removed, rest);
}

/** Asks again for a source marked as lacking access (a button beside its status). */
export async function retryAccess(deps: SourceActionDeps, source: Source): Promise<boolean> {
  const granted = await requestAccess(deps.permissions, source);
  await setAccess(deps, source.id, granted);
  return granted;
}

/** Moves a source up (-1) or down (+1) in the list; the order is the reader's. */
export function moveSource(list: readonly Source[], id: string, delta: -1 | 1): Source[] {
  const from = list.findIndex((s) => s.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}
