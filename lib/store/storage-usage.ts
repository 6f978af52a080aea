// How much the dataset holds, for the options page.
import type { StorageUsage } from '../protocol';
import type { DramatisDatabase } from './db';

export async function storageUsage(db: DramatisDatabase, maxArticles: number): Promise<StorageUsage> {
  const counts = await db.transaction('r', db.articles, db.actors, db.appearances, db.glossary, async () => ({
    articles: await db.articles.count(),
    actors: await db.actors.count(),
    appearances: await db.appearances.count(),
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
