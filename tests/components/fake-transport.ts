/** A Transport that records what the view sends and answers from a table. */
import { vi } from 'vitest';
import type { Transport, UiMessage } from '../../lib/ui/transport';
import type { ResponseOf, TabStateUpdate } from '../../lib/protocol';

export function fakeTransport(answers: Partial<{ [K in UiMessage]: (request: unknown) => ResponseOf<K> | Promise<ResponseOf<K>> }> = {}) {
  const listeners = new Set<(u: TabStateUpdate) => void>();
  const reconnects = new Set<() => void>();
  const send = vi.fn(async (name: UiMessage, request: unknown) => {
    const answer = answers[name] as ((r: unknown) => unknown) | undefined;
    if (!answer) throw new Error(`no answer for ${name}`);
    return answer(request);
  });
  const transport: Transport = {
    send: send as unknown as Transport['send'],
    connect(onUpdate, onReconnect) {
      listeners.add(onUpdate);
      if (onReconnect) reconnects.add(onReconnect);
      return () => {
        listeners.delete(onUpdate);
        if (onReconnect) reconnects.delete(onReconnect);
      };
    },
  };
  return {
    transport,
    send,
    push: (update: TabStateUpdate) => listeners.forEach((l) => l(update)),
    reconnect: () => reconnects.forEach((r) => r()),
    listening: () => listeners.size,
  };
}
