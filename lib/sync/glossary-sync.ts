// The glossary sync engine: mirrors the local glossary (the source of truth) into
// storage.sync, one key per entry, and merges what other browsers wrote, last writer wins on
// (updatedAt, deviceId). See docs/SYNC.md for the protocol and why it converges.
//
// Invariants:
// - a local record is `synced` only when sync storage holds exactly its version (or a later one
//   was merged over it); everything else is pending and will be written.
// - whenever this device sees sync storage hold an *older* version than its own, it marks its
//   own version pending again, so a lost race (two browsers writing one key) heals itself.
// - all work runs one operation at a time (a promise queue), never interleaved.
import { t } from '../locale/i18n';
import type { GlossaryStore, StoredGlossaryRecord } from '../glossary/glossary-store';
import { DEFAULT_SYNC_LIMITS, itemBytes, type SyncLimits } from './quotas';
import { compareRecords, compareVersions, decodeEntry, encodeEntry, entryKey, idOfKey, readVersion } from './remote-entry';
import type { StorageChange, SyncArea } from './sync-area';
import type { SyncState, SyncStatus } from './sync-status';

export interface SyncClock {
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const realClock: SyncClock = {
  now: () => Date.now(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const SYNC_TIMING = {
  /** ms to wait after an edit before writing, so a burst of edits becomes one write. */
  batchDelay: 1_500,
  /** ms before the first retry after a failure; doubles up to maxRetryDelay. */
  firstRetryDelay: 5_000,
  maxRetryDelay: 5 * 60_000,
  /** ms a tombstone is kept before it is collected (devices offline longer may bring the entry back). */
  tombstoneTtl: 30 * 24 * 3_600_000,
} as const;

/** ms added to the rate windows: the browser may time a write later than we started it. */
const WRITE_WINDOW_MARGIN = 1_000;

export interface GlossarySyncOptions {
  store: GlossaryStore;
  /** null when the browser has no sync storage: everything stays local, status "offline". */
  area: SyncArea | null;
  clock?: SyncClock;
  limits?: SyncLimits;
  timing?: Partial<typeof SYNC_TIMING>;
  /** The local glossary changed because of another browser's edit (refresh tabs). */
  onGlossaryChanged?: () => void;
  onStatus?: (status: SyncStatus) => void;
}

type Failure = { state: Exclude<SyncState, 'ok'>; message: string };

export class GlossarySync {
  private readonly store: GlossaryStore;
  private readonly area: SyncArea | null;
  private readonly clock: SyncClock;
  private readonly limits: SyncLimits;
  private readonly timing: typeof SYNC_TIMING;
  private readonly onGlossaryChanged: () => void;
  private readonly onStatus: (status: SyncStatus) => void;

  private queue: Promise<unknown> = Promise.resolve();
  private timer: unknown = null;
  private timerAt: number | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopped = false;

  /** Bytes of each of our keys in sync storage, as last seen. */
  private readonly remoteBytes = new Map<string, number>();
  /** Times of our recent write operations (for the per-minute and per-hour limits). */
  private writes: number[] = [];
  private failure: Failure | null = null;
  private retryDelay: number;
  private pending = 0;
  private lastSyncedAt: number | null = null;
  private quotaBlocked = false;

  constructor(options: GlossarySyncOptions) {
    this.store = options.store;
    this.area = options.area;
    this.clock = options.clock ?? realClock;
    this.limits = options.limits ?? DEFAULT_SYNC_LIMITS;
    this.timing = { ...SYNC_TIMING, ...options.timing };
    this.onGlossaryChanged = options.onGlossaryChanged ?? (() => {});
    this.onStatus = options.onStatus ?? (() => {});
    this.retryDelay = this.timing.firstRetryDelay;
  }

  /** Subscribes to remote changes, merges everything sync storage holds, and writes what is pending. */
  start(): Promise<void> {
    if (this.area) this.unsubscribe = this.area.onChanged((changes) => void this.receive(changes));
    return this.run(async () => {
      if (!this.area) {
        this.failure = { state: 'offline', message: t('syncNoStorage') };
        await this.countPending();
        return;
      }
      await this.mergeAndFlush(this.area);
    });
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
  }

  /** Call after a local edit: the change is written after a short batching delay. */
  localChanged(): void {
    this.pending = Math.max(this.pending, 1);
    this.schedule(this.timing.batchDelay);
    this.publish();
  }

  /** Try pending writes now (the options page's "Retry"), regardless of back-off. */
  retryNow(): Promise<void> {
    this.retryDelay = this.timing.firstRetryDelay;
    return this.run(async () => {
      if (this.area) await this.mergeAndFlush(this.area);
    });
  }

  /** Reads everything in sync storage, merges it, then writes what is pending here. */
  private async mergeAndFlush(area: SyncArea): Promise<void> {
    try {
      await this.mergeSnapshot(await area.get(null));
    } catch (error) {
      this.fail(error);
      return;
    }
    await this.flushNow();
  }

  /**
   * Changes from storage.onChanged (this browser's own writes come back here too). The event only
   * says which keys changed: what they hold *now* is read again, so events that arrive late or
   * out of order can never make this device believe sync storage holds a version it does not.
   */
  receive(changes: Record<string, StorageChange>): Promise<void> {
    return this.run(async () => {
      const area = this.area;
      const ids = Object.keys(changes).flatMap((key) => {
        const id = idOfKey(key);
        return id === null ? [] : [id];
      });
      if (!area || ids.length === 0) return;
      let now: Record<string, unknown>;
      try {
        now = await area.get(ids.map(entryKey));
      } catch (error) {
        this.fail(error);
        return;
      }
      let changed = false;
      let repush = false;
      for (const id of ids) {
        const key = entryKey(id);
        const value = now[key];
        // Gone by now: what was removed is the newest value this event knows of.
        const removed = changes[key]?.newValue ?? changes[key]?.oldValue;
        const outcome = value === undefined ? await this.mergeRemoval(id, removed) : await this.mergeRemote(id, value);
        if (value === undefined) this.remoteBytes.delete(key);
        else this.remoteBytes.set(key, itemBytes(key, value));
        changed ||= outcome.changed;
        repush ||= outcome.repush;
      }
      if (changed) this.onGlossaryChanged();
      if (repush) this.schedule(this.timing.batchDelay);
      await this.countPending();
    });
  }

  status(): SyncStatus {
    let usedBytes = 0;
    for (const bytes of this.remoteBytes.values()) usedBytes += bytes;
    let state: SyncState;
    if (this.failure) state = this.failure.state;
    else if (this.pending > 0) state = this.quotaBlocked ? 'quota-full' : 'pending';
    else state = 'ok';
    return {
      state,
      pending: this.pending,
      usedBytes,
      quotaBytes: this.limits.quotaBytes,
      usedItems: this.remoteBytes.size,
      maxItems: this.limits.maxItems,
      lastSyncedAt: this.lastSyncedAt,
      nextRetryAt: this.pending > 0 || this.failure ? this.timerAt : null,
      // The browser's own words; the options page says what each state means.
      ...(this.failure ? { error: this.failure.message } : {}),
    };
  }

  /** Resolves when every queued operation has finished (tests). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  // ── merging ─────────────────────────────────────────────────────────────────────────────

  private async mergeSnapshot(snapshot: Record<string, unknown>): Promise<void> {
    const remoteIds = new Set<string>();
    this.remoteBytes.clear();
    let changed = false;
    for (const [key, value] of Object.entries(snapshot)) {
      const id = idOfKey(key);
      if (id === null) continue;
      remoteIds.add(id);
      this.remoteBytes.set(key, itemBytes(key, value));
      changed = (await this.mergeRemote(id, value)).changed || changed;
    }
    // Local records sync storage does not hold: collected tombstones go, everything else is written.
    const missing = (await this.store.all()).filter((record) => !remoteIds.has(record.id));
    await this.store.update(missing.map((record) => record.id), (_id, current) => {
      if (!current || remoteIds.has(current.id)) return undefined;
      if (current.deleted && current.synced) return null;
      return current.synced ? { ...current, synced: false } : undefined;
    });
    if (changed) this.onGlossaryChanged();
    this.lastSyncedAt = this.clock.now();
  }

  /** Merges one remote value into the local record; reports whether the glossary changed and whether ours must be rewritten. */
  private async mergeRemote(id: string, value: unknown): Promise<{ changed: boolean; repush: boolean }> {
    const remote = decodeEntry(id, value);
    let changed = false;
    let repush = false;
    await this.store.update([id], (_id, current) => {
      if (!remote) {
        // A value this version cannot read. With a later version stamp it is an edit made by a
        // newer Dramatis (a longer note, a new field): leave it alone. Otherwise it is damage,
        // and our own version repairs it.
        const stamp = readVersion(value);
        if (current && stamp && compareVersions(stamp, current) > 0) return current.synced ? undefined : { ...current, synced: true };
        if (current) repush = true;
        return current && current.synced ? { ...current, synced: false } : undefined;
      }
      if (!current) {
        changed = !remote.deleted;
        return remote;
      }
      const order = compareRecords(remote, current);
      if (order > 0) {
        changed = !(remote.deleted && current.deleted);
        // A remote tombstone carries no content: keep ours so the delete can still be undone.
        return remote.deleted ? { ...current, updatedAt: remote.updatedAt, deviceId: remote.deviceId ?? '', deleted: true, synced: true } : remote;
      }
      if (order < 0) {
        repush = true;
        return current.synced ? { ...current, synced: false } : undefined;
      }
      return current.synced ? undefined : { ...current, synced: true };
    });
    return { changed, repush };
  }

  /** A key disappeared from sync storage: a collected tombstone (or sync storage was cleared). */
  private async mergeRemoval(id: string, oldValue: unknown): Promise<{ changed: boolean; repush: boolean }> {
    const removed = oldValue === undefined ? null : decodeEntry(id, oldValue);
    let changed = false;
    let repush = false;
    await this.store.update([id], (_id, current) => {
      if (!current) return undefined;
      if (current.deleted && (!removed || compareVersions(current, removed) <= 0)) return null;
      if (removed && removed.deleted && compareVersions(current, removed) < 0) {
        changed = !current.deleted;
        return null;
      }
      repush = true;
      return current.synced ? { ...current, synced: false } : undefined;
    });
    return { changed, repush };
  }

  // ── writing ─────────────────────────────────────────────────────────────────────────────

  private async flushNow(): Promise<void> {
    const area = this.area;
    if (!area || this.stopped) return;
    const now = this.clock.now();
    const records = await this.store.all();
    const dirty = records.filter((record) => !record.synced);
    const collectable = records.filter(
      (record) => record.deleted && record.synced && now - record.updatedAt > this.timing.tombstoneTtl,
    );
    this.pending = dirty.length;
    if (dirty.length === 0 && collectable.length === 0) {
      this.failure = null;
      this.quotaBlocked = false;
      this.retryDelay = this.timing.firstRetryDelay;
      this.clearTimer();
      this.publish();
      return;
    }
    const wait = this.writeBudgetWait(now);
    if (wait > 0) {
      this.schedule(wait);
      this.publish();
      return;
    }
    try {
      if (dirty.length > 0) await this.writeBatch(area, dirty);
      else await this.collect(area, collectable);
      this.failure = null;
      this.retryDelay = this.timing.firstRetryDelay;
    } catch (error) {
      this.fail(error);
      await this.countPending();
      return;
    }
    await this.countPending();
    if (this.pending > 0 && !this.quotaBlocked) this.schedule(this.timing.batchDelay);
    else if (this.pending > 0) this.schedule(this.retryDelay, true);
    else if (collectable.length > 0 && dirty.length > 0) this.schedule(this.timing.batchDelay);
    else this.clearTimer();
    this.publish();
  }

  private async writeBatch(area: SyncArea, dirty: StoredGlossaryRecord[]): Promise<void> {
    // Before writing, look at what sync storage holds now: never overwrite a later version.
    const keys = dirty.map((record) => entryKey(record.id));
    const current = await area.get(keys);
    const toWrite: StoredGlossaryRecord[] = [];
    let changed = false;
    for (const record of dirty) {
      const key = entryKey(record.id);
      const value = current[key];
      if (value !== undefined) {
        this.remoteBytes.set(key, itemBytes(key, value));
        const remote = decodeEntry(record.id, value);
        const stamp = remote ?? readVersion(value);
        if (stamp && (remote ? compareRecords(remote, record) >= 0 : compareVersions(stamp, record) > 0)) {
          changed = (await this.mergeRemote(record.id, value)).changed || changed;
          continue;
        }
      } else this.remoteBytes.delete(key);
      toWrite.push(record);
    }
    if (changed) this.onGlossaryChanged();
    // Updates of keys already there first (they need no new item), then new keys, oldest edit first.
    toWrite.sort((a, b) => Number(this.remoteBytes.has(entryKey(b.id))) - Number(this.remoteBytes.has(entryKey(a.id))) || a.updatedAt - b.updatedAt);
    let usedBytes = 0;
    for (const bytes of this.remoteBytes.values()) usedBytes += bytes;
    let usedItems = this.remoteBytes.size;
    const batch: Record<string, unknown> = {};
    const written: StoredGlossaryRecord[] = [];
    let blocked = false;
    for (const record of toWrite) {
      const key = entryKey(record.id);
      const value = encodeEntry(record);
      const bytes = itemBytes(key, value);
      if (bytes > this.limits.itemBytes) {
        blocked = true;
        continue;
      }
      const before = this.remoteBytes.get(key);
      const nextBytes = usedBytes - (before ?? 0) + bytes;
      const nextItems = usedItems + (before === undefined ? 1 : 0);
      if (nextBytes > this.limits.quotaBytes || nextItems > this.limits.maxItems) {
        blocked = true;
        continue;
      }
      usedBytes = nextBytes;
      usedItems = nextItems;
      batch[key] = value;
      written.push(record);
    }
    this.quotaBlocked = blocked;
    if (written.length === 0) return;
    this.writes.push(this.clock.now());
    await area.set(batch);
    for (const [key, value] of Object.entries(batch)) this.remoteBytes.set(key, itemBytes(key, value));
    // Only the exact versions written become synced; an edit made meanwhile stays pending.
    await this.store.update(written.map((record) => record.id), (_id, latest) => {
      const sent = written.find((record) => record.id === _id)!;
      if (!latest || latest.synced || compareRecords(latest, sent) !== 0) return undefined;
      return { ...latest, synced: true };
    });
    this.lastSyncedAt = this.clock.now();
  }

  private async collect(area: SyncArea, tombstones: StoredGlossaryRecord[]): Promise<void> {
    const keys = tombstones.map((record) => entryKey(record.id));
    this.writes.push(this.clock.now());
    await area.remove(keys);
    for (const key of keys) this.remoteBytes.delete(key);
    await this.store.update(tombstones.map((record) => record.id), (_id, latest) => {
      const old = tombstones.find((record) => record.id === _id)!;
      return latest && latest.deleted && compareVersions(latest, old) === 0 ? null : undefined;
    });
  }

  /** ms to wait before another write fits in the per-minute and per-hour budgets (0: now). */
  private writeBudgetWait(now: number): number {
    // A write is counted from when it was started; the browser counts it a moment later.
    const minute = 60_000 + WRITE_WINDOW_MARGIN;
    const hour = 3_600_000 + WRITE_WINDOW_MARGIN;
    this.writes = this.writes.filter((time) => now - time < hour);
    const lastMinute = this.writes.filter((time) => now - time < minute);
    let wait = 0;
    if (lastMinute.length >= this.limits.writesPerMinute) wait = Math.max(wait, lastMinute[0]! + minute - now);
    if (this.writes.length >= this.limits.writesPerHour) wait = Math.max(wait, this.writes[0]! + hour - now);
    return wait;
  }

  // ── bookkeeping ─────────────────────────────────────────────────────────────────────────

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.failure = { state: classifyFailure(message), message };
    this.schedule(this.retryDelay, true);
    this.retryDelay = Math.min(this.retryDelay * 2, this.timing.maxRetryDelay);
    this.publish();
  }

  private async countPending(): Promise<void> {
    this.pending = (await this.store.all()).filter((record) => !record.synced).length;
    if (this.pending > 0 && this.timer === null && this.area) this.schedule(this.failure ? this.retryDelay : this.timing.batchDelay);
    this.publish();
  }

  private schedule(ms: number, replace = false): void {
    if (this.stopped || !this.area) return;
    const at = this.clock.now() + ms;
    if (this.timer !== null) {
      if (!replace && this.timerAt !== null && this.timerAt <= at) return;
      this.clock.clearTimer(this.timer);
    }
    this.timerAt = at;
    this.timer = this.clock.setTimer(() => {
      this.timer = null;
      this.timerAt = null;
      void this.run(() => this.flushNow());
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = null;
    this.timerAt = null;
  }

  private publish(): void {
    this.onStatus(this.status());
  }

  private run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** Maps the browser's error message to what the reader is told. */
export function classifyFailure(message: string): Failure['state'] {
  // Over the write-rate limit: nothing is wrong, the writes wait.
  if (/MAX_WRITE_OPERATIONS/i.test(message)) return 'pending';
  if (/QUOTA_BYTES(?!_PER_ITEM)|MAX_ITEMS/i.test(message)) return 'quota-full';
  if (/offline|network|sync.*(disabled|not enabled|unavailable)|webextensions\.storage\.sync\.enabled/i.test(message)) return 'offline';
  return 'error';
}
