// A write-through copy of actor stats in the writer's memory, so that a save reads from
// IndexedDB only the stats it has not seen (every request costs ~0.1–0.3 ms in Chromium,
// whatever its size). The background is the database's only writer; a service-worker restart
// starts with an empty cache.
//
// Staleness is ruled out by a token, not by trust: every transaction that writes actors or
// stats writes the totals record (counters 'totals', read by every writing transaction anyway)
// with a fresh token, and the cache is used only while the totals carry the token it was last
// written with. A write the cache did not see — another Dexie instance, an aborted transaction
// (its token never lands), an upgrade, a writer outside lib/store that bumps the token as it
// must — leaves a different token, and the next writer empties the cache and reads.
//
// Pending stats: a save does not write a stats row per actor (each IndexedDB put costs
// ~0.3 ms; they were a third of a save). It writes the new stats into the totals record's
// `pending` list — one record it writes anyway — where each entry supersedes the actor's row
// in `actorStats`; `foldPendingStats` moves them into the table afterwards (the background
// does it after replying). The actor's stats are therefore `pending` entry ?? row, for every
// reader (the card and search read the totals alongside). Removals and imports write rows and
// drop the entries they supersede.
//
// Order within a transaction: `check(totals)` once the totals have been read in it (then every
// earlier overlapping read-write transaction has committed or aborted, IndexedDB serialises
// them), `lookup`/`remember` reads, then `wrote`/`deleted` for the writes and `claim`ed token
// written with the totals. A transaction that writes nothing need not write the totals.
import type { ActorStatsRecord, CounterRecord, DramatisDatabase } from './db';

/** Entries kept (least recently used go first): ~300 bytes each, so a few MB at most. */
export const STATS_CACHE_ENTRIES = 20_000;

interface StatsCache {
  /** The totals token the entries describe (undefined: nothing known). */
  token: string | undefined;
  /** id → stats, or null when the actor is known not to be stored. */
  entries: Map<string, ActorStatsRecord | null>;
}

const caches = new WeakMap<DramatisDatabase, StatsCache>();
let issued = 0;
const instance = Math.random().toString(36).slice(2, 10);

function cacheOf(db: DramatisDatabase): StatsCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { token: undefined, entries: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** One writing transaction's use of the cache. Create it inside the transaction. */
export class StatsSession {
  /** The token this transaction's totals write carries (unique: never reused, so never mistaken). */
  readonly token = `${instance}-${Date.now().toString(36)}-${++issued}`;
  private checked = false;
  private claimed = false;
  private readonly cache: StatsCache;
  /** The pending stats as this transaction leaves them (from the totals it read). */
  private readonly pending = new Map<string, ActorStatsRecord>();

  constructor(db: DramatisDatabase) {
    this.cache = cacheOf(db);
  }

  /**
   * What the cache holds now, unchecked: before `check`, only a guess at what need not be read
   * (undefined: nothing; null: known not stored). Use `lookup` for the entry itself.
   */
  peek(id: string): ActorStatsRecord | null | undefined {
    return this.cache.entries.get(id);
  }

  /** Compares the totals read in this transaction with the cache; a mismatch empties it. Idempotent. */
  check(totals: CounterRecord | undefined): void {
    if (this.checked) return;
    this.checked = true;
    if (!totals?.token || totals.token !== this.cache.token) {
      this.cache.entries.clear();
      this.cache.token = totals?.token;
    }
    for (const stats of totals?.pending ?? []) this.pending.set(stats.id, stats);
  }

  /** True once `check` has run. */
  get isChecked(): boolean {
    return this.checked;
  }

  /** The stats as stored (a pending entry, else cached; null: known not stored), or undefined when unknown. Only after `check`. */
  lookup(id: string): ActorStatsRecord | null | undefined {
    this.assertChecked();
    const pending = this.pending.get(id);
    if (pending) return pending;
    const entry = this.cache.entries.get(id);
    if (entry === undefined) return undefined;
    // Most recently used last (eviction takes the first).
    this.cache.entries.delete(id);
    this.cache.entries.set(id, entry);
    return entry;
  }

  /**
   * Rows read from `actorStats` in this transaction (undefined: none); returns the actors'
   * stats as stored, where a pending entry supersedes its row.
   */
  remember(ids: readonly string[], found: readonly (ActorStatsRecord | undefined)[]): (ActorStatsRecord | undefined)[] {
    this.assertChecked();
    return ids.map((id, i) => {
      const stats = this.pending.get(id) ?? found[i];
      this.set(id, stats ?? null);
      return stats;
    });
  }

  /** Stats this transaction writes: as pending entries, or as rows of `actorStats` (superseding any pending entry). */
  wrote(stats: readonly ActorStatsRecord[], into: 'pending' | 'rows'): void {
    if (stats.length === 0) return;
    this.claim();
    for (const record of stats) {
      this.set(record.id, record);
      if (into === 'pending') this.pending.set(record.id, record);
      else this.pending.delete(record.id);
    }
  }

  /** Actors this transaction deletes (rows and pending entries). */
  deleted(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.claim();
    for (const id of ids) {
      this.set(id, null);
      this.pending.delete(id);
    }
  }

  /** Every actor is gone (clear everything). */
  cleared(): void {
    this.claim();
    this.cache.entries.clear();
    this.pending.clear();
  }

  /** How many pending entries there are. */
  pendingCount(): number {
    return this.pending.size;
  }

  /** Empties the pending list and returns what it held, to be written as rows by the caller. */
  takePending(): ActorStatsRecord[] {
    this.claim();
    const rows = [...this.pending.values()];
    this.pending.clear();
    return rows;
  }

  /** The pending entries to write with the totals. */
  pendingStats(): ActorStatsRecord[] {
    return [...this.pending.values()];
  }

  /** True once this transaction changed the cache: its totals write must carry `token`. */
  get changed(): boolean {
    return this.claimed;
  }

  /**
   * From now on the cache describes this transaction's writes, so it is valid only if they
   * commit: with the totals carrying `token`. Until then (or if they never do) it mismatches.
   */
  claim(): void {
    this.assertChecked();
    this.claimed = true;
    this.cache.token = this.token;
  }

  private set(id: string, entry: ActorStatsRecord | null): void {
    const entries = this.cache.entries;
    entries.delete(id);
    entries.set(id, entry);
    if (entries.size > STATS_CACHE_ENTRIES) entries.delete(entries.keys().next().value!);
  }

  private assertChecked(): void {
    if (!this.checked) throw new Error('The stats cache was used before the totals were read in this transaction');
  }
}
