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
  }

  /** The cached stats (null: known not stored), or undefined when unknown. Only after `check`. */
  lookup(id: string): ActorStatsRecord | null | undefined {
    this.assertChecked();
    const entry = this.cache.entries.get(id);
    if (entry === undefined) return undefined;
    // Most recently used last (eviction takes the first).
    this.cache.entries.delete(id);
    this.cache.entries.set(id, entry);
    return entry;
  }

  /** Stats read from the database in this transaction (undefined: not stored). */
  remember(ids: readonly string[], found: readonly (ActorStatsRecord | undefined)[]): void {
    this.assertChecked();
    ids.forEach((id, i) => this.set(id, found[i] ?? null));
  }

  /** Stats this transaction writes. */
  wrote(stats: readonly ActorStatsRecord[]): void {
    if (stats.length === 0) return;
    this.claim();
    for (const record of stats) this.set(record.id, record);
  }

  /** Actors this transaction deletes. */
  deleted(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.claim();
    for (const id of ids) this.set(id, null);
  }

  /** Every actor is gone (clear everything). */
  cleared(): void {
    this.claim();
    this.cache.entries.clear();
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
