// The part of browser.storage.sync the sync engine uses, so the engine can run against the
// real browser or a simulated one (tests/unit/sync/simulated-sync.ts).
import { browser } from 'wxt/browser';

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface SyncArea {
  /** null: everything. */
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Subscribes to changes of this area (made here or arriving from other browsers); returns the unsubscribe. */
  onChanged(listener: (changes: Record<string, StorageChange>) => void): () => void;
}

/** browser.storage.sync, or null where the browser has none. */
export function browserSyncArea(): SyncArea | null {
  const sync = browser.storage?.sync;
  if (!sync) return null;
  return {
    get: (keys) => sync.get(keys),
    set: (items) => sync.set(items),
    remove: (keys) => sync.remove(keys),
    onChanged(listener) {
      const handle = (changes: Record<string, StorageChange>, areaName: string) => {
        if (areaName === 'sync') listener(changes);
      };
      browser.storage.onChanged.addListener(handle);
      return () => browser.storage.onChanged.removeListener(handle);
    },
  };
}
