/** Why a write to the store failed, in words the reader can act on. */
export type StoreErrorKind = 'quota' | 'invalid' | 'failed';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(readonly kind: StoreErrorKind, message: string, cause?: unknown) {
    super(message, { cause });
  }
}

/** True for the browser's "storage is full" error, however it is wrapped. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return !!e && (e.name === 'QuotaExceededError' || e.inner?.name === 'QuotaExceededError');
}

/** Turns an IndexedDB failure into a StoreError; a full disk says so and offers pruning. */
export function storeError(error: unknown, doing: string): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) {
    return new StoreError('quota', `The browser's storage for Parallax is full, so ${doing} did not happen. Remove older reports to make room.`, error);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError('failed', `Parallax could not save its data (${doing}): ${detail}`, error);
}
