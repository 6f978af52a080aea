// Small datasets for the store tests, written the way the engine writes them.
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { actorId } from '../../../lib/engine/actor-id';
import type { Actor, ActorKind, ArticleDataset } from '../../../lib/engine/types';
import { appearancesOf, castEntries, identityOf, openDatabase, type ActorStatsRecord, type AppearanceRecord, type DramatisDatabase } from '../../../lib/store/db';
import { readTotals } from '../../../lib/store/counters';
import { foldJournal } from '../../../lib/store/actor-stats';
import { currentStats, currentStatsOf, journalOf } from '../../../lib/store/journal';
import { storeTables } from '../../../lib/store/retention';

export interface ActorSpec {
  name: string;
  kind?: ActorKind;
  aliases?: string[];
  descriptor?: string;
  quote?: string;
}

/** An article whose text is its actors' names and descriptors, with real offsets. */
export function article(url: string, actors: (string | ActorSpec)[], options: { textHash?: string; analyzedAt?: number; title?: string } = {}): ArticleDataset {
  let text = '';
  const built: Actor[] = [];
  const mentions: ArticleDataset['mentions'] = [];
  for (const entry of actors) {
    const spec = typeof entry === 'string' ? { name: entry } : entry;
    const kind = spec.kind ?? 'person';
    const id = actorId(kind, spec.name);
    const start = text.length;
    text += `${spec.name}, `;
    mentions.push({ start, end: start + spec.name.length, actorId: id });
    const descriptors = [];
    const descriptor = spec.descriptor ?? 'a lawmaker';
    descriptors.push({ text: descriptor, start: text.length, end: text.length + descriptor.length });
    text += `${descriptor}. `;
    const quotes = [];
    if (spec.quote) {
      quotes.push({ text: spec.quote, start: text.length, end: text.length + spec.quote.length });
      text += `${spec.quote} `;
    }
    built.push({ id, name: spec.name, kind, aliases: spec.aliases ?? [], descriptors, quotes, mentions: 1 });
  }
  return {
    url,
    title: options.title ?? `Title of ${url}`,
    lang: 'en',
    textHash: options.textHash ?? 'h1',
    analyzedAt: options.analyzedAt ?? 1_700_000_000_000,
    actors: built,
    mentions,
  };
}

let counter = 0;
/** A fresh database with a unique name (fake-indexeddb keeps them per process). */
export function freshDatabase(): DramatisDatabase {
  return openDatabase(`dramatis-test-${process.pid}-${++counter}`);
}

/** Every stored appearance, as flat records (they live in their articles' casts). */
export async function storedAppearances(db: DramatisDatabase): Promise<AppearanceRecord[]> {
  return (await db.casts.toArray()).flatMap(appearancesOf);
}

/**
 * The store's invariants, checked after every test that writes. First as every reader sees
 * the store (the journal in the totals applied to the stats rows): running totals of articles
 * and appearances equal the real table sizes, and each actor's stats give its real article
 * count and newest article. Then the journal is folded, and: all three totals equal the table
 * sizes; each actor's stats row gives its count and newest article and carries the actor's
 * identity, as the readers saw it before the fold; no orphaned actor and no stats without an
 * actor; every article has exactly one cast, listing its actors in order with its title and
 * date (and the index keys that go with them); every appearance belongs to a stored article
 * that lists the actor.
 */
export async function expectConsistent(db: DramatisDatabase): Promise<void> {
  const { expect } = await import('vitest');
  const before = await readAll(db);
  const expected = new Map<string, { articleCount: number; newest: number }>();
  for (const appearance of before.appearances) {
    const entry = expected.get(appearance.actorId) ?? { articleCount: 0, newest: -1 };
    entry.articleCount++;
    entry.newest = Math.max(entry.newest, appearance.analyzedAt);
    expected.set(appearance.actorId, entry);
  }
  expect(before.counters.map(({ key }) => key), 'one totals record').toEqual(before.counters.length ? ['totals'] : []);
  const journal = journalOf(before.counters[0]);
  expect(new Set(before.counters[0]?.journal?.map((entry) => entry.id)).size, 'one journal entry per actor').toBe(journal.size);
  expect([before.counters[0]?.articles ?? 0, before.counters[0]?.appearances ?? 0], 'running totals of articles and appearances').toEqual([before.articles.length, before.appearances.length]);
  const rowById = new Map(before.rows.map((row) => [row.id, row]));
  const seen = new Map<string, ActorStatsRecord>();
  for (const id of new Set([...rowById.keys(), ...journal.keys()])) {
    const { stats, latestUnknown } = currentStats(rowById.get(id), journal.get(id));
    if (!stats) continue;
    seen.set(id, stats);
    const truth = expected.get(id);
    expect(stats.articleCount, `article count of ${id} before the fold`).toBe(truth?.articleCount);
    if (!latestUnknown) expect(stats.latest.analyzedAt, `newest article of ${id} before the fold`).toBe(truth?.newest);
  }
  expect([...seen.keys()].sort(), 'actors as readers see them').toEqual([...expected.keys()].sort());

  await db.transaction('rw', storeTables(db), async () => foldJournal(db, await readTotals(db)));
  const { articles, actors, casts, rows, counters, appearances } = await readAll(db);
  const recorded = counters[0];
  expect(recorded?.journal, 'no journal after the fold').toBeUndefined();
  expect({ articles: recorded?.articles ?? 0, actors: recorded?.actors ?? 0, appearances: recorded?.appearances ?? 0 }, 'running totals').toEqual({
    articles: articles.length,
    actors: actors.length,
    appearances: appearances.length,
  });
  expect(actors.map((actor) => actor.id).sort(), 'actors are exactly those with appearances').toEqual([...expected.keys()].sort());
  expect(
    Object.fromEntries(rows.map((s) => [s.id, { articleCount: s.articleCount, newest: s.latest.analyzedAt }])),
    'actor stats',
  ).toEqual(Object.fromEntries(expected));
  expect(Object.fromEntries(rows.map((s) => [s.id, identityOf(s)])), 'stats carry the actor identity').toEqual(
    Object.fromEntries(actors.map((actor) => [actor.id, identityOf(actor)])),
  );
  expect(Object.fromEntries(rows.map((s) => [s.id, identityOf(s)])), 'the fold kept the identity readers saw').toEqual(
    Object.fromEntries([...seen.values()].map((s) => [s.id, identityOf(s)])),
  );
  const articleByUrl = new Map(articles.map((article) => [article.url, article]));
  for (const s of rows) expect(appearances.some((a) => a.actorId === s.id && a.url === s.latest.url && a.title === s.latest.title), `latest of ${s.id}`).toBe(true);
  expect(casts.map((cast) => cast.url).sort(), 'one cast per article').toEqual(articles.map((article) => article.url).sort());
  for (const cast of casts) {
    const article = articleByUrl.get(cast.url);
    expect(castEntries(cast).map((actor) => actor.actorId), `cast of ${cast.url}`).toEqual(article?.actorIds);
    expect([cast.title, cast.analyzedAt], `title and date of ${cast.url}`).toEqual([article?.title, article?.analyzedAt]);
    expect(cast.actorDates, `index keys of ${cast.url}`).toEqual(castEntries(cast).map((actor) => [actor.actorId, cast.analyzedAt]));
  }
  for (const appearance of appearances) {
    const article = articleByUrl.get(appearance.url);
    expect(article?.actorIds.includes(appearance.actorId), `${appearance.actorId} in ${appearance.url}`).toBe(true);
  }
}

async function readAll(db: DramatisDatabase) {
  const [articles, actors, casts, rows, counters] = await Promise.all([
    db.articles.toArray(),
    db.actors.toArray(),
    db.casts.toArray(),
    db.actorStats.toArray(),
    db.counters.toArray(),
  ]);
  return { articles, actors, casts, rows, counters, appearances: casts.flatMap(appearancesOf) };
}

/**
 * Adds an alias to a stored actor, as code outside the store might: its record and stats row
 * directly (the journal applies on top). Reads, yields, then writes: without the database
 * serializing such transactions, a lost update.
 */
export function addAliasDirectly(db: DramatisDatabase, id: string, alias: string): Promise<void> {
  return db.transaction('rw', db.actors, db.actorStats, async () => {
    const [actor, row] = await Promise.all([db.actors.get(id), db.actorStats.get(id)]);
    await Promise.resolve();
    const aliases = [...actor!.aliases, alias];
    await Promise.all([db.actors.put({ ...actor!, aliases }), db.actorStats.put({ ...row!, aliases })]);
  });
}

/** Every actor's stats as readers see them (the journal applied to the rows), by id. */
export async function storedStats(db: DramatisDatabase): Promise<ActorStatsRecord[]> {
  const [rows, totals] = await Promise.all([db.actorStats.toArray(), readTotals(db)]);
  const journal = journalOf(totals);
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const ids = [...new Set([...rowById.keys(), ...journal.keys()])];
  return currentStatsOf(ids, ids.map((id) => rowById.get(id)), journal)
    .filter((stats): stats is ActorStatsRecord => stats !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Folds the journal into the tables, as the background's housekeeping does after a save (tests that read the tables directly call it first). */
export async function foldNow(db: DramatisDatabase): Promise<void> {
  await db.transaction('rw', storeTables(db), async () => foldJournal(db, await readTotals(db)));
}

/** Makes the browser refuse writes to `table` (as IndexedDB does when the origin's quota is full). */
export function failWritesTo(database: DramatisDatabase, table: string, when: (request: DBCoreMutateRequest) => boolean = () => true): void {
  database.use({
    stack: 'dbcore',
    name: 'simulated-quota',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate: (request) => (when(request) ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : inner.mutate(request)),
        };
      },
    }),
  });
}

/** A fresh database for each test (handed to `onOpen`), checked for consistency and deleted after it. */
export function useFreshDatabase(onOpen: (db: DramatisDatabase) => void): void {
  let current: DramatisDatabase;
  beforeEach(() => {
    current = freshDatabase();
    onOpen(current);
  });
  afterEach(async () => {
    await expectConsistent(current);
    await current.delete();
  });
}
