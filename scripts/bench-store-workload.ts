// The store benchmark's workload, run unchanged in node (fake-indexeddb) and in Chromium (real
// IndexedDB): fill a database with ARTICLES articles and ACTORS actors, then time storing one
// article, building one actor card (with its cross-article part) and a prefix search.
import { actorId } from '../lib/engine/actor-id';
import type { Actor, ActorKind, ArticleDataset } from '../lib/engine/types';
import { actorCardExtras } from '../lib/store/actor-card';
import { saveDataset } from '../lib/store/datasets';
import { tidyStore } from '../lib/store/retention';
import { utf8Length } from '../lib/text/utf8-length';
import { createBackups } from '../lib/store/backup';
import { openDatabase } from '../lib/store/db';
import type { DBCore } from 'dexie';
import { readCounters, recount } from '../lib/store/counters';
import { toCastRecord, TOTALS_KEY, type ActorRecord, type ActorStatsRecord, type AppearanceRecord, type ArticleRecord, type CastRecord, type DramatisDatabase } from '../lib/store/db';
import { foldForSearch, hostOf, searchKeysFor } from '../lib/store/fold-name';
import { searchActors } from '../lib/store/search-actors';
import { listActors } from '../lib/store/who-list';
import { actorPage } from '../lib/store/who-actor';
import type { WhoListQuery } from '../lib/store/who-types';

/**
 * Where the time goes: wall time of every IndexedDB request Dexie makes, by table, method and
 * index (requests issued together overlap, so the sum can exceed the operation's time).
 */
function profileRequests(db: DramatisDatabase) {
  const totals = new Map<string, { ms: number; calls: number }>();
  let on = false;
  const timed = <T>(label: string, promise: Promise<T>): Promise<T> => {
    if (!on) return promise;
    const start = performance.now();
    return promise.finally(() => {
      const entry = totals.get(label) ?? { ms: 0, calls: 0 };
      entry.ms += performance.now() - start;
      entry.calls++;
      totals.set(label, entry);
    });
  };
  db.use({
    stack: 'dbcore',
    name: 'bench-profile',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => timed(`${name}.${req.type}`, table.mutate(req)),
          get: (req) => timed(`${name}.get`, table.get(req)),
          getMany: (req) => timed(`${name}.getMany`, table.getMany(req)),
          query: (req) => timed(`${name}.query(${req.query.index.name || ':id'})`, table.query(req)),
          openCursor: (req) => timed(`${name}.cursor(${req.query.index.name || ':id'})`, table.openCursor(req)),
          count: (req) => timed(`${name}.count(${req.query.index.name || ':id'})`, table.count(req)),
        };
      },
    }),
  });
  return {
    start: () => {
      totals.clear();
      on = true;
    },
    stop: (runs: number): string[] => {
      on = false;
      return [...totals.entries()]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, 8)
        .map(([label, { ms, calls }]) => `      ${label.padEnd(36)} ${(ms / runs).toFixed(2).padStart(7)} ms/op  ${(calls / runs).toFixed(1)} calls/op`);
    },
  };
}

export interface BenchOptions {
  articles: number;
  actors: number;
  /** Actors per article (the first ones spread every actor; the rest favor popular actors). */
  actorsPerArticle: number;
  /** Timed runs per operation, after WARMUP_RUNS untimed ones. */
  runs: number;
  /** Print where each operation's time goes (IndexedDB requests by table and index). */
  breakdown?: boolean;
  /** Leave out the backup (export and import take minutes at full scale). */
  skipBackup?: boolean;
  log: (line: string) => void;
}

export const DEFAULT_BENCH: Omit<BenchOptions, 'log'> = { articles: 10_000, actors: 100_000, actorsPerArticle: 25, runs: 300 };
const WARMUP_RUNS = 20;
/** Records written per transaction while filling. */
const FILL_CHUNK = 500;

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}
export interface BenchReport {
  /** The machine's floor: one read-only transaction with one get, and one read-write with a get and a put. */
  floor: { read: Timing; write: Timing };
  fillSeconds: number;
  counts: { articles: number; actors: number; appearances: number };
  store: Timing;
  /** tidyStore after each save, as the background runs it once it has replied: the journal folded into actor records and stats rows, and retention (a batch of articles once per batch of saves). */
  retention: Timing;
  /** The save and its housekeeping together (the work per article; the reader waits only for the save). */
  storeAndTidy: Timing;
  card: Timing;
  search: Timing;
  /** One page of the Who's who list (opening, filters, paging, typed search), and one actor's page. */
  whoList: Timing;
  whoActor: Timing;
  /** A backup in parts: export, then the import's check pass and apply pass into an empty database. */
  backup: { exportSeconds: number; megabytes: number; parts: number; checkSeconds: number; applySeconds: number; imported: number };
}

/** A small deterministic PRNG (mulberry32), so both runs build the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Taro', 'Masahisa', 'Eisaku', 'Fumio', 'Shigeru', 'Yōko', 'Anna', 'José', 'Zoë', 'Søren', 'Ngozi', 'Li', 'Wei', 'Ahmed', 'Fatima', 'Olga', 'Pierre', 'Ines', 'Raúl', 'Chidi', 'Mei', 'Hana', 'Kofi', 'Lars', 'Ana', 'Björn', 'Priya', 'Arjun', 'Sinéad', 'Dmitri'];
const SYLLABLES = ['sa', 'tō', 'ka', 'mi', 'ra', 'no', 'be', 'lu', 'ko', 'va', 'ši', 'ne', 'do', 'ri', 'ma', 'to', 'ze', 'gu', 'pa', 'é', 'an', 'or', 'el', 'is', 'ha', 'ya', 'ki', 'mo', 'ju', 'we'];
const ORG_WORDS = ['Ministry', 'Party', 'Council', 'Bank', 'Agency', 'Institute', 'Union', 'Group', 'Authority', 'Commission'];
const PLACE_WORDS = ['Bay', 'Province', 'City', 'Valley', 'Island', 'Port', 'Heights', 'Lake'];

function word(next: () => number, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface SyntheticActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

function makeActors(count: number, next: () => number): SyntheticActor[] {
  const actors: SyntheticActor[] = [];
  const ids = new Set<string>();
  while (actors.length < count) {
    const roll = next();
    const kind: ActorKind = roll < 0.6 ? 'person' : roll < 0.85 ? 'organization' : 'place';
    const surname = word(next, 2 + Math.floor(next() * 2));
    const name =
      kind === 'person'
        ? `${GIVEN[Math.floor(next() * GIVEN.length)]} ${surname}`
        : kind === 'organization'
          ? `${surname} ${ORG_WORDS[Math.floor(next() * ORG_WORDS.length)]}`
          : `${surname} ${PLACE_WORDS[Math.floor(next() * PLACE_WORDS.length)]}`;
    const id = actorId(kind, name);
    if (ids.has(id)) continue;
    ids.add(id);
    const aliases = kind === 'person' ? [surname] : kind === 'organization' ? [name.split(' ').map((w) => w[0]).join('').toUpperCase()] : [];
    actors.push({ id, name, kind, aliases });
  }
  return actors;
}

function appearance(actor: SyntheticActor, url: string, title: string, analyzedAt: number, next: () => number): AppearanceRecord {
  const descriptor = `a ${['senior', 'former', 'newly elected', 'long-serving'][Math.floor(next() * 4)]} official quoted in the report`;
  const quote = next() < 0.3 ? [{ text: 'We will not back down on this issue.', start: 400, end: 436 }] : [];
  return {
    actorId: actor.id,
    url,
    title,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    descriptors: [{ text: descriptor, start: 100, end: 100 + descriptor.length }],
    quotes: quote,
    mentions: 1 + Math.floor(next() * 4),
    analyzedAt,
  };
}

/** Popular actors appear far more often (a rough power law over the actor list). */
function popularActor(actors: SyntheticActor[], next: () => number): SyntheticActor {
  return actors[Math.floor(actors.length * next() ** 4)]!;
}

async function fill(db: DramatisDatabase, options: BenchOptions, actors: SyntheticActor[], next: () => number): Promise<void> {
  const spread = Math.ceil(actors.length / options.articles);
  const actorStats = new Map<string, ActorStatsRecord>();
  let articles: ArticleRecord[] = [];
  let casts: CastRecord[] = [];
  const flush = async () => {
    await db.transaction('rw', db.articles, db.casts, async () => {
      await db.articles.bulkPut(articles);
      await db.casts.bulkPut(casts);
    });
    articles = [];
    casts = [];
  };
  for (let a = 0; a < options.articles; a++) {
    const url = `https://news${a % 50}.example/${a}`;
    const analyzedAt = 1_600_000_000_000 + a * 60_000;
    const cast = new Map<string, SyntheticActor>();
    for (let i = a * spread; i < (a + 1) * spread && i < actors.length; i++) cast.set(actors[i]!.id, actors[i]!);
    while (cast.size < options.actorsPerArticle) {
      const actor = popularActor(actors, next);
      cast.set(actor.id, actor);
    }
    const members = [...cast.values()];
    const title = `Synthetic article number ${a} about ${members[0]!.name}`;
    const article: ArticleRecord = {
      url,
      title,
      lang: 'en',
      textHash: `hash-${a}`,
      analyzedAt,
      seenAt: analyzedAt,
      mentions: members.flatMap((actor, i) => [
        { start: i * 200, end: i * 200 + actor.name.length, actorId: actor.id },
        { start: i * 200 + 100, end: i * 200 + 110, actorId: actor.id },
      ]),
      actorIds: members.map((actor) => actor.id),
      host: hostOf(url),
    };
    articles.push(article);
    casts.push(toCastRecord(article, members.map((actor) => appearance(actor, url, title, analyzedAt, next))));
    for (const actor of members) {
      const stats = actorStats.get(actor.id);
      // Articles are filled oldest first: the last one seen is the newest.
      actorStats.set(actor.id, { ...actor, articleCount: (stats?.articleCount ?? 0) + 1, latest: { url, title, analyzedAt } });
    }
    if (articles.length >= FILL_CHUNK / 5) await flush();
    if (a % 2000 === 1999) options.log(`  filled ${a + 1} articles`);
  }
  await flush();
  for (let i = 0; i < actors.length; i += FILL_CHUNK * 4) {
    const records: ActorRecord[] = actors
      .slice(i, i + FILL_CHUNK * 4)
      .map((actor) => ({ ...actor, searchKeys: searchKeysFor(actor.name, actor.aliases) }));
    await db.actors.bulkPut(records);
  }
  const stats = [...actorStats.values()];
  for (let i = 0; i < stats.length; i += FILL_CHUNK * 4) await db.actorStats.bulkPut(stats.slice(i, i + FILL_CHUNK * 4));
  await db.transaction('rw', db.articles, db.actors, db.casts, db.counters, () => recount(db));
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]!), runs: sorted.length };
}

/** Times `operation`; if it reports an untimed tail (ms) via `untimed`, that part is left out. */
async function measure(runs: number, operation: (i: number) => Promise<unknown>, untimed?: (i: number) => number): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP_RUNS + runs; i++) {
    const before = untimedTotal;
    const start = performance.now();
    await operation(i);
    const tail = untimedTotal - before;
    if (i >= WARMUP_RUNS) samples.push(performance.now() - start - (untimed ? tail : 0));
  }
  return timing(samples);
}
/** Time spent in parts of an operation that are reported separately (ms, running total). */
let untimedTotal = 0;

/** A new article as the engine would hand it over: known actors, new ones, a lone surname. */
function newArticle(i: number, actors: SyntheticActor[], next: () => number, size: number, batch: number): ArticleDataset {
  const cast = new Map<string, Actor>();
  // Like a real article's actors: a descriptor each, a quote for about a third, a few mentions.
  const add = (id: string, name: string, kind: ActorKind, aliases: string[]) => {
    const descriptor = 'the newly appointed spokesperson';
    const quote = 'We will not back down on this issue, whatever the committee decides next week.';
    const quotes = next() < 0.3 ? [{ text: quote, start: 400, end: 400 + quote.length }] : [];
    cast.set(id, { id, name, kind, aliases, descriptors: [{ text: descriptor, start: 10, end: 10 + descriptor.length }], quotes, mentions: 1 + Math.floor(next() * 4) });
  };
  while (cast.size < size - 5) {
    const actor = popularActor(actors, next);
    add(actor.id, actor.name, actor.kind, actor.aliases);
  }
  for (let n = 0; n < 4; n++) add(actorId('person', `Newcomer${batch}x${i} Person${n}`), `Newcomer${batch}x${i} Person${n}`, 'person', []);
  const lone = actors[Math.floor(next() * actors.length)]!;
  const surname = lone.name.split(' ').pop()!;
  add(actorId(lone.kind, surname), surname, lone.kind, []);
  const members = [...cast.values()];
  return {
    url: `https://fresh.example/${batch}/${i}`,
    title: `Fresh article ${i}`,
    lang: 'en',
    textHash: `fresh-${i}`,
    analyzedAt: 1_700_000_000_000 + i,
    actors: members,
    mentions: members.map((actor, m) => ({ start: m * 100, end: m * 100 + actor.name.length, actorId: actor.id })),
  };
}

/** `db` must not be open yet (the profiler is installed before it opens). */
export async function runStoreBench(db: DramatisDatabase, options: BenchOptions): Promise<BenchReport> {
  const profile = profileRequests(db);
  const next = random(20261125);
  const actors = makeActors(options.actors, next);
  const fillStart = performance.now();
  const filled = await readCounters(db);
  // A database kept from an earlier run (--profile-dir) is reused as it is.
  // (Retention keeps it between 99% of the cap and the cap.)
  if (filled.articles < options.articles * 0.98) await fill(db, options, actors, next);
  else options.log('  reusing the stored database');
  const fillSeconds = Math.round((performance.now() - fillStart) / 100) / 10;
  const counts = await readCounters(db);
  options.log(`  filled in ${fillSeconds} s: ${JSON.stringify(counts)}`);
  const measureOp = async (name: string, operation: (i: number) => Promise<unknown>, untimed?: (i: number) => number): Promise<Timing> => {
    if (options.breakdown) profile.start();
    const result = await measure(options.runs, operation, untimed);
    if (options.breakdown) options.log([`    ${name} (requests per operation, warm-up included):`, ...profile.stop(options.runs + WARMUP_RUNS)].join('\n'));
    return result;
  };

  const floor = {
    read: await measure(options.runs, () => db.transaction('r', db.counters, () => db.counters.get(TOTALS_KEY))),
    // Rewrites the totals with their own values: a real write that changes nothing.
    write: await measure(options.runs, () =>
      db.transaction('rw', db.counters, async () =>
        db.counters.put((await db.counters.get(TOTALS_KEY)) ?? { key: TOTALS_KEY, articles: 0, actors: 0, appearances: 0 }),
      ),
    ),
  };
  // Steady state at the cap: the housekeeping after the saves evicts a batch of articles once per batch of saves.
  const batch = Date.now();
  const articlesToStore = Array.from({ length: WARMUP_RUNS + options.runs }, (_, i) => newArticle(i, actors, next, options.actorsPerArticle, batch));
  // As the background does: save (what the reader waits for), then housekeeping in its own transaction.
  const retentionSamples: number[] = [];
  const bothSamples: number[] = [];
  const store = await measureOp('store', async (i) => {
    const saveStart = performance.now();
    const saved = await saveDataset(db, articlesToStore[i]!);
    const start = performance.now();
    await tidyStore(db, options.articles);
    const spent = performance.now() - start;
    untimedTotal += spent;
    if (i >= WARMUP_RUNS) {
      retentionSamples.push(spent);
      bothSamples.push(performance.now() - saveStart);
    }
    return saved;
  }, (i) => i);
  const retention = timing(retentionSamples);
  const storeAndTidy = timing(bothSamples);

  // Cards for names as a reader meets them: the cast of stored articles (popular actors included).
  const stored = await db.articles.orderBy('seenAt').reverse().limit(200).toArray();
  const cardTargets = stored.flatMap((article) => article.actorIds.map((id) => ({ id, url: article.url })));
  const card = await measureOp('card', (i) => {
    const target = cardTargets[Math.floor(next() * cardTargets.length)]!;
    return actorCardExtras(db, target.id, target.url);
  });

  // What a reader types: the first 2–5 letters of a name, or of a surname, without accents.
  const queries = Array.from({ length: WARMUP_RUNS + options.runs }, () => {
    const words = foldForSearch(actors[Math.floor(next() * actors.length)]!.name).split(' ');
    const pick = words[Math.floor(next() * words.length)]!;
    return pick.slice(0, 2 + Math.floor(next() * 4));
  });
  const search = await measureOp('search', (i) => searchActors(db, queries[i]!));

  // Who's who: the list as a reader opens, filters, scrolls and searches it, and actor pages.
  const base: WhoListQuery = { query: '', kind: 'all', site: '', period: 'all', sort: 'recent', offset: 0, limit: 100 };
  const listQueries: [string, WhoListQuery][] = [
    ['open', base],
    ['most met', { ...base, sort: 'frequent' }],
    ['people', { ...base, kind: 'person' }],
    ['organizations, most met', { ...base, kind: 'organization', sort: 'frequent' }],
    ['this week', { ...base, period: 'week' }],
    ['this month, most met', { ...base, period: 'month', sort: 'frequent' }],
    ['one site', { ...base, site: 'news7.example' }],
    ['far page', { ...base, offset: 5_000 }],
    ['typed search', base],
  ];
  // The bench's articles are dated from 2020 on, minutes apart: "now" just after the newest, as when reading.
  const whoNow = (await db.articles.orderBy('seenAt').last())?.analyzedAt ?? Date.now();
  const byQuery = new Map<string, number[]>();
  const whoList = await measureOp('who list', async (i) => {
    const [name, q] = listQueries[i % listQueries.length]!;
    const start = performance.now();
    const page = await listActors(db, name === 'typed search' ? { ...q, query: queries[i]! } : q, whoNow);
    byQuery.set(name, [...(byQuery.get(name) ?? []), performance.now() - start]);
    return page;
  });
  for (const [name, samples] of byQuery) options.log(formatTiming(`  ${name}`, timing(samples)));
  const whoActor = await measureOp('who actor', () => actorPage(db, cardTargets[Math.floor(next() * cardTargets.length)]!.id));
  const backup = options.skipBackup ? { exportSeconds: 0, megabytes: 0, parts: 0, checkSeconds: 0, applySeconds: 0, imported: 0 } : await measureBackup(db);
  return { floor, fillSeconds, counts, store, retention, storeAndTidy, card, search, whoList, whoActor, backup };
}

/** Lines per import part in the bench (the options page sends parts of about 4 MB). */
const BENCH_IMPORT_PART_LINES = 2_000;

/** A whole backup: exported in parts, then imported (check, then apply) into an empty database. */
async function measureBackup(db: DramatisDatabase): Promise<BenchReport['backup']> {
  const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
  const exporter = createBackups(db);
  const exportStart = performance.now();
  const parts: string[] = [];
  let session: string | undefined;
  for (;;) {
    const part = await exporter.exportPart(session);
    parts.push(part.text);
    if (part.done) break;
    session = part.session;
  }
  const exportSeconds = seconds(exportStart);
  const megabytes = Math.round(parts.reduce((sum, part) => sum + utf8Length(part), 0) / 2 ** 20);
  const lines = parts.flatMap((part) => part.split('\n'));
  const target = openDatabase(`${db.name}-import`);
  const importer = createBackups(target);
  const step = async (name: 'check' | 'apply') => {
    const start = performance.now();
    let id: string | undefined;
    let imported = 0;
    for (let from = 0; from < lines.length; from += BENCH_IMPORT_PART_LINES) {
      const last = from + BENCH_IMPORT_PART_LINES >= lines.length;
      const part = await importer.importPart({ ...(id ? { session: id } : {}), step: name, lines: lines.slice(from, from + BENCH_IMPORT_PART_LINES), last });
      id = part.session;
      imported = part.imported?.articlesAdded ?? imported;
    }
    return { seconds: seconds(start), imported };
  };
  const check = await step('check');
  const apply = await step('apply');
  await target.delete();
  return { exportSeconds, megabytes, parts: parts.length, checkSeconds: check.seconds, applySeconds: apply.seconds, imported: apply.imported };
}

export function formatTiming(name: string, t: Timing): string {
  return `  ${name.padEnd(10)} p50 ${t.p50.toFixed(2).padStart(7)} ms   p95 ${t.p95.toFixed(2).padStart(7)} ms   max ${t.max.toFixed(2).padStart(7)} ms   (${t.runs} runs)`;
}
