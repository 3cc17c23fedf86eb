/**
 * How the panel and popup talk to the background, as an interface so that component tests pass a
 * fake and the view never touches `browser.*` itself (the pattern preact-devtools' panel port uses).
 * The wire format is lib/protocol.ts: `runtime.sendMessage({ name, request })` and the
 * 'parallax:tab-updates' port carrying TabStateUpdate.
 */
import type { MessageName, RequestOf, ResponseOf, TabStateUpdate } from '../protocol';

/** The messages an extension page may send. */
export type UiMessage = Extract<MessageName, `ui:${string}`>;

export interface Transport {
  send<K extends UiMessage>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>>;
  /**
   * Listens to live tab-state updates. `onReconnect` runs when a dropped connection is made again
   * (updates may have been missed meanwhile).
   * @returns A function that stops listening.
   */
  connect(onUpdate: (update: TabStateUpdate) => void, onReconnect?: () => void): () => void;
}

/** The port name the background broadcasts tab states on. */
export const TAB_UPDATES_PORT = 'parallax:tab-updates';

/** True for a well-formed update: the port is the background's, but a stale build may differ. */
export function isTabStateUpdate(value: unknown): value is TabStateUpdate {
  const v = value as Partial<TabStateUpdate> | null;
  return !!v && v.type === 'tab:state' && typeof v.tabId === 'number' && !!v.state && typeof v.state.status === 'string';
}
