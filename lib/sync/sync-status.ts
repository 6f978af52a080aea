// What the options page shows about sync: one state, plainly worded, plus the numbers behind it.

/**
 * - ok: every entry is in sync storage.
 * - pending: edits are waiting (batched, or throttled under the write limits) and will be written.
 * - offline: sync storage is unavailable (signed out, sync switched off, or no storage.sync at all).
 * - quota-full: sync storage is full (100 KB or 512 entries); entries stay on this device only.
 * - error: the browser refused a write for another reason; retried with back-off.
 */
export type SyncState = 'ok' | 'pending' | 'offline' | 'quota-full' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Entries changed on this device and not yet written to sync storage. */
  pending: number;
  /** Bytes used in sync storage by the glossary, and the browser's limit. */
  usedBytes: number;
  quotaBytes: number;
  /** Keys used in sync storage by the glossary, and the browser's limit. */
  usedItems: number;
  maxItems: number;
  /** ms since epoch of the last successful write or merge, or null. */
  lastSyncedAt: number | null;
  /** ms since epoch of the next automatic attempt, or null when nothing waits. */
  nextRetryAt: number | null;
  /** The browser's own words for the last failure (offline/quota-full/error). */
  error?: string;
}

export const SYNC_STATES: readonly SyncState[] = ['ok', 'pending', 'offline', 'quota-full', 'error'];
