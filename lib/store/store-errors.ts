// Store failures as the reader should hear them. The browser's storage-pressure error arrives
// as a DOMException "QuotaExceededError", or wrapped by Dexie (AbortError with `inner`,
// BulkError with `failures`), or as a transaction abort whose `cause`/`error` carries it.
import type { StoreErrorCode, StoreFailure } from './store-types';

/** How deep to look through wrappers for the real cause. */
const MAX_WRAPPER_DEPTH = 6;
/** Legacy DOMException code of QuotaExceededError. */
const QUOTA_EXCEEDED_CODE = 22;

export const QUOTA_MESSAGE =
  'The browser refused to store more data: storage for Dramatis is full. Nothing was changed. ' +
  'Free some disk space, or lower how many articles Dramatis keeps (options page).';

/** An error with a message meant for the reader (import validation, size limits). */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly code: StoreErrorCode,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** True if `error`, or anything it wraps, is the browser's quota error. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_WRAPPER_DEPTH) return false;
  const value = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; error?: unknown; failures?: unknown };
  if (value.name === 'QuotaExceededError') return true;
  if (value.name === 'DOMException' || error instanceof DOMExceptionLike()) {
    if (value.code === QUOTA_EXCEEDED_CODE) return true;
  }
  if (isQuotaError(value.inner, depth + 1) || isQuotaError(value.cause, depth + 1) || isQuotaError(value.error, depth + 1)) return true;
  return Array.isArray(value.failures) && value.failures.some((failure) => isQuotaError(failure, depth + 1));
}

function DOMExceptionLike(): { new (...args: never[]): object } {
  return typeof DOMException === 'function' ? DOMException : class {};
}

/** The reply for a failed store request. */
export function toStoreFailure(error: unknown): StoreFailure {
  if (error instanceof StoreError) return { ok: false, error: error.message, code: error.code };
  if (isQuotaError(error)) return { ok: false, error: QUOTA_MESSAGE, code: 'quota' };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, error: `The dataset could not be read or changed (${detail}).`, code: 'failed' };
}
