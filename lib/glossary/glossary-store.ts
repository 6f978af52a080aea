// Where the glossary lives on this device: the source of truth that sync storage mirrors.
// One small interface with two implementations: Dexie (the extension) and memory (tests,
// the convergence simulation). Every change goes through `update`, an atomic
// read-modify-write, so a sync merge and an edit from the options page never interleave.
import type { DramatisDatabase, GlossaryRecord } from '../store/db';

/**
 * A glossary record as stored on this device. Deleted entries stay as tombstones
 * (`deleted: true`, content kept so a delete can be undone) until collected.
 */
export interface StoredGlossaryRecord extends GlossaryRecord {
  /** The device that made this version; with updatedAt it orders versions (last writer wins). */
  deviceId?: string;
  /** True once this exact version is in sync storage (or came from it). */
  synced?: boolean;
}

/** Given the current record (or undefined), the record to write, or null to delete it, or undefined to leave it. */
export type RecordUpdate = (current: StoredGlossaryRecord | undefined) => StoredGlossaryRecord | null | undefined;

export interface GlossaryStore {
  /** Every record, tombstones included. */
  all(): Promise<StoredGlossaryRecord[]>;
  get(id: string): Promise<StoredGlossaryRecord | undefined>;
  /** Atomically applies `update` to each id; returns the records as written (null where deleted, undefined where left). */
  update(ids: readonly string[], update: (id: string, current: StoredGlossaryRecord | undefined) => StoredGlossaryRecord | null | undefined): Promise<Array<StoredGlossaryRecord | null | undefined>>;
}

export function dexieGlossaryStore(db: DramatisDatabase): GlossaryStore {
  const table = db.glossary;
  return {
    all: async () => (await table.toArray()) as StoredGlossaryRecord[],
    get: async (id) => (await table.get(id)) as StoredGlossaryRecord | undefined,
    update: (ids, update) =>
      db.transaction('rw', table, async () => {
        const currents = (await table.bulkGet([...ids])) as Array<StoredGlossaryRecord | undefined>;
        const results = ids.map((id, index) => update(id, currents[index]));
        const puts = results.filter((record): record is StoredGlossaryRecord => !!record);
        const deletes = ids.filter((_id, index) => results[index] === null);
        if (puts.length > 0) await table.bulkPut(puts);
        if (deletes.length > 0) await table.bulkDelete(deletes);
        return results;
      }),
  };
}

/**
 * In memory, for tests and the sync simulation. Stored records are frozen copies, so a caller that
 * tried to change a record in place (instead of writing it back through `update`) would throw.
 */
export function memoryGlossaryStore(): GlossaryStore & { records: Map<string, StoredGlossaryRecord> } {
  const records = new Map<string, StoredGlossaryRecord>();
  const freeze = (record: StoredGlossaryRecord): StoredGlossaryRecord =>
    Object.freeze({ ...record, aliases: Object.freeze([...record.aliases]) as string[] });
  return {
    records,
    all: async () => [...records.values()],
    get: async (id) => records.get(id),
    update: async (ids, update) =>
      ids.map((id) => {
        const next = update(id, records.get(id));
        if (next) records.set(id, freeze(next));
        else if (next === null) records.delete(id);
        return next;
      }),
  };
}
