// The extension's pages and the content script ask the background through one typed function:
// the reply type follows from the request type, so a caller cannot mistake one for another.
import { browser } from 'wxt/browser';
import type { CardReply, CardRequest } from './card-messages';
import { t } from '../locale/i18n';
import type { AnalyzeArticle, AnalyzeArticleReply, BackgroundRequest, ClearAll, ClearAllReply, ExportDataset, ExportDatasetReply, ForgetSite, ForgetSiteReply, GetStorageUsage, GetSyncStatus, GlossaryDelete, GlossaryExport, GlossaryImport, GlossaryList, GlossaryRestore, GlossarySave, ImportDataset, ImportDatasetPart, ImportDatasetPartReply, ImportDatasetReply, SearchActors, SearchActorsReply, StorageUsageReply, SyncStatusReply, WhoActor, WhoActorReply, WhoCorrect, WhoCorrectReply, WhoList, WhoListReply, WhoUndo } from './protocol';
import type { GlossaryChangeReply, GlossaryExportReply, GlossaryImportReply, GlossaryListReply, GlossarySaveReply } from '../glossary/glossary-types';

/** Everything the extension's pages and content scripts may ask the background. */
export type AnyBackgroundRequest = BackgroundRequest | CardRequest;

export type ReplyTo<R extends AnyBackgroundRequest> = R extends AnalyzeArticle
  ? AnalyzeArticleReply
  : R extends CardRequest
    ? CardReply
    : R extends GlossaryList
      ? GlossaryListReply
      : R extends GlossarySave
        ? GlossarySaveReply
        : R extends GlossaryDelete | GlossaryRestore
          ? GlossaryChangeReply
          : R extends SearchActors
            ? SearchActorsReply
            : R extends GetStorageUsage
              ? StorageUsageReply
              : R extends ForgetSite
                ? ForgetSiteReply
                : R extends ClearAll
                  ? ClearAllReply
                  : R extends ExportDataset
                    ? ExportDatasetReply
                    : R extends ImportDataset
                      ? ImportDatasetReply
                      : R extends ImportDatasetPart
                        ? ImportDatasetPartReply
                      : R extends GlossaryImport
                        ? GlossaryImportReply
                        : R extends GlossaryExport
                          ? GlossaryExportReply
                          : R extends GetSyncStatus
                            ? SyncStatusReply
                            : R extends WhoList
                              ? WhoListReply
                              : R extends WhoActor
                                ? WhoActorReply
                                : R extends WhoCorrect | WhoUndo
                                  ? WhoCorrectReply
                                  : never;

/**
 * Sends `request` to the background. A background that does not answer (no handler for the
 * message, or it crashed) becomes `{ ok: false, error }` so callers handle one shape.
 */
export async function askBackground<R extends AnyBackgroundRequest>(request: R): Promise<ReplyTo<R>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as ReplyTo<R>;
    return { ok: false, error: t('errNoAnswer'), code: 'failed' } as unknown as ReplyTo<R>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message, code: 'failed' } as unknown as ReplyTo<R>;
  }
}
