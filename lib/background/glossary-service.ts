// The background's glossary, on the sync side (sync may use the glossary, never the reverse):
// answers the options page's glossary messages, keeps the sync engine running, merges the
// glossary into every dataset it hands out, and tells open tabs and extension pages when the
// glossary or the sync status changed.
import { browser } from 'wxt/browser';
import type { ArticleDataset } from '../engine/types';
import type { ActorCardExtras } from '../store/store-types';
import type { ArticleText } from '../engine/types';
import type { GlossaryEntry, GlossaryExportReply, GlossaryImportReply, GlossaryListReply } from '../glossary/glossary-types';
import type { GlossaryRequest, SyncStatusReply } from '../messages/protocol';
import { GLOSSARY_REQUEST_TYPES } from '../messages/protocol';
import { t } from '../locale/i18n';
import type { DramatisDatabase } from '../store/db';
import { findAppearance } from '../store/datasets';
import { GlossarySync } from '../sync/glossary-sync';
import { tooLargeToSync } from '../sync/remote-entry';
import { onRetryAlarm, scheduleRetryAlarm } from '../sync/retry-alarm';
import { browserSyncArea, type SyncArea } from '../sync/sync-area';
import type { SyncStatus } from '../sync/sync-status';
import { exportGlossary } from '../glossary/glossary-files';
import { applyImport, previewImport } from '../glossary/glossary-import';
import { DELETED_TEXT_KEPT_MS, deleteAllEntries, deleteEntry, eraseDeletedText, listEntries, restoreEntry, saveDraft, type EditContext } from '../glossary/glossary-crud';
import { dexieGlossaryStore, type GlossaryStore } from '../glossary/glossary-store';
import { buildGlossaryIndex, type GlossaryIndex } from '../glossary/match-glossary';
import { findEntryForActor, mergeGlossary, orderEntries } from '../glossary/merge-glossary';

const DEVICE_ID_KEY = 'glossaryDeviceId';
/** How many articles' entry↔actor links are remembered for their cards. */
const MAX_REMEMBERED_ARTICLES = 64;

export function isGlossaryRequest(request: { type: string }): request is GlossaryRequest {
  return GLOSSARY_REQUEST_TYPES.has(request.type);
}

export interface GlossaryService {
  answer(request: GlossaryRequest, sender: { fromExtensionPage: boolean }): Promise<unknown>;
  /** The dataset with the glossary's highlights and corrections (the stored dataset is never changed). */
  mergeInto(dataset: ArticleDataset, article: ArticleText): Promise<ArticleDataset>;
  /** The card extras with the reader's note and link for the actor, if an entry is attached to it. */
  decorateCard(card: ActorCardExtras, actorId: string, url: string): Promise<ActorCardExtras>;
  status(): SyncStatus | null;
  /** Erases the text of entries deleted more than DELETED_TEXT_KEPT_MS ago (all of them with `all`). */
  eraseDeletedText(all?: boolean): Promise<number>;
  /** Deletes every entry, here and (through sync) in the reader's other browsers. Returns how many. */
  deleteAll(): Promise<number>;
  /** Stops syncing (tests; the background lives as long as the extension). */
  dispose(): Promise<void>;
}

export function createGlossaryService(db: DramatisDatabase, options: { area?: SyncArea | null } = {}): GlossaryService {
  const store: GlossaryStore = dexieGlossaryStore(db);
  let live: { entries: GlossaryEntry[]; index: GlossaryIndex } | null = null;
  const links = new Map<string, Record<string, string>>();
  let lastStatus = '';

  const deviceId = loadDeviceId();
  // Every entry must fit one sync item: the sync side's check, asked by the glossary's edits.
  const context: Promise<EditContext> = deviceId.then((id) => ({ deviceId: id, now: () => Date.now(), refuse: (record) => tooLargeToSync(record) }));
  const sync = new GlossarySync({
    store,
    area: options.area === undefined ? browserSyncArea() : options.area,
    onGlossaryChanged: changed,
    onStatus: publishStatus,
  });
  void sync.start().catch((error: unknown) => console.warn('[Dramatis] glossary sync', error));
  if (options.area !== null) onRetryAlarm(() => void sync.retryNow());

  async function liveGlossary(): Promise<{ entries: GlossaryEntry[]; index: GlossaryIndex }> {
    if (!live) {
      const entries = orderEntries(await listEntries(store));
      live = { entries, index: buildGlossaryIndex(entries) };
    }
    return live;
  }

  /** The glossary changed (here or from another browser): refresh caches, tell every open tab and page. */
  function changed(): void {
    live = null;
    links.clear();
    void broadcast({ type: 'glossary-changed' });
  }

  function publishStatus(status: SyncStatus): void {
    const text = JSON.stringify(status);
    if (text === lastStatus) return;
    lastStatus = text;
    if (options.area !== null) scheduleRetryAlarm(status.nextRetryAt);
    browser.runtime.sendMessage({ type: 'sync-status-changed', status }).catch(() => undefined);
  }

  async function localEdit<T extends { ok: boolean }>(reply: T): Promise<T> {
    if (reply.ok) {
      changed();
      sync.localChanged();
    }
    return reply;
  }

  async function answer(request: GlossaryRequest, sender: { fromExtensionPage: boolean }): Promise<unknown> {
    // The glossary is the reader's own writing: only the extension's pages may read or change it.
    if (!sender.fromExtensionPage) return { ok: false, error: t('glossaryErrPagesOnly') };
    try {
      switch (request.type) {
        case 'glossary-list':
          return { ok: true, entries: (await liveGlossary()).entries } satisfies GlossaryListReply;
        case 'glossary-save':
          return await localEdit(await saveDraft(store, request.entry, await context));
        case 'glossary-delete':
          return await localEdit(await deleteEntry(store, request.id, await context));
        case 'glossary-restore':
          return await localEdit(await restoreEntry(store, request.id, await context));
        case 'glossary-import': {
          if (request.step === 'preview') return (await previewImport(store, request.format, request.text, tooLargeToSync)) satisfies GlossaryImportReply;
          return await localEdit(await applyImport(store, request.format, request.text, await context, request.skipInvalid ?? false));
        }
        case 'glossary-export':
          return exportGlossary((await liveGlossary()).entries, request.format, new Date()) satisfies GlossaryExportReply;
        case 'sync-status': {
          if (request.retry) await sync.retryNow();
          return { ok: true, status: sync.status() } satisfies SyncStatusReply;
        }
      }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  async function mergeInto(dataset: ArticleDataset, article: ArticleText): Promise<ArticleDataset> {
    const { entries, index } = await liveGlossary();
    const merged = mergeGlossary(dataset, article.text, entries, index);
    links.delete(article.url);
    links.set(article.url, merged.links);
    while (links.size > MAX_REMEMBERED_ARTICLES) links.delete(links.keys().next().value!);
    return merged.dataset;
  }

  async function decorateCard(card: ActorCardExtras, actorId: string, url: string): Promise<ActorCardExtras> {
    const { entries } = await liveGlossary();
    if (entries.length === 0) return card;
    const linked = links.get(url)?.[actorId];
    let entry = linked ? entries.find((candidate) => candidate.id === linked) : undefined;
    if (!entry && !links.has(url)) {
      // The background restarted since the page asked for its dataset: match by the actor's names here.
      const appearance = await findAppearance(db, actorId, url);
      entry = findEntryForActor(entries, { id: actorId, name: appearance?.name, aliases: appearance?.aliases ?? [] });
    }
    return entry && (entry.note || entry.link) ? { ...card, glossary: { note: entry.note, link: entry.link } } : card;
  }

  return {
    answer,
    mergeInto,
    decorateCard,
    status: () => sync.status(),
    eraseDeletedText: (all = false) => eraseDeletedText(store, all ? Number.POSITIVE_INFINITY : Date.now() - DELETED_TEXT_KEPT_MS),
    deleteAll: async () => {
      const count = await deleteAllEntries(store, await context);
      if (count > 0) await localEdit({ ok: true });
      return count;
    },
    dispose: async () => {
      sync.stop();
      await sync.idle();
    },
  };
}

async function loadDeviceId(): Promise<string> {
  const stored = (await browser.storage.local.get(DEVICE_ID_KEY))[DEVICE_ID_KEY];
  if (typeof stored === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(stored)) return stored;
  const id = crypto.randomUUID().replaceAll('-', '').slice(0, 16);
  await browser.storage.local.set({ [DEVICE_ID_KEY]: id });
  return id;
}

/** Sends a message to every tab's content script and to the extension's own pages. */
async function broadcast(message: { type: 'glossary-changed' }): Promise<void> {
  browser.runtime.sendMessage(message).catch(() => undefined);
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}
