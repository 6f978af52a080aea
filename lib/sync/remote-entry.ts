// How one glossary entry is written to sync storage: one key per entry ("g:<id>"), a compact
// value, and the last-writer-wins order on (updatedAt, deviceId) that every replica agrees on.
import type { Version } from '../glossary/edit-clock';
import { t } from '../locale/i18n';
import { DEFAULT_SYNC_LIMITS } from './quotas';
import type { ActorKind } from '../engine/types';
import { validateDraft } from '../glossary/entry';
import type { StoredGlossaryRecord } from '../glossary/glossary-store';
import { itemBytes } from './quotas';

export const ENTRY_KEY_PREFIX = 'g:';

/** Short field names: every byte counts against the 100 KB quota. */
export interface RemoteEntry {
  /** updatedAt, ms since epoch. */
  u: number;
  /** deviceId of the edit. */
  d: string;
  /** 1 for a tombstone (no content is kept remotely). */
  x?: 1;
  t?: string;
  a?: string[];
  k?: ActorKind;
  n?: string;
  l?: string;
}

export function entryKey(id: string): string {
  return ENTRY_KEY_PREFIX + id;
}

export function idOfKey(key: string): string | null {
  return key.startsWith(ENTRY_KEY_PREFIX) ? key.slice(ENTRY_KEY_PREFIX.length) : null;
}

export function encodeEntry(record: StoredGlossaryRecord): RemoteEntry {
  const version = { u: record.updatedAt, d: record.deviceId ?? '' };
  if (record.deleted) return { ...version, x: 1 };
  const value: RemoteEntry = { ...version, t: record.term, k: record.kind };
  if (record.aliases.length > 0) value.a = record.aliases;
  if (record.note) value.n = record.note;
  if (record.link) value.l = record.link;
  return value;
}

/** Bytes the entry would take in sync storage. */
export function entryBytes(record: StoredGlossaryRecord): number {
  return itemBytes(entryKey(record.id), encodeEntry(record));
}

/**
 * Reads a value found in sync storage; null when it is not a valid entry (another version of
 * Dramatis, or damage). Content passes the same validation as an entry typed by the reader.
 */
export function decodeEntry(id: string, value: unknown): StoredGlossaryRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  // The same value is decoded again and again (every onChanged, every merge): remember the last few.
  const cacheKey = `${id}\u0000${JSON.stringify(value)}`;
  const cached = decoded.get(cacheKey);
  if (cached !== undefined) return cached && { ...cached, aliases: [...cached.aliases] };
  const result = decodeUncached(id, value as Record<string, unknown>);
  if (decoded.size >= DECODE_CACHE_SIZE) decoded.clear();
  decoded.set(cacheKey, result);
  return result && { ...result, aliases: [...result.aliases] };
}

const DECODE_CACHE_SIZE = 2_048;
const decoded = new Map<string, StoredGlossaryRecord | null>();

function decodeUncached(id: string, value: Record<string, unknown>): StoredGlossaryRecord | null {
  const remote = value as Record<string, unknown>;
  if (typeof remote.u !== 'number' || !Number.isFinite(remote.u) || typeof remote.d !== 'string' || remote.d.length > 64) return null;
  const version = { id, updatedAt: remote.u, deviceId: remote.d, synced: true };
  if (remote.x === 1) return { ...version, term: '', aliases: [], kind: 'other', note: '', link: '', deleted: true };
  const checked = validateDraft({ term: remote.t, aliases: remote.a ?? [], kind: remote.k, note: remote.n ?? '', link: remote.l ?? '' });
  if (!checked.ok) return null;
  const { term, aliases, kind, note, link } = checked.draft;
  return { ...version, term, aliases, kind, note, link, deleted: false };
}

/** The version stamp of a value in sync storage, even one whose content this version cannot read. */
export function readVersion(value: unknown): Version | null {
  if (typeof value !== 'object' || value === null) return null;
  const { u, d } = value as Record<string, unknown>;
  return typeof u === 'number' && Number.isFinite(u) && typeof d === 'string' ? { updatedAt: u, deviceId: d } : null;
}

/**
 * Last writer wins: the later updatedAt, then the larger deviceId; equal versions with different
 * content (never made by a correct device) are ordered by content so every replica picks the same.
 */
export function compareRecords(a: StoredGlossaryRecord, b: StoredGlossaryRecord): number {
  const byVersion = compareVersions(a, b);
  if (byVersion !== 0) return byVersion;
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  if (a.deleted) return 0; // tombstones carry no content in sync storage
  return (
    compareStrings(a.term, b.term) ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.note, b.note) ||
    compareStrings(a.link, b.link) ||
    compareStrings(a.aliases.join('\u0000'), b.aliases.join('\u0000'))
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareVersions(a: Version, b: Version): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? -1 : 1;
  const da = a.deviceId ?? '';
  const db = b.deviceId ?? '';
  return da < db ? -1 : da > db ? 1 : 0;
}

/** Why an entry cannot be stored as one sync item, or null when it fits (the glossary's edits ask before saving). */
export function tooLargeToSync(record: StoredGlossaryRecord, itemLimit = DEFAULT_SYNC_LIMITS.itemBytes): string | null {
  const bytes = entryBytes(record);
  if (bytes <= itemLimit) return null;
  const format = new Intl.NumberFormat();
  return t('glossaryErrTooLarge', format.format(bytes), format.format(itemLimit));
}

export type { Version };
