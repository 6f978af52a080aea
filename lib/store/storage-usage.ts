// How much the dataset holds, for the options page.
import type { StorageUsage } from '../protocol';
import type { DramatisDatabase } from './db';
import { readCounters } from './counters';

/** Table sizes from the running totals (counting rows is slow at scale), plus the browser's estimate. */
export async function storageUsage(db: DramatisDatabase, maxArticles: number): Promise<StorageUsage> {
  const counts = await db.transaction('r', db.counters, db.glossary, async () => ({
    ...(await readCounters(db)),
    glossary: await db.glossary.count(),
  }));
  const estimate = await estimateStorage();
  return { usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null, counts, maxArticles };
}

async function estimateStorage(): Promise<StorageEstimate | null> {
  try {
    return typeof navigator !== 'undefined' && navigator.storage?.estimate ? await navigator.storage.estimate() : null;
  } catch {
    return null;
  }
}
