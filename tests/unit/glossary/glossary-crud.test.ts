import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteEntry, listEntries, restoreEntry, saveDraft } from '../../../lib/glossary/glossary-crud';
import { applyImport, previewImport } from '../../../lib/glossary/glossary-import';
import { glossaryToCsv } from '../../../lib/glossary/glossary-files';
import { dexieGlossaryStore, memoryGlossaryStore } from '../../../lib/glossary/glossary-store';
import { openDatabase } from '../../../lib/store/db';
import { tooLargeToSync } from '../../../lib/sync/remote-entry';
import { useRealMessages } from '../components/real-messages';

// Error messages come from public/_locales/en/messages.json.
beforeEach(useRealMessages);

let clock = 1_000;
// The sync side's size check, as the background's glossary service passes it.
const context = { deviceId: 'dev-a', now: () => clock, refuse: tooLargeToSync };
const draft = { term: 'Taro Aso', aliases: ['Aso'], kind: 'person' as const, note: 'Former PM', link: 'https://example.org/aso' };

describe.each([
  ['memory', () => memoryGlossaryStore()],
  ['dexie', () => dexieGlossaryStore(openDatabase(`crud-${Math.random()}`))],
])('glossary CRUD (%s store)', (_name, makeStore) => {
  beforeEach(() => {
    clock = 1_000;
  });

  it('adds, edits, deletes and restores, each edit a later version marked for sync', async () => {
    const store = makeStore();
    const saved = await saveDraft(store, draft, context);
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.entry).toMatchObject({ ...draft, updatedAt: 1_000 });
    expect(await store.get(saved.entry.id)).toMatchObject({ deviceId: 'dev-a', synced: false, deleted: false });

    // Same clock reading: the edit still gets a later version than the one it replaces.
    const edited = await saveDraft(store, { ...draft, id: saved.entry.id, note: 'Finance minister' }, context);
    expect(edited).toMatchObject({ ok: true, entry: { note: 'Finance minister', updatedAt: 1_001 } });

    expect(await deleteEntry(store, saved.entry.id, context)).toEqual({ ok: true });
    expect(await listEntries(store)).toEqual([]);
    expect(await store.get(saved.entry.id)).toMatchObject({ deleted: true, note: 'Finance minister', updatedAt: 1_002 });

    expect(await restoreEntry(store, saved.entry.id, context)).toEqual({ ok: true });
    expect(await listEntries(store)).toMatchObject([{ term: 'Taro Aso', note: 'Finance minister', updatedAt: 1_003 }]);
  });

  it('refuses invalid entries, duplicate terms and entries too large to sync, naming the field', async () => {
    const store = makeStore();
    expect(await saveDraft(store, { ...draft, term: '  ' }, context)).toMatchObject({ ok: false, field: 'term' });
    expect(await saveDraft(store, { ...draft, link: 'javascript:alert(1)' }, context)).toMatchObject({ ok: false, field: 'link' });
    await saveDraft(store, draft, context);
    expect(await saveDraft(store, { ...draft, term: 'TARO  aso' }, context)).toMatchObject({ ok: false, field: 'term', error: expect.stringMatching(/already/) });
    // Control characters cost 6 bytes each in JSON: 2,000 of them do not fit one 8 KB sync item.
    const huge = await saveDraft(store, { ...draft, term: 'Huge', note: '\u0001'.repeat(2_000) }, context);
    expect(huge).toMatchObject({ ok: false, field: 'note', error: expect.stringMatching(/too large to sync.*8,192 bytes/) });
    expect(await listEntries(store)).toHaveLength(1);
  });

  it('imports only after apply, matching rows by id or term', async () => {
    const store = makeStore();
    const first = await saveDraft(store, draft, context);
    if (!first.ok) throw new Error(first.error);
    const csv = glossaryToCsv([
      { ...first.entry, note: 'Changed, with a comma' },
      { id: 'new1', term: 'Komeito', aliases: [], kind: 'organization', note: 'Coalition partner', link: '', updatedAt: 0 },
    ]) + ',,,wizard,,,\r\n';
    const preview = await previewImport(store, 'csv', csv);
    expect(preview).toMatchObject({ ok: true, step: 'preview', preview: { added: 1, updated: 1, unchanged: 0, errors: [{ line: 4 }] } });
    expect(await listEntries(store)).toMatchObject([{ note: 'Former PM' }]); // nothing written yet

    expect(await applyImport(store, 'csv', csv, context, false)).toMatchObject({ ok: false, errors: [{ line: 4 }] });
    expect(await listEntries(store)).toHaveLength(1);

    clock = 5_000;
    expect(await applyImport(store, 'csv', csv, context, true)).toMatchObject({ ok: true, step: 'apply' });
    const entries = await listEntries(store);
    expect(entries).toMatchObject([
      { id: 'new1', term: 'Komeito', updatedAt: 5_000 },
      { id: first.entry.id, term: 'Taro Aso', note: 'Changed, with a comma', updatedAt: 5_000 },
    ]);
    // Importing the same file again changes nothing.
    expect(await previewImport(store, 'csv', csv)).toMatchObject({ preview: { added: 0, updated: 0, unchanged: 2 } });
  });
});

describe('deleted entries’ text', () => {
  it('is kept for undo, then erased after DELETED_TEXT_KEPT_MS, with or without sync', async () => {
    const { DELETED_TEXT_KEPT_MS, eraseDeletedText } = await import('../../../lib/glossary/glossary-crud');
    const store = memoryGlossaryStore();
    clock = 1_000;
    const saved = await saveDraft(store, draft, context);
    if (!saved.ok) throw new Error(saved.error);
    await deleteEntry(store, saved.entry.id, context);
    expect(await eraseDeletedText(store, clock + 1 - DELETED_TEXT_KEPT_MS)).toBe(0);
    expect((await store.get(saved.entry.id))?.note).toBe('Former PM');
    // (The delete is version 1,001: one after the entry's.)
    expect(await eraseDeletedText(store, clock + 2)).toBe(1);
    expect(await store.get(saved.entry.id)).toMatchObject({ deleted: true, term: '', aliases: [], note: '', link: '' });
    // Nothing left to undo: the reader is told plainly.
    expect((await restoreEntry(store, saved.entry.id, context)).ok).toBe(false);
  });

  it('goes at once when the reader deletes the whole glossary, which syncs as deletes', async () => {
    const { deleteAllEntries } = await import('../../../lib/glossary/glossary-crud');
    const store = memoryGlossaryStore();
    await saveDraft(store, draft, context);
    await saveDraft(store, { ...draft, term: 'Masahisa Sato', aliases: [] }, context);
    expect(await deleteAllEntries(store, context)).toBe(2);
    expect(await listEntries(store)).toEqual([]);
    for (const record of await store.all()) expect(record).toMatchObject({ deleted: true, synced: false, term: '', note: '', link: '' });
  });
});
