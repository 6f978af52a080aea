// browser.storage.sync's hard limits (the same in Chrome and Firefox), and the budgets Dramatis
// keeps under them. https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
import { utf8Length } from '../text/utf8-length';

export const SYNC_QUOTA = {
  /** Total bytes: every key's length plus its value's JSON. */
  QUOTA_BYTES: 102_400,
  /** One key plus its value's JSON. */
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  /** set/remove/clear calls, whatever their number of keys. */
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

export interface SyncLimits {
  quotaBytes: number;
  itemBytes: number;
  maxItems: number;
  /** Write operations Dramatis allows itself per rolling minute/hour (below the browser's, for headroom). */
  writesPerMinute: number;
  writesPerHour: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  // Leave room for the browser's own accounting differences (it may count bytes slightly differently).
  quotaBytes: SYNC_QUOTA.QUOTA_BYTES - 2_048,
  itemBytes: SYNC_QUOTA.QUOTA_BYTES_PER_ITEM,
  maxItems: SYNC_QUOTA.MAX_ITEMS,
  writesPerMinute: 100,
  writesPerHour: 1_500,
};

/** Bytes storage.sync charges for one item: the key plus the JSON of the value, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value));
}
