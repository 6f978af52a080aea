// Answers the store's messages (search, usage, forget, clear, export, import) for the background.
import type { BackgroundRequest, ClearAllReply, ExportDatasetReply, ForgetSiteReply, ImportDatasetPartReply, ImportDatasetReply, SearchActorsReply, StorageUsageReply, StoreRequest, WhoActorReply, WhoCorrectReply, WhoListReply } from '../messages/protocol';
import { applyCorrection, undoCorrection } from '../store/corrections';
import { listActors } from '../store/who-list';
import { actorPage } from '../store/who-actor';
import type { StoreFailure } from '../store/store-types';
import { STORE_REQUEST_TYPES } from '../messages/protocol';
import type { DramatisDatabase } from '../store/db';
import type { Backups } from '../store/backup';
import { importDataset } from '../store/export-import';
import { clearAll, forgetSite } from '../store/retention';
import { searchActors } from '../store/search-actors';
import { storageUsage } from '../store/storage-usage';
import { toStoreFailure } from '../store/store-errors';

export function isStoreRequest(request: BackgroundRequest): request is StoreRequest {
  return STORE_REQUEST_TYPES.has(request.type);
}

export type StoreReply =
  | SearchActorsReply
  | StorageUsageReply
  | ForgetSiteReply
  | ClearAllReply
  | ExportDatasetReply
  | ImportDatasetReply
  | ImportDatasetPartReply
  | WhoListReply
  | WhoActorReply
  | WhoCorrectReply;

export interface StoreRequestContext {
  /** True when the sender is one of the extension's own pages (popup, options), not a content script. */
  fromExtensionPage: boolean;
  /** The retention cap in force (settings.maxArticles). */
  maxArticles: () => Promise<number>;
  /** Backups in parts (their sessions live as long as the background). */
  backups: Backups;
}

/** The reply to a store request; failures become a StoreFailure with a sentence for the reader. */
export async function answerStoreRequest(db: DramatisDatabase, request: StoreRequest, context: StoreRequestContext): Promise<StoreReply> {
  // Every store request reaches across the reader's whole memory (search, usage, removal,
  // export, import): a content script never needs one, so only Dramatis's own pages get answers.
  if (!context.fromExtensionPage) {
    const refused: StoreFailure = { ok: false, error: `"${request.type}" is only answered for Dramatis's own pages.`, code: 'failed' };
    return refused;
  }
  try {
    switch (request.type) {
      case 'search-actors':
        return { ok: true, results: await searchActors(db, request.query, request.limit) };
      case 'storage-usage':
        return { ok: true, usage: await storageUsage(db, await context.maxArticles()) };
      case 'forget-site':
        return { ok: true, removed: await forgetSite(db, request.hostname) };
      case 'clear-all':
        return { ok: true, removed: await clearAll(db) };
      case 'export-dataset':
        return { ok: true, part: await context.backups.exportPart(request.session) };
      case 'import-dataset-part':
        return { ok: true, part: await context.backups.importPart(request, { maxArticles: await context.maxArticles() }) };
      case 'import-dataset':
        return { ok: true, imported: await importDataset(db, request.json, { maxArticles: await context.maxArticles() }) };
      case 'who-list':
        return { ok: true, page: await listActors(db, request.query) };
      case 'who-actor': {
        const actor = await actorPage(db, request.id);
        return actor ? { ok: true, actor } : { ok: false, error: 'This actor is no longer in your memory (its articles were forgotten, or it was merged).', code: 'not-found' };
      }
      case 'who-correct':
        return { ok: true, result: await applyCorrection(db, request.correction) };
      case 'who-undo':
        return { ok: true, result: await undoCorrection(db, request.id) };
    }
  } catch (error) {
    return toStoreFailure(error);
  }
}
