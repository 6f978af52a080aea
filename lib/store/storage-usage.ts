// How much the dataset holds, for the options page.
import type { StorageUsage } from './store-types';
import type { DramatisDatabase } from './db';
import { countsOf, readTotals } from './counters';
import { foldJournal } from './actor-stats';
import { storeTables } from './retention';

/**
 * Table sizes from the running totals (counting rows is slow at scale), plus the browser's
 * estimate. The journal is folded first: the totals count an actor new since the last fold
 * only then.
 */
export async function storageUsage(db: DramatisDatabase, maxArticles: number): Promise<StorageUsage> {
  const counts = await db.transaction('rw', [...storeTables(db), db.glossary], async () => ({
    ...countsOf(await foldJournal(db, await readTotals(db))),
    // Live entries only: deleted ones are tombstones that sync the delete.
    glossary: await db.glossary.filter((entry) => !entry.deleted).count(),
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
