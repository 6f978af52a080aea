// Convergence: two or three simulated browsers edit one glossary while their sync storage
// replicas exchange writes through a simulated cloud (delays, reordering, offline periods,
// conflicting writes, injected quota/network errors, restarts). After the network heals, every
// browser must hold the same glossary, and for every entry it must be the latest edit made
// anywhere (last writer wins on (updatedAt, deviceId)).
//
// Reproduce one schedule: SYNC_SEED=123 npx vitest run tests/unit/sync/convergence.test.ts
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteEntry, restoreEntry, saveDraft, type EditContext } from '../../../lib/glossary/glossary-crud';
import { glossaryToCsv } from '../../../lib/glossary/glossary-files';
import { applyImport } from '../../../lib/glossary/glossary-import';
import { memoryGlossaryStore, type StoredGlossaryRecord } from '../../../lib/glossary/glossary-store';
import { GlossarySync } from '../../../lib/sync/glossary-sync';
import { compareRecords, decodeEntry, idOfKey } from '../../../lib/sync/remote-entry';
import { ACTOR_KINDS } from '../../../lib/engine/types';
import { Cloud, createRandom, EventLoop, type SimulatedSyncArea } from './simulated-sync';
import { useRealMessages } from '../components/real-messages';

// Error messages come from public/_locales/en/messages.json.
beforeEach(useRealMessages);

const SCHEDULES = Number(process.env.SYNC_SCHEDULES ?? 1_000);
const GC_SCHEDULES = Number(process.env.SYNC_GC_SCHEDULES ?? 200);
const ONLY_SEED = process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : null;
const TERMS = ['Taro Aso', 'LDP', 'Fumio Kishida', 'Élodie Ørsted', '習近平', 'CPTPP', 'Masahisa Sato', 'Komeito'];
const NOTES = ['', 'Former PM', 'Note with, commas', 'Line one\nline two', 'Quote "this"', 'naïve café 🎌'];

interface Replica {
  name: string;
  deviceId: string;
  area: SimulatedSyncArea;
  store: ReturnType<typeof memoryGlossaryStore>;
  engine: GlossarySync;
  context: EditContext;
  restarts: number;
}

interface Outcome {
  edits: number;
  events: number;
  injectedFailures: number;
  offlinePeriods: number;
  /** Tombstones removed from sync storage. */
  collected: number;
}

interface ScheduleOptions {
  /** Collect tombstones this many ms old (default: the real 30 days, i.e. never within a schedule). */
  tombstoneTtl?: number;
  /** Longest offline period (ms). */
  maxOffline?: number;
}

async function runSchedule(seed: number, options: ScheduleOptions = {}): Promise<Outcome> {
  const random = createRandom(seed);
  const loop = new EventLoop();
  const cloud = new Cloud(loop, random, { maxDelay: random.int(0, 4_000), failureRate: random.pick([0, 0.05, 0.2]) });
  const replicaCount = random.int(2, 3);
  const replicas: Replica[] = [];
  const edits: StoredGlossaryRecord[] = [];
  let offlinePeriods = 0;

  const makeEngine = (replica: Omit<Replica, 'engine'>, clock: ReturnType<EventLoop['clock']>) =>
    new GlossarySync({ store: replica.store, area: replica.area, clock, timing: options.tombstoneTtl ? { tombstoneTtl: options.tombstoneTtl } : {} });

  for (let i = 0; i < replicaCount; i++) {
    // Clocks disagree by up to ±3 s: last-writer-wins must still converge.
    const clock = loop.clock(random.int(-3_000, 3_000));
    const partial = {
      name: `browser-${i}`,
      deviceId: `device-${i}-${seed}`,
      area: cloud.addReplica(`browser-${i}`),
      store: memoryGlossaryStore(),
      context: { deviceId: `device-${i}-${seed}`, now: clock.now },
      restarts: 0,
    };
    const replica: Replica = { ...partial, engine: makeEngine(partial, clock) };
    replicas.push(replica);
    loop.at(random.int(0, 2_000), () => void replica.engine.start());
  }

  async function record(replica: Replica, id: string): Promise<void> {
    const written = await replica.store.get(id);
    if (written && !written.synced) edits.push(written);
    replica.engine.localChanged();
  }

  async function randomEdit(replica: Replica): Promise<void> {
    const all = await replica.store.all();
    const live = all.filter((r) => !r.deleted);
    const dead = all.filter((r) => r.deleted && r.term);
    const roll = random.next();
    if (roll < 0.3 || live.length === 0) {
      const id = `e${seed}x${random.int(0, 1e9).toString(36)}`;
      const reply = await saveDraft(replica.store, { id, term: random.pick(TERMS), aliases: [], kind: random.pick(ACTOR_KINDS), note: random.pick(NOTES), link: '' }, replica.context);
      if (reply.ok) await record(replica, reply.entry.id);
    } else if (roll < 0.6) {
      const target = random.pick(live);
      const reply = await saveDraft(replica.store, { ...target, note: `${random.pick(NOTES)} #${random.int(0, 999)}`, aliases: random.chance(0.3) ? ['Alias ' + random.int(0, 9)] : target.aliases, kind: random.pick(ACTOR_KINDS) }, replica.context);
      if (reply.ok) await record(replica, target.id);
    } else if (roll < 0.75) {
      const target = random.pick(live);
      const reply = await saveDraft(replica.store, { ...target, term: `${random.pick(TERMS)} ${random.int(0, 99)}` }, replica.context);
      if (reply.ok) await record(replica, target.id);
    } else if (roll < 0.92) {
      const target = random.pick(live);
      if ((await deleteEntry(replica.store, target.id, replica.context)).ok) await record(replica, target.id);
    } else if (roll < 0.97 && dead.length > 0) {
      const target = random.pick(dead);
      if ((await restoreEntry(replica.store, target.id, replica.context)).ok) await record(replica, target.id);
    } else {
      // An imported file: several entries at once, some matching existing terms.
      const rows = Array.from({ length: random.int(1, 3) }, () => {
        const existing = live.length > 0 && random.chance(0.5) ? random.pick(live) : null;
        return { id: existing ? '' : `e${seed}i${random.int(0, 1e9).toString(36)}`, term: existing?.term ?? `${random.pick(TERMS)} ${random.int(100, 199)}`, aliases: [], kind: random.pick(ACTOR_KINDS), note: `imported, "${random.int(0, 999)}"\nsecond line`, link: '', updatedAt: 0 };
      });
      const before = new Map(all.map((r) => [r.id, `${r.updatedAt}/${r.deviceId}`]));
      await applyImport(replica.store, 'csv', glossaryToCsv(rows), replica.context, true);
      for (const written of await replica.store.all()) {
        if (!written.synced && before.get(written.id) !== `${written.updatedAt}/${written.deviceId}`) edits.push(written);
      }
      replica.engine.localChanged();
    }
  }

  // The busy period: edits, offline periods and restarts at random times.
  const span = random.int(20_000, 180_000);
  const editCount = random.int(5, 18);
  for (let i = 0; i < editCount; i++) {
    loop.at(random.int(0, span), () => {
      const replica = random.pick(replicas);
      void randomEdit(replica);
      // Bursts: a reader saving again a moment later (often while the first write is on its way).
      for (let burst = random.int(0, 2); burst > 0; burst--) loop.at(loop.now + random.int(0, 3_000), () => void randomEdit(replica));
    });
  }
  for (const replica of replicas) {
    if (random.chance(0.6)) {
      const from = random.int(0, span);
      offlinePeriods++;
      loop.at(from, () => replica.area.setOnline(false));
      loop.at(from + random.int(1_000, options.maxOffline ?? 60_000), () => replica.area.setOnline(true));
    }
    if (random.chance(0.3)) {
      loop.at(random.int(0, span), () => {
        // The browser restarts: a new engine over the same local database and sync storage.
        replica.engine.stop();
        replica.restarts++;
        const clock = loop.clock(replica.context.now() - loop.now);
        replica.engine = makeEngine(replica, clock);
        void replica.engine.start();
      });
    }
  }

  let events = 0;
  while (await loop.step(span)) events++;
  // The network heals: no more failures, everyone online; run until nothing is left to do.
  cloud.options.failureRate = 0;
  for (const replica of replicas) replica.area.setOnline(true);
  for (const replica of replicas) void replica.engine.retryNow();
  await settle();
  while (await loop.step()) {
    events++;
    if (events > 200_000) throw new Error(`seed ${seed}: no quiescence after ${events} events`);
  }

  // Every replica holds the same live glossary…
  const views = await Promise.all(replicas.map(async (replica) => liveView(await replica.store.all())));
  if (process.env.SYNC_DEBUG) {
    for (const replica of replicas) {
      console.log(replica.name, replica.engine.status(), JSON.stringify((await replica.store.all()).map((r) => [r.id, r.updatedAt, r.deviceId?.slice(0, 8), r.deleted, r.synced])));
      console.log(' area', JSON.stringify([...replica.area.data].map(([k, v]) => [k.slice(2), (v.value as { u: number }).u, v.version])));
    }
    console.log('cloud', JSON.stringify([...cloud.data].map(([k, v]) => [k.slice(2), (v.value as { u: number }).u, v.version])));
  }
  for (const view of views.slice(1)) expect(view, `seed ${seed}`).toEqual(views[0]);
  // …and each entry is the latest edit made to it anywhere.
  const latest = new Map<string, StoredGlossaryRecord>();
  for (const edit of edits) {
    const known = latest.get(edit.id);
    if (!known || compareRecords(edit, known) > 0) latest.set(edit.id, edit);
  }
  const expected = liveView([...latest.values()]);
  expect(views[0], `seed ${seed}: the latest edits`).toEqual(expected);
  // Nothing is left pending, and sync storage agrees with every browser.
  for (const replica of replicas) {
    expect(replica.engine.status().state, `seed ${seed} ${replica.name}`).toBe('ok');
    const remote = [...replica.area.data.entries()].flatMap(([key, stamped]) => {
      const id = idOfKey(key);
      const decoded = id === null ? null : decodeEntry(id, stamped.value);
      return decoded ? [decoded] : [];
    });
    expect(liveView(remote), `seed ${seed} ${replica.name} sync storage`).toEqual(expected);
    // The engine throttles itself: the browser's write-rate limits are never hit.
    expect(replica.area.rateLimitHits, `seed ${seed}`).toBe(0);
  }
  return {
    edits: edits.length,
    events,
    injectedFailures: replicas.reduce((sum, r) => sum + r.area.injectedFailures, 0),
    offlinePeriods,
    collected: replicas.reduce((sum, r) => sum + r.area.removedKeys, 0),
  };
}

function liveView(records: StoredGlossaryRecord[]) {
  return records
    .filter((r) => !r.deleted)
    .map(({ id, term, aliases, kind, note, link, updatedAt, deviceId }) => ({ id, term, aliases, kind, note, link, updatedAt, deviceId }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function runSchedules(seeds: number[], options: ScheduleOptions = {}): Promise<Outcome> {
  const totals: Outcome = { edits: 0, events: 0, injectedFailures: 0, offlinePeriods: 0, collected: 0 };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const seed of seeds) {
    const outcome = await runSchedule(seed, options);
    for (const key of Object.keys(totals) as Array<keyof Outcome>) totals[key] += outcome[key];
  }
  console.info(
    `convergence${options.tombstoneTtl ? ' with tombstone collection' : ''}: ${seeds.length} schedules (seeds ${seeds[0]}–${seeds.at(-1)}), ` +
      `${totals.edits} edits, ${totals.events} events, ${totals.injectedFailures} injected write failures, ${totals.offlinePeriods} offline periods, ` +
      `${totals.collected} tombstones collected, ${Math.round(performance.now() - started)} ms (${Math.round(process.cpuUsage(cpuBefore).user / 1_000)} ms CPU)`,
  );
  return totals;
}

const seedsFrom = (first: number, count: number) => (ONLY_SEED === null ? Array.from({ length: count }, (_, i) => first + i) : [ONLY_SEED]);

describe('glossary sync convergence', () => {
  it(`converges on the latest edits in ${ONLY_SEED === null ? SCHEDULES : 1} random schedules`, async () => {
    const totals = await runSchedules(seedsFrom(1, SCHEDULES));
    // The schedules must actually exercise the hard parts.
    expect(totals.injectedFailures).toBeGreaterThan(0);
    expect(totals.offlinePeriods).toBeGreaterThan(0);
  }, 120_000);

  it(`collects tombstones without losing or bringing back entries (${ONLY_SEED === null ? GC_SCHEDULES : 1} schedules)`, async () => {
    // Tombstones are collected after 20 s; no browser is offline longer than 10 s (in real life:
    // 30 days, and a browser offline longer than that may bring a deleted entry back).
    const totals = await runSchedules(seedsFrom(100_001, GC_SCHEDULES), { tombstoneTtl: 20_000, maxOffline: 10_000 });
    expect(totals.collected).toBeGreaterThan(0);
  }, 120_000);
});
