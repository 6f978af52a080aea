// A simulated browser-sync backend for the convergence tests: one cloud, and per browser a
// storage.sync replica with the real quotas, onChanged events, uploads and downloads with
// random delays (so they reorder), offline periods, server-wins or client-wins conflicts, and
// injected failures. Time is virtual: a discrete-event loop driven by a seeded PRNG.
import { itemBytes, SYNC_QUOTA } from '../../../lib/sync/quotas';
import type { StorageChange, SyncArea } from '../../../lib/sync/sync-area';
import type { SyncClock } from '../../../lib/sync/glossary-sync';

/** SYNC_TRACE=<part of an entry id>: log every write, upload and download of that entry. */
const TRACE = process.env.SYNC_TRACE;

/** Small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof createRandom>;

interface Event {
  at: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
}

export class EventLoop {
  now = 0;
  private events: Event[] = [];
  private seq = 0;

  at(time: number, run: () => void): Event {
    const event = { at: Math.max(time, this.now), seq: this.seq++, run, cancelled: false };
    this.events.push(event);
    return event;
  }

  /** Runs the next event (and lets every promise it started settle); false when none is left. */
  async step(until = Infinity): Promise<boolean> {
    let best = -1;
    for (let i = 0; i < this.events.length; i++) {
      const e = this.events[i]!;
      if (best < 0 || e.at < this.events[best]!.at || (e.at === this.events[best]!.at && e.seq < this.events[best]!.seq)) best = i;
    }
    if (best < 0 || this.events[best]!.at > until) return false;
    const [event] = this.events.splice(best, 1);
    this.now = event!.at;
    if (!event!.cancelled) event!.run();
    await settle();
    return true;
  }

  get size(): number {
    return this.events.filter((e) => !e.cancelled).length;
  }

  clock(skew: number): SyncClock {
    return {
      now: () => this.now + skew,
      setTimer: (callback, ms) => this.at(this.now + ms, callback),
      clearTimer: (handle) => {
        (handle as Event).cancelled = true;
      },
    };
  }
}

/**
 * Values in simulated storage are deep-frozen copies (a browser stores a serialized copy): code
 * that changed a value it read, or one it had written, would throw instead of passing silently.
 */
function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const copy = (Array.isArray(value) ? value.map(frozenCopy) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, frozenCopy(v)]))) as T;
  return Object.freeze(copy);
}

/** Lets every pending promise chain run to completion (the simulation has no real I/O). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

interface Stamped {
  value: unknown;
  version: number;
  /** What the item costs against the quota (key + JSON). */
  bytes: number;
}

export interface NetworkOptions {
  /** Upper bound of upload/download delays (ms). */
  maxDelay: number;
  /** Probability that a set/remove fails with an injected error. */
  failureRate: number;
}

export class Cloud {
  readonly data = new Map<string, Stamped>();
  readonly replicas: SimulatedSyncArea[] = [];
  private version = 0;

  constructor(
    readonly loop: EventLoop,
    readonly random: Random,
    public options: NetworkOptions,
  ) {}

  addReplica(name: string): SimulatedSyncArea {
    const area = new SimulatedSyncArea(name, this);
    this.replicas.push(area);
    return area;
  }

  /** A replica's write reaches the server: last arrival wins; every other replica hears of it later. */
  receive(from: SimulatedSyncArea, key: string, value: unknown): void {
    const version = ++this.version;
    if (TRACE && key.includes(TRACE)) console.log(this.loop.now, 'cloud <-', from.name, version, JSON.stringify(value));
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, { value, version, bytes: itemBytes(key, value) });
    from.acknowledge(key, version);
    for (const replica of this.replicas) {
      if (replica === from) continue;
      this.loop.at(this.loop.now + this.random.int(0, this.options.maxDelay), () => replica.download(key, value, version));
    }
  }
}

type Listener = (changes: Record<string, StorageChange>) => void;

/** One browser's storage.sync: a local copy with the browser's quotas, kept in sync with the cloud. */
export class SimulatedSyncArea implements SyncArea {
  readonly data = new Map<string, Stamped>();
  online = true;
  /** Writes not yet uploaded (latest value per key; undefined = removed). */
  private readonly outbox = new Map<string, unknown>();
  private uploading = false;
  /** Downloads that arrived while offline. */
  private readonly inbox: Array<{ key: string; value: unknown; version: number }> = [];
  private readonly listeners = new Set<Listener>();
  /** Highest server version of each key this browser has heard of. */
  private readonly seen = new Map<string, number>();
  private readonly writeTimes: number[] = [];
  /** Time of every write operation (set/remove call). */
  readonly writeLog: number[] = [];
  injectedFailures = 0;
  /** Keys removed by remove() calls. */
  removedKeys = 0;
  rateLimitHits = 0;
  quotaRefusals = 0;
  /** When true, a real quota check failure is expected by the test (not a bug). */

  constructor(
    readonly name: string,
    private readonly cloud: Cloud,
  ) {}

  private get loop(): EventLoop {
    return this.cloud.loop;
  }

  /** Storage calls cross processes in a real browser: each one takes a moment, and other work runs meanwhile. */
  private latency(): Promise<void> {
    return new Promise((resolve) => this.loop.at(this.loop.now + this.cloud.random.int(0, 30), resolve));
  }

  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    await this.latency();
    const result: Record<string, unknown> = {};
    if (keys === null) for (const [key, stamped] of this.data) result[key] = stamped.value;
    else
      for (const key of keys) {
        const stamped = this.data.get(key);
        if (stamped) result[key] = stamped.value;
      }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.latency();
    this.checkWrite();
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      const bytes = itemBytes(key, value);
      if (bytes > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) throw this.refuse('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, { value: frozenCopy(value), version: this.data.get(key)?.version ?? 0, bytes });
    }
    let total = 0;
    for (const stamped of next.values()) total += stamped.bytes;
    if (total > SYNC_QUOTA.QUOTA_BYTES) throw this.refuse('QUOTA_BYTES quota exceeded');
    if (next.size > SYNC_QUOTA.MAX_ITEMS) throw this.refuse('MAX_ITEMS quota exceeded');
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      if (TRACE && key.includes(TRACE)) console.log(this.loop.now, this.name, 'set', JSON.stringify(value));
      changes[key] = { oldValue: this.data.get(key)?.value, newValue: frozenCopy(value) };
      this.outbox.set(key, frozenCopy(value));
    }
    for (const [key, stamped] of next) this.data.set(key, stamped);
    this.emit(changes);
    this.scheduleUpload();
  }

  async remove(keys: string[]): Promise<void> {
    await this.latency();
    this.checkWrite();
    const changes: Record<string, StorageChange> = {};
    for (const key of keys) {
      const old = this.data.get(key);
      if (!old) continue;
      this.data.delete(key);
      this.removedKeys++;
      changes[key] = { oldValue: old.value };
      this.outbox.set(key, undefined);
    }
    this.emit(changes);
    this.scheduleUpload();
  }

  onChanged(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (!online) return;
    // Queued downloads arrive in a random order once back online.
    const arrived = this.inbox.splice(0);
    for (const item of arrived) {
      this.loop.at(this.loop.now + this.cloud.random.int(0, this.cloud.options.maxDelay), () => this.download(item.key, item.value, item.version));
    }
    this.scheduleUpload();
  }

  /** The cloud's copy of a key reaches this browser. Stale versions (already superseded here) are dropped. */
  download(key: string, value: unknown, version: number): void {
    if (TRACE && key.includes(TRACE)) console.log(this.loop.now, this.name, 'download', version, JSON.stringify(value), 'online', this.online, 'local', this.data.get(key)?.version, 'outbox', this.outbox.has(key));
    if (!this.online) {
      this.inbox.push({ key, value, version });
      return;
    }
    const current = this.data.get(key);
    // A sync client knows which server versions it has seen: an older one arriving late is dropped.
    if ((this.seen.get(key) ?? 0) >= version) return;
    this.seen.set(key, version);
    if (current && current.version >= version) return;
    if (this.outbox.has(key)) {
      // A local write not yet uploaded meets a newer server value: either side may win.
      if (this.cloud.random.chance(0.5)) this.outbox.delete(key);
      else return;
    }
    const old = current?.value;
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, { value: frozenCopy(value), version, bytes: itemBytes(key, value) });
    if (JSON.stringify(old) !== JSON.stringify(value)) {
      this.emit({ [key]: value === undefined ? { oldValue: old } : { oldValue: old, newValue: frozenCopy(value) } });
    }
  }

  acknowledge(key: string, version: number): void {
    this.seen.set(key, Math.max(this.seen.get(key) ?? 0, version));
    const current = this.data.get(key);
    if (current) current.version = Math.max(current.version, version);
  }

  private scheduleUpload(): void {
    if (this.uploading || !this.online || this.outbox.size === 0) return;
    this.uploading = true;
    this.loop.at(this.loop.now + this.cloud.random.int(0, this.cloud.options.maxDelay), () => {
      this.uploading = false;
      if (!this.online) return;
      const batch = [...this.outbox.entries()];
      this.outbox.clear();
      // Keys of one upload reach the server in any order.
      for (let i = batch.length - 1; i > 0; i--) {
        const j = this.cloud.random.int(0, i);
        [batch[i], batch[j]] = [batch[j]!, batch[i]!];
      }
      for (const [key, value] of batch) this.cloud.receive(this, key, value);
    });
  }

  private checkWrite(): void {
    const now = this.loop.now;
    while (this.writeTimes.length > 0 && now - this.writeTimes[0]! >= 3_600_000) this.writeTimes.shift();
    const lastMinute = this.writeTimes.filter((time) => now - time < 60_000).length;
    if (lastMinute >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE) {
      this.rateLimitHits++;
      throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    }
    if (this.writeTimes.length >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_HOUR) {
      this.rateLimitHits++;
      throw new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded');
    }
    this.writeTimes.push(now);
    this.writeLog.push(now);
    if (this.cloud.random.chance(this.cloud.options.failureRate)) {
      this.injectedFailures++;
      throw new Error(this.cloud.random.pick(['QUOTA_BYTES quota exceeded', 'Network error: offline', 'An unexpected error occurred']));
    }
  }

  private refuse(message: string): Error {
    this.quotaRefusals++;
    return new Error(message);
  }

  private emit(changes: Record<string, StorageChange>): void {
    if (Object.keys(changes).length === 0) return;
    // onChanged fires asynchronously, a moment after the write.
    this.loop.at(this.loop.now + this.cloud.random.int(0, 50), () => {
      for (const listener of this.listeners) listener(frozenCopy(changes));
    });
  }
}
