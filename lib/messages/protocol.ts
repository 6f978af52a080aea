// The typed messages between the extension's contexts: one type per message, one place.
// Every message that arrives is validated here before anything acts on it.
import { ACTOR_KINDS, MAX_ARTICLE_CHARS, type ActorKind, type ArticleDataset, type ArticleText } from '../engine/types';
import { GLOSSARY_FILE_FORMATS, GLOSSARY_LIMITS, MAX_GLOSSARY_FILE_CHARS, type GlossaryDraft, type GlossaryFileFormat } from '../glossary/glossary-types';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_PART_CHARS,
  MAX_SEARCH_RESULTS,
  type ActorSearchResult,
  type ExportPart,
  type ImportPart,
  type ImportSummary,
  type RemovalSummary,
  type StorageUsage,
  type StoreFailure,
} from '../store/store-types';
import { SYNC_STATES, type SyncStatus } from '../sync/sync-status';
import {
  MAX_WHO_ROWS,
  WHO_PERIODS,
  WHO_SORTS,
  type Correction,
  type CorrectionResult,
  type WhoActorPage,
  type WhoListPage,
  type WhoListQuery,
  type WhoPeriod,
  type WhoSort,
} from '../store/who-types';
import { parseCorrection } from '../store/correction-shape';

/** Content script → background: analyze this article (or return the stored analysis). */
export interface AnalyzeArticle {
  type: 'analyze-article';
  article: ArticleText;
}

/** Popup → content script: what did you find on this page? */
export interface GetPageCast {
  type: 'get-page-cast';
}

/** Popup → content script: scroll to the actor's first mention and open its card. */
export interface ShowActor {
  type: 'show-actor';
  actorId: string;
}

/** Popup → content script: which site is this tab on (the popup has no "tabs" permission)? */
export interface GetPageSite {
  type: 'get-page-site';
}

export type ShowActorReply = { ok: true } | { ok: false; error: string };
export interface PageSite {
  hostname: string;
}

/** Options page → background: every live (not deleted) glossary entry. */
export interface GlossaryList {
  type: 'glossary-list';
}
/** Options page → background: add or edit an entry. */
export interface GlossarySave {
  type: 'glossary-save';
  entry: GlossaryDraft;
}
/** Options page → background: delete an entry (a tombstone, so it can be restored). */
export interface GlossaryDelete {
  type: 'glossary-delete';
  id: string;
}
/** Options page → background: undo a delete. */
export interface GlossaryRestore {
  type: 'glossary-restore';
  id: string;
}

/**
 * Options page → background: import a glossary file in two steps. `preview` parses and
 * validates and writes nothing; `apply` (after the reader confirmed) parses the same text
 * again and writes it. With invalid rows, `apply` refuses unless `skipInvalid` is set.
 */
export interface GlossaryImport {
  type: 'glossary-import';
  format: GlossaryFileFormat;
  text: string;
  step: 'preview' | 'apply';
  skipInvalid?: boolean;
}

/** Options page → background: every live entry as a file. */
export interface GlossaryExport {
  type: 'glossary-export';
  format: GlossaryFileFormat;
}

/** Options page → background: how glossary sync is doing; `retry` tries pending writes now. */
export interface GetSyncStatus {
  type: 'sync-status';
  retry?: boolean;
}
export type SyncStatusReply = { ok: true; status: SyncStatus } | { ok: false; error: string };

/** Background → content scripts and extension pages: the glossary changed (here or on another browser). */
export interface GlossaryChanged {
  type: 'glossary-changed';
}
/** Background → extension pages: the sync status changed. */
export interface SyncStatusChanged {
  type: 'sync-status-changed';
  status: SyncStatus;
}
export type GlossaryBroadcast = GlossaryChanged | SyncStatusChanged;

export type GlossaryRequest =
  | GlossaryList
  | GlossarySave
  | GlossaryDelete
  | GlossaryRestore
  | GlossaryImport
  | GlossaryExport
  | GetSyncStatus;

export type BackgroundRequest = AnalyzeArticle | GlossaryRequest | StoreRequest;
/** Background → content script: the reader pressed the next/previous-name shortcut. */
export interface StepName {
  type: 'step-name';
  direction: 'next' | 'previous';
}

export type ContentRequest = GetPageCast | ShowActor | GetPageSite | GlossaryChanged | StepName;

export type AnalyzeArticleReply = { ok: true; dataset: ArticleDataset } | { ok: false; error: string };

/** The state of the page as the content script knows it, for the popup. */
export type PageCast =
  | { state: 'disabled' }
  | { state: 'working' }
  | { state: 'no-article' }
  | { state: 'error'; error: string }
  | { state: 'ready'; dataset: ArticleDataset };

const MAX_SHORT_FIELD = 4_096;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

function parseArticleText(value: unknown): ArticleText | null {
  if (!isRecord(value)) return null;
  const { url, title, lang, text } = value;
  if (!isString(url, MAX_SHORT_FIELD) || !isString(title, MAX_SHORT_FIELD) || !isString(lang, 64)) return null;
  if (!isString(text, MAX_ARTICLE_CHARS)) return null;
  if (!/^https?:/i.test(url)) return null;
  return { url, title, lang, text };
}

/** Validates a message sent to the background; null if it is not one we know. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isRecord(message)) return null;
  if (typeof message.type === 'string' && STORE_REQUEST_TYPES.has(message.type)) return parseStoreRequest(message);
  if (message.type === 'analyze-article') {
    const article = parseArticleText(message.article);
    return article ? { type: 'analyze-article', article } : null;
  }
  if (message.type === 'glossary-list') return { type: 'glossary-list' };
  if (message.type === 'glossary-save') {
    const entry = parseGlossaryDraft(message.entry);
    return entry ? { type: 'glossary-save', entry } : null;
  }
  if (message.type === 'glossary-delete' || message.type === 'glossary-restore') {
    return isString(message.id, MAX_SHORT_FIELD) ? { type: message.type, id: message.id } : null;
  }
  if (message.type === 'glossary-import') {
    const { format, text, step, skipInvalid } = message;
    if (!GLOSSARY_FILE_FORMATS.includes(format as GlossaryFileFormat) || !isString(text, MAX_GLOSSARY_FILE_CHARS)) return null;
    if (step !== 'preview' && step !== 'apply') return null;
    if (skipInvalid !== undefined && typeof skipInvalid !== 'boolean') return null;
    return { type: 'glossary-import', format: format as GlossaryFileFormat, text, step, ...(skipInvalid ? { skipInvalid } : {}) };
  }
  if (message.type === 'glossary-export') {
    return GLOSSARY_FILE_FORMATS.includes(message.format as GlossaryFileFormat)
      ? { type: 'glossary-export', format: message.format as GlossaryFileFormat }
      : null;
  }
  if (message.type === 'sync-status') {
    if (message.retry !== undefined && typeof message.retry !== 'boolean') return null;
    return { type: 'sync-status', ...(message.retry ? { retry: true } : {}) };
  }
  return null;
}

/** Validates a broadcast from the background to an extension page; null if it is not one we know. */
export function parseGlossaryBroadcast(message: unknown): GlossaryBroadcast | null {
  if (!isRecord(message)) return null;
  if (message.type === 'glossary-changed') return { type: 'glossary-changed' };
  if (message.type === 'sync-status-changed' && isRecord(message.status) && SYNC_STATES.includes(message.status.state as SyncStatus['state'])) {
    return { type: 'sync-status-changed', status: message.status as unknown as SyncStatus };
  }
  return null;
}

/** Shape and size of a glossary draft; content rules (empty term, duplicates) are the store's. */
export function parseGlossaryDraft(value: unknown): GlossaryDraft | null {
  if (!isRecord(value)) return null;
  const { id, term, aliases, kind, note, link } = value;
  if (id !== undefined && !isString(id, MAX_SHORT_FIELD)) return null;
  if (!isString(term, GLOSSARY_LIMITS.term) || !isString(note, GLOSSARY_LIMITS.note) || !isString(link, GLOSSARY_LIMITS.link)) return null;
  if (!Array.isArray(aliases) || aliases.length > GLOSSARY_LIMITS.aliases) return null;
  if (!aliases.every((alias) => isString(alias, GLOSSARY_LIMITS.alias))) return null;
  if (!ACTOR_KINDS.includes(kind as ActorKind)) return null;
  return { ...(id === undefined ? {} : { id }), term, aliases: aliases as string[], kind: kind as ActorKind, note, link };
}

/** Validates a message sent to a content script; null if it is not one we know. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isRecord(message)) return null;
  if (message.type === 'step-name' && (message.direction === 'next' || message.direction === 'previous')) {
    return { type: 'step-name', direction: message.direction };
  }
  if (message.type === 'get-page-cast') return { type: 'get-page-cast' };
  if (message.type === 'get-page-site') return { type: 'get-page-site' };
  if (message.type === 'glossary-changed') return { type: 'glossary-changed' };
  if (message.type === 'show-actor' && isString(message.actorId, MAX_SHORT_FIELD)) {
    return { type: 'show-actor', actorId: message.actorId };
  }
  return null;
}

const PAGE_STATES = new Set(['disabled', 'working', 'no-article', 'error', 'ready']);

/** Validates a content script's answer to get-page-cast (shape only; the dataset is ours). */
export function parsePageCast(value: unknown): PageCast | null {
  if (!isRecord(value) || typeof value.state !== 'string' || !PAGE_STATES.has(value.state)) return null;
  if (value.state === 'error') return { state: 'error', error: String(value.error ?? '') };
  if (value.state === 'ready') {
    const dataset = value.dataset;
    if (!isRecord(dataset) || !Array.isArray(dataset.actors) || !Array.isArray(dataset.mentions)) return null;
    return { state: 'ready', dataset: dataset as unknown as ArticleDataset };
  }
  return { state: value.state } as PageCast;
}

// ── The reading dataset (lib/store): search, usage, export/import, forgetting ──────────────
// Popup and options page → background. Destructive and exporting requests are answered only
// for the extension's own pages (not content scripts); see entrypoints/background.ts.

const MAX_SEARCH_QUERY = 200;

/** Popup → background: actors whose name or alias starts with `query` (case- and accent-insensitive). */
export interface SearchActors {
  type: 'search-actors';
  query: string;
  /** Default 20, at most MAX_SEARCH_RESULTS. */
  limit?: number;
}
export type SearchActorsReply = { ok: true; results: ActorSearchResult[] } | StoreFailure;

/** Options page → background: how much the dataset holds. */
export interface GetStorageUsage {
  type: 'storage-usage';
}
export type StorageUsageReply = { ok: true; usage: StorageUsage } | StoreFailure;

/** Options page / popup → background: forget every article read on this hostname ("www.example.com"). */
export interface ForgetSite {
  type: 'forget-site';
  hostname: string;
}
export type ForgetSiteReply = { ok: true; removed: RemovalSummary } | StoreFailure;

/** Options page → background: forget every article and actor (the glossary is kept). */
export interface ClearAll {
  type: 'clear-all';
  /** Also delete the reader's glossary (on every browser it syncs with). */
  glossary?: boolean;
}
export type ClearAllReply = { ok: true; removed: RemovalSummary; glossaryEntries?: number } | StoreFailure;

/** Options page → background: the whole reading dataset as one JSON file (glossary not included). */
/** Options page → background: the next part of a backup (no session: start one). See lib/store/backup.ts. */
export interface ExportDataset {
  type: 'export-dataset';
  session?: string;
}
export type ExportDatasetReply = { ok: true; part: ExportPart } | StoreFailure;

/** Options page → background: merge a format 1 or 2 file (one JSON document, at most MAX_IMPORT_BYTES). */
export interface ImportDataset {
  type: 'import-dataset';
  json: string;
}

/**
 * Options page → background: the next lines of a format 3 file. The file is read twice:
 * step "check" reads every line and changes nothing; step "apply" merges it part by part.
 */
export interface ImportDatasetPart {
  type: 'import-dataset-part';
  session?: string;
  step: 'check' | 'apply';
  lines: string[];
  last: boolean;
}
export type ImportDatasetPartReply = { ok: true; part: ImportPart } | StoreFailure;

export type ImportDatasetReply = { ok: true; imported: ImportSummary } | StoreFailure;

// ── Who's who (entrypoints/who): the reader's memory as a list, actor pages and corrections ──

/** Who's who → background: one page of the list of every actor met. */
export interface WhoList {
  type: 'who-list';
  query: WhoListQuery;
}
export type WhoListReply = { ok: true; page: WhoListPage } | StoreFailure;

/** Who's who → background: everything stored about one actor. */
export interface WhoActor {
  type: 'who-actor';
  id: string;
}
export type WhoActorReply = { ok: true; actor: WhoActorPage } | { ok: false; error: string; code: 'not-found' | StoreFailure['code'] };

/** Who's who → background: apply a correction (merge, split, rename, change kind, hide). */
export interface WhoCorrect {
  type: 'who-correct';
  correction: Correction;
}
/** Who's who → background: undo a correction. */
export interface WhoUndo {
  type: 'who-undo';
  id: string;
}
export type WhoCorrectReply = { ok: true; result: CorrectionResult } | StoreFailure;

export type StoreRequest = SearchActors | GetStorageUsage | ForgetSite | ClearAll | ExportDataset | ImportDataset | ImportDatasetPart | WhoList | WhoActor | WhoCorrect | WhoUndo;

export const STORE_REQUEST_TYPES: ReadonlySet<string> = new Set<StoreRequest['type']>([
  'search-actors',
  'storage-usage',
  'forget-site',
  'clear-all',
  'export-dataset',
  'import-dataset',
  'import-dataset-part',
  'who-list',
  'who-actor',
  'who-correct',
  'who-undo',
]);

export const GLOSSARY_REQUEST_TYPES: ReadonlySet<string> = new Set<GlossaryRequest['type']>([
  'glossary-list',
  'glossary-save',
  'glossary-delete',
  'glossary-restore',
  'glossary-import',
  'glossary-export',
  'sync-status',
]);

/** The type of a message meant for the background, even when the rest of it is malformed. */
export function backgroundRequestType(message: unknown): string | null {
  if (!isRecord(message) || typeof message.type !== 'string') return null;
  const type = message.type;
  const known = STORE_REQUEST_TYPES.has(type) || GLOSSARY_REQUEST_TYPES.has(type) || type === 'analyze-article' || type === 'card-open' || type === 'card-close';
  return known ? type : null;
}

/** A hostname as the address bar shows it: letters, digits, dots, hyphens (IDN in punycode). */
const HOSTNAME = /^[a-z0-9.-]{1,253}$/;

/** Validates a store request (the message's type is one of STORE_REQUEST_TYPES); null if malformed. */
function parseStoreRequest(message: Record<string, unknown>): StoreRequest | null {
  switch (message.type) {
    case 'search-actors': {
      const { query, limit } = message;
      if (!isString(query, MAX_SEARCH_QUERY)) return null;
      if (limit === undefined) return { type: 'search-actors', query };
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_RESULTS) return null;
      return { type: 'search-actors', query, limit };
    }
    case 'forget-site': {
      const hostname = message.hostname;
      if (typeof hostname !== 'string') return null;
      const lower = hostname.toLowerCase();
      return HOSTNAME.test(lower) ? { type: 'forget-site', hostname: lower } : null;
    }
    case 'import-dataset':
      // Characters, not bytes: the importer measures bytes again; this only stops absurd messages early.
      return isString(message.json, MAX_IMPORT_BYTES) ? { type: 'import-dataset', json: message.json } : null;
    case 'import-dataset-part': {
      const { session, step, lines, last } = message;
      if (session !== undefined && !isString(session, 64)) return null;
      if ((step !== 'check' && step !== 'apply') || typeof last !== 'boolean' || !Array.isArray(lines)) return null;
      let chars = 0;
      for (const line of lines) {
        if (typeof line !== 'string') return null;
        chars += line.length;
      }
      if (chars > MAX_IMPORT_PART_CHARS) return null;
      return { type: 'import-dataset-part', ...(session === undefined ? {} : { session }), step, lines: lines as string[], last };
    }
    case 'export-dataset':
      if (message.session !== undefined && !isString(message.session, 64)) return null;
      return message.session === undefined ? { type: 'export-dataset' } : { type: 'export-dataset', session: message.session };
    case 'clear-all':
      if (message.glossary !== undefined && typeof message.glossary !== 'boolean') return null;
      return message.glossary ? { type: 'clear-all', glossary: true } : { type: 'clear-all' };
    case 'storage-usage':
      return { type: message.type };
    case 'who-list': {
      const query = parseWhoListQuery(message.query);
      return query ? { type: 'who-list', query } : null;
    }
    case 'who-actor':
      return isString(message.id, MAX_SHORT_FIELD) && message.id !== '' ? { type: 'who-actor', id: message.id } : null;
    case 'who-correct': {
      const correction = parseCorrection(message.correction);
      return correction ? { type: 'who-correct', correction } : null;
    }
    case 'who-undo':
      return isString(message.id, MAX_SHORT_FIELD) && message.id !== '' ? { type: 'who-undo', id: message.id } : null;
    default:
      return null;
  }
}

function parseWhoListQuery(value: unknown): WhoListQuery | null {
  if (!isRecord(value)) return null;
  const { query, kind, site, period, sort, offset, limit } = value;
  if (!isString(query, MAX_SEARCH_QUERY) || !isString(site, 253)) return null;
  if (kind !== 'all' && !ACTOR_KINDS.includes(kind as ActorKind)) return null;
  if (!WHO_PERIODS.includes(period as WhoPeriod) || !WHO_SORTS.includes(sort as WhoSort)) return null;
  if (site !== '' && !HOSTNAME.test(site)) return null;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) return null;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_WHO_ROWS) return null;
  return { query, kind: kind as ActorKind | 'all', site, period: period as WhoPeriod, sort: sort as WhoSort, offset, limit };
}
