/**
 * How the panel and popup talk to the background, as an interface so that component tests pass a
 * fake and the view never touches `browser.*` itself (the pattern preact-devtools' panel port uses).
 * The real one (browser-transport.ts) uses lib/messaging.ts's wire.
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
