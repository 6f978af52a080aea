// Creating, editing, deleting and restoring glossary entries on this device. Every edit gets
// a new version (updatedAt, deviceId) later than the one it replaces and is marked for sync.
import type { GlossaryChangeReply, GlossaryDraft, GlossaryEntry, GlossarySaveReply } from './glossary-types';
import { nextUpdatedAt } from './edit-clock';
import { t } from '../locale/i18n';
import { fieldErrorText, newEntryId, validateDraft } from './entry';
import type { GlossaryStore, StoredGlossaryRecord } from './glossary-store';
import { foldTerm } from './term-key';

/** Who edits, and when: the device's id and its clock; and what else an entry must pass to be saved. */
export interface EditContext {
  deviceId: string;
  now: () => number;
  /** Why an entry cannot be kept (too large for one sync item), or null: the sync side says. */
  refuse?: (record: StoredGlossaryRecord) => string | null;
}

export function toEntry(record: StoredGlossaryRecord): GlossaryEntry {
  const { id, term, aliases, kind, note, link, updatedAt } = record;
  return { id, term, aliases: [...aliases], kind, note, link, updatedAt };
}

export function isLive(record: StoredGlossaryRecord): boolean {
  return !record.deleted;
}

/** Every live entry, by term. */
export async function listEntries(store: GlossaryStore): Promise<GlossaryEntry[]> {
  const records = (await store.all()).filter(isLive);
  return records.map(toEntry).sort((a, b) => a.term.localeCompare(b.term) || a.id.localeCompare(b.id));
}

function sameContent(a: StoredGlossaryRecord, draft: GlossaryDraft): boolean {
  return a.term === draft.term && a.kind === draft.kind && a.note === draft.note && a.link === draft.link &&
    a.aliases.length === draft.aliases.length && a.aliases.every((alias, i) => alias === draft.aliases[i]);
}

/** A live entry (other than `exceptId`) whose term or alias is the same name as `term`, if any. */
export function findTermOwner(records: readonly StoredGlossaryRecord[], term: string, exceptId?: string): StoredGlossaryRecord | undefined {
  const key = foldTerm(term);
  return records.find((record) => isLive(record) && record.id !== exceptId && foldTerm(record.term) === key);
}

/** Adds (no id) or edits (id) an entry after validating it. */
export async function saveDraft(store: GlossaryStore, input: unknown, context: EditContext): Promise<GlossarySaveReply> {
  const checked = validateDraft(input);
  if (!checked.ok) {
    const first = checked.errors[0]!;
    return { ok: false, error: fieldErrorText(first), ...(first.field === 'id' ? {} : { field: first.field }) };
  }
  const draft = checked.draft;
  const owner = findTermOwner(await store.all(), draft.term, draft.id);
  if (owner) return { ok: false, error: t('glossaryErrDuplicate', owner.term), field: 'term' };
  const id = draft.id ?? newEntryId();
  const candidate: StoredGlossaryRecord = { id, ...draft, updatedAt: 0, deviceId: context.deviceId, deleted: false, synced: false };
  const tooLarge = context.refuse?.(candidate) ?? null;
  if (tooLarge) return { ok: false, error: tooLarge, field: 'note' };
  const [written] = await store.update([id], (_id, current) => {
    if (current && !current.deleted && sameContent(current, draft)) return undefined;
    return { ...candidate, updatedAt: nextUpdatedAt(context.now(), current) };
  });
  const record = written ?? (await store.get(id));
  return record ? { ok: true, entry: toEntry(record) } : { ok: false, error: t('glossaryErrNotSaved') };
}

/** Deletes an entry: a tombstone that syncs, keeping the content here so the delete can be undone. */
export async function deleteEntry(store: GlossaryStore, id: string, context: EditContext): Promise<GlossaryChangeReply> {
  const [written] = await store.update([id], (_id, current) => {
    if (!current || current.deleted) return undefined;
    return { ...current, updatedAt: nextUpdatedAt(context.now(), current), deviceId: context.deviceId, deleted: true, synced: false };
  });
  return written ? { ok: true } : { ok: false, error: t('glossaryErrNoEntry') };
}

/** Undoes a delete: the entry comes back as a new edit, so it wins over the tombstone everywhere. */
export async function restoreEntry(store: GlossaryStore, id: string, context: EditContext): Promise<GlossaryChangeReply> {
  const current = await store.get(id);
  if (!current || !current.deleted) return { ok: false, error: t('glossaryErrNotDeleted') };
  if (!current.term) return { ok: false, error: t('glossaryErrGoneElsewhere') };
  const owner = findTermOwner(await store.all(), current.term, id);
  if (owner) return { ok: false, error: t('glossaryErrDuplicate', owner.term) };
  const [written] = await store.update([id], (_id, latest) => {
    if (!latest || !latest.deleted || !latest.term) return undefined;
    return { ...latest, updatedAt: nextUpdatedAt(context.now(), latest), deviceId: context.deviceId, deleted: false, synced: false };
  });
  return written ? { ok: true } : { ok: false, error: t('glossaryErrNotDeleted') };
}

/**
 * How long a deleted entry keeps its text on this device, so the delete can be undone; after
 * this its term, aliases, note and link are erased, and only the tombstone that syncs the delete
 * stays (docs/PRIVACY.md).
 */
export const DELETED_TEXT_KEPT_MS = 24 * 3_600_000;

/** Erases the text of deleted entries deleted before `before` (all of them when omitted). Returns how many. */
export async function eraseDeletedText(store: GlossaryStore, before: number = Number.POSITIVE_INFINITY): Promise<number> {
  const stale = (await store.all()).filter((record) => record.deleted && record.updatedAt < before && hasText(record));
  const written = await store.update(
    stale.map((record) => record.id),
    (_id, current) => (current && current.deleted && current.updatedAt < before && hasText(current) ? { ...current, term: '', aliases: [], note: '', link: '' } : undefined),
  );
  return written.filter(Boolean).length;
}

function hasText(record: StoredGlossaryRecord): boolean {
  return record.term !== '' || record.aliases.length > 0 || record.note !== '' || record.link !== '';
}

/** Deletes every live entry (tombstones that sync the delete to the reader's other browsers) and erases their text here. */
export async function deleteAllEntries(store: GlossaryStore, context: EditContext): Promise<number> {
  const live = (await store.all()).filter(isLive);
  await store.update(
    live.map((record) => record.id),
    (_id, current) =>
      current && !current.deleted
        ? { ...current, term: '', aliases: [], note: '', link: '', updatedAt: nextUpdatedAt(context.now(), current), deviceId: context.deviceId, deleted: true, synced: false }
        : undefined,
  );
  return live.length;
}
