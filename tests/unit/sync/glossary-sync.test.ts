// The sync engine's single-browser paths: quotas, failures and retries, start-up merge,
// tombstone collection, damaged values. (Many-browser convergence: convergence.test.ts.)
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteEntry, listEntries, saveDraft } from '../../../lib/glossary/glossary-crud';
import { memoryGlossaryStore } from '../../../lib/glossary/glossary-store';
import { classifyFailure, GlossarySync } from '../../../lib/sync/glossary-sync';
import { SYNC_QUOTA } from '../../../lib/sync/quotas';
import { entryKey } from '../../../lib/sync/remote-entry';
import type { SyncArea } from '../../../lib/sync/sync-area';
import { Cloud, createRandom, EventLoop } from './simulated-sync';
import { useRealMessages } from '../components/real-messages';

// Error messages come from public/_locales/en/messages.json.
beforeEach(useRealMessages);

function setup(options: { replicas?: number; tombstoneTtl?: number } = {}) {
  const loop = new EventLoop();
  const cloud = new Cloud(loop, createRandom(1), { maxDelay: 100, failureRate: 0 });
  const browsers = Array.from({ length: options.replicas ?? 1 }, (_, i) => {
    const store = memoryGlossaryStore();
    const area = cloud.addReplica(`b${i}`);
    const clock = loop.clock(0);
    const changed = vi.fn();
    const engine = new GlossarySync({ store, area, clock, onGlossaryChanged: changed, timing: options.tombstoneTtl ? { tombstoneTtl: options.tombstoneTtl } : {} });
    return { store, area, engine, changed, context: { deviceId: `d${i}`, now: clock.now } };
  });
  const runFor = async (ms: number) => {
    const until = loop.now + ms;
    while (await loop.step(until));
    loop.now = Math.max(loop.now, until);
  };
  /** Steps the simulation until `promise` settles (sync storage calls take simulated time). */
  const drive = async <T>(promise: Promise<T>): Promise<T> => {
    let done = false;
    void promise.finally(() => (done = true)).catch(() => undefined);
    await Promise.resolve();
    while (!done && (await loop.step()));
    return promise;
  };
  return { loop, cloud, browsers, runFor, drive };
}

const note = (size: number, seed: number) => `${seed}:`.padEnd(size, 'x');

describe('glossary sync: quotas', () => {
  it('fills sync storage up to the quota, says "quota-full", keeps everything locally, and catches up when room is made', async () => {
    const { browsers, runFor, drive } = setup();
    const [b] = browsers;
    await drive(b!.engine.start());
    // 60 entries of ~1.9 KB: about 115 KB, more than the 100 KB sync storage holds.
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const reply = await saveDraft(b!.store, { term: `Person ${i}`, aliases: [], kind: 'person', note: note(1_900, i), link: '' }, b!.context);
      if (!reply.ok) throw new Error(reply.error);
      ids.push(reply.entry.id);
      b!.engine.localChanged();
    }
    await runFor(120_000);
    const full = b!.engine.status();
    expect(full.state).toBe('quota-full');
    expect(full.pending).toBeGreaterThan(0);
    expect(full.usedBytes).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES);
    expect(full.nextRetryAt).not.toBeNull();
    expect(b!.area.quotaRefusals).toBe(0); // the engine measured and stayed under the quota itself
    expect(await listEntries(b!.store)).toHaveLength(60); // nothing lost

    for (const id of ids.slice(0, 15)) await deleteEntry(b!.store, id, b!.context);
    b!.engine.localChanged();
    await runFor(20 * 60_000);
    expect(b!.engine.status()).toMatchObject({ state: 'ok', pending: 0 });
    expect(b!.area.data.size).toBe(60); // 45 entries and 15 tombstones
  });

  it('stops at 512 items', async () => {
    const { browsers, runFor, drive } = setup();
    const [b] = browsers;
    await drive(b!.engine.start());
    for (let i = 0; i < 520; i++) await saveDraft(b!.store, { term: `T${i}`, aliases: [], kind: 'other', note: '', link: '' }, b!.context);
    b!.engine.localChanged();
    await runFor(60_000);
    expect(b!.engine.status()).toMatchObject({ state: 'quota-full', pending: 8, usedItems: 512 });
    expect(b!.area.data.size).toBe(512);
  });

  it('shows a quota error the browser reports, retries with back-off, and recovers', async () => {
    const { browsers, runFor, loop, drive } = setup();
    const [b] = browsers;
    let refuse = true;
    const area: SyncArea = {
      get: (keys) => b!.area.get(keys),
      set: async (items) => {
        if (refuse) throw new Error('QUOTA_BYTES quota exceeded');
        return b!.area.set(items);
      },
      remove: (keys) => b!.area.remove(keys),
      onChanged: (listener) => b!.area.onChanged(listener),
    };
    const engine = new GlossarySync({ store: b!.store, area, clock: loop.clock(0) });
    await drive(engine.start());
    await saveDraft(b!.store, { term: 'Taro Aso', aliases: [], kind: 'person', note: '', link: '' }, b!.context);
    engine.localChanged();
    await runFor(3_000);
    const failed = engine.status();
    expect(failed).toMatchObject({ state: 'quota-full', pending: 1, error: 'QUOTA_BYTES quota exceeded' });
    expect(failed.nextRetryAt).toBeGreaterThan(loop.now);
    refuse = false;
    await runFor(60_000);
    expect(engine.status()).toMatchObject({ state: 'ok', pending: 0 });
  });

  it('keeps under the write-rate limits however fast the reader edits', async () => {
    const { browsers, runFor, drive } = setup();
    const [b] = browsers;
    await drive(b!.engine.start());
    const reply = await saveDraft(b!.store, { term: 'Busy', aliases: [], kind: 'other', note: '', link: '' }, b!.context);
    if (!reply.ok) throw new Error(reply.error);
    // An edit every 2 s for 70 minutes: each would be a write of its own, 2,100 in all,
    // more than the 1,800 writes an hour the browser allows.
    for (let i = 0; i < 2_100; i++) {
      await saveDraft(b!.store, { ...reply.entry, note: `edit ${i}` }, b!.context);
      b!.engine.localChanged();
      await runFor(2_000);
    }
    await runFor(60 * 60_000);
    expect(b!.area.rateLimitHits).toBe(0);
    const log = b!.area.writeLog;
    const mostWithin = (window: number) => Math.max(...log.map((start, i) => log.slice(i).filter((time) => time - start < window).length));
    expect(mostWithin(3_600_000)).toBeLessThanOrEqual(1_500); // Dramatis's own budget, under the browser's 1,800
    expect(mostWithin(60_000)).toBeLessThanOrEqual(100);
    expect(log.length).toBeLessThan(2_100); // edits were batched once the budget ran out
    expect(b!.engine.status().state).toBe('ok');
    expect(b!.area.data.get(entryKey(reply.entry.id))?.value).toMatchObject({ n: 'edit 2099' });
  }, 30_000);

  it('maps the browser\'s errors to what the reader is told', () => {
    expect(classifyFailure('QUOTA_BYTES quota exceeded')).toBe('quota-full');
    expect(classifyFailure('MAX_ITEMS quota exceeded')).toBe('quota-full');
    expect(classifyFailure('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded')).toBe('pending');
    expect(classifyFailure('Please set webextensions.storage.sync.enabled to true in about:config')).toBe('offline');
    expect(classifyFailure('Something else')).toBe('error');
  });
});

describe('glossary sync: merging', () => {
  it('without sync storage, says "offline" and keeps every edit locally', async () => {
    const store = memoryGlossaryStore();
    const engine = new GlossarySync({ store, area: null });
    await engine.start();
    await saveDraft(store, { term: 'Taro Aso', aliases: [], kind: 'person', note: '', link: '' }, { deviceId: 'd', now: () => 1 });
    engine.localChanged();
    await engine.idle();
    expect(engine.status()).toMatchObject({ state: 'offline', pending: 1 });
  });

  it('merges what another browser wrote at start-up and as it arrives, and tells the tabs', async () => {
    const { browsers, runFor, drive } = setup({ replicas: 2 });
    const [a, b] = browsers;
    await drive(a!.engine.start());
    const saved = await saveDraft(a!.store, { term: 'Taro Aso', aliases: ['Aso'], kind: 'person', note: 'from A', link: '' }, a!.context);
    if (!saved.ok) throw new Error(saved.error);
    a!.engine.localChanged();
    await runFor(5_000);
    // B starts later: the start-up merge brings A's entry.
    await drive(b!.engine.start());
    await runFor(1_000);
    expect(await listEntries(b!.store)).toMatchObject([{ term: 'Taro Aso', note: 'from A' }]);
    expect(b!.changed).toHaveBeenCalled();
    // An edit on B arrives at A through onChanged.
    a!.changed.mockClear();
    await saveDraft(b!.store, { ...saved.entry, note: 'from B' }, b!.context);
    b!.engine.localChanged();
    await runFor(5_000);
    expect(await listEntries(a!.store)).toMatchObject([{ note: 'from B' }]);
    expect(a!.changed).toHaveBeenCalled();
  });

  it('collects old tombstones from sync storage and from every browser', async () => {
    const { browsers, runFor, drive } = setup({ replicas: 2, tombstoneTtl: 60_000 });
    const [a, b] = browsers;
    await drive(Promise.all([a!.engine.start(), b!.engine.start()]));
    const saved = await saveDraft(a!.store, { term: 'Gone', aliases: [], kind: 'other', note: '', link: '' }, a!.context);
    if (!saved.ok) throw new Error(saved.error);
    a!.engine.localChanged();
    await runFor(5_000);
    await deleteEntry(a!.store, saved.entry.id, a!.context);
    a!.engine.localChanged();
    await runFor(5_000);
    expect(await b!.store.get(saved.entry.id)).toMatchObject({ deleted: true });
    await runFor(120_000);
    await saveDraft(a!.store, { term: 'Trigger', aliases: [], kind: 'other', note: '', link: '' }, a!.context);
    a!.engine.localChanged();
    await runFor(10_000);
    expect(a!.area.data.has(entryKey(saved.entry.id))).toBe(false);
    expect(await a!.store.get(saved.entry.id)).toBeUndefined();
    expect(await b!.store.get(saved.entry.id)).toBeUndefined();
  });

  it('ignores damaged values in sync storage and writes its own version over them', async () => {
    const { browsers, runFor, drive } = setup();
    const [b] = browsers;
    const saved = await saveDraft(b!.store, { term: 'Taro Aso', aliases: [], kind: 'person', note: '', link: '' }, b!.context);
    if (!saved.ok) throw new Error(saved.error);
    await drive(b!.area.set({ [entryKey(saved.entry.id)]: { u: 'nonsense', t: '<img src=x onerror=alert(1)>' }, [entryKey('other')]: { u: 1, d: 'x', t: '', k: 'person' } }));
    await drive(b!.engine.start());
    await runFor(5_000);
    expect(await listEntries(b!.store)).toMatchObject([{ term: 'Taro Aso' }]);
    expect(b!.area.data.get(entryKey(saved.entry.id))?.value).toMatchObject({ t: 'Taro Aso' });
  });
});

describe('glossary sync: values from a newer Dramatis', () => {
  it('leaves a later edit it cannot read in place instead of overwriting it', async () => {
    const loop = new EventLoop();
    const cloud = new Cloud(loop, createRandom(2), { maxDelay: 0, failureRate: 0 });
    const area = cloud.addReplica('b');
    const store = memoryGlossaryStore();
    const context = { deviceId: 'old', now: () => loop.now };
    loop.now = 1_000;
    const saved = await saveDraft(store, { term: 'Taro Aso', aliases: [], kind: 'person', note: 'short', link: '' }, context);
    if (!saved.ok) throw new Error(saved.error);
    const future = { u: 5_000, d: 'new', t: 'Taro Aso', k: 'person', n: 'x'.repeat(3_000), extra: { v: 2 } };
    const drive = async (promise: Promise<unknown>) => {
      let done = false;
      void promise.finally(() => (done = true));
      await Promise.resolve();
      while (!done && (await loop.step()));
      await promise;
    };
    await drive(area.set({ [entryKey(saved.entry.id)]: future }));
    const engine = new GlossarySync({ store, area, clock: loop.clock(0) });
    await drive(engine.start());
    while (await loop.step());
    expect(area.data.get(entryKey(saved.entry.id))?.value).toEqual(future);
    expect(engine.status()).toMatchObject({ state: 'ok', pending: 0 });
    expect(await listEntries(store)).toMatchObject([{ note: 'short' }]); // kept here, not lost
  });
});
