// Small datasets for the store tests, written the way the engine writes them.
import { actorId } from '../../../lib/engine/actor-id';
import type { Actor, ActorKind, ArticleDataset } from '../../../lib/engine/types';
import { appearancesOf, identityOf, openDatabase, type ActorIdentity, type ActorStatsRecord, type AppearanceRecord, type DramatisDatabase } from '../../../lib/store/db';
import { countsOf, readTotals, writeCounters } from '../../../lib/store/counters';
import { StatsSession } from '../../../lib/store/stats-cache';

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
 * The store's invariants, checked after every test that writes: running totals equal the real
 * table sizes; each actor's stats (its pending entry in the totals, else its row) give its real article count and newest article, and carry
 * the actor's identity; no orphaned actor and no stats without an actor; every article has
 * exactly one cast, listing its actors in order with its title and date (and the index keys
 * that go with them); every appearance belongs to a stored article that lists the actor.
 */
export async function expectConsistent(db: DramatisDatabase): Promise<void> {
  const { expect } = await import('vitest');
  const [articles, actors, casts, rows, counters] = await Promise.all([
    db.articles.toArray(),
    db.actors.toArray(),
    db.casts.toArray(),
    db.actorStats.toArray(),
    db.counters.toArray(),
  ]);
  const appearances = casts.flatMap(appearancesOf);
  expect(counters.map(({ key }) => key), 'one totals record').toEqual(counters.length ? ['totals'] : []);
  const recorded = counters[0];
  // An actor's stats are its pending entry in the totals, else its row.
  const pending = recorded?.pending ?? [];
  expect(new Set(pending.map((entry) => entry.id)).size, 'one pending entry per actor').toBe(pending.length);
  const stats = [...new Map([...rows, ...pending].map((entry) => [entry.id, entry])).values()];
  expect({ articles: recorded?.articles ?? 0, actors: recorded?.actors ?? 0, appearances: recorded?.appearances ?? 0 }, 'running totals').toEqual({
    articles: articles.length,
    actors: actors.length,
    appearances: appearances.length,
  });
  const expected = new Map<string, { articleCount: number; newest: number }>();
  for (const appearance of appearances) {
    const entry = expected.get(appearance.actorId) ?? { articleCount: 0, newest: -1 };
    entry.articleCount++;
    entry.newest = Math.max(entry.newest, appearance.analyzedAt);
    expected.set(appearance.actorId, entry);
  }
  expect(actors.map((actor) => actor.id).sort(), 'actors are exactly those with appearances').toEqual([...expected.keys()].sort());
  expect(
    Object.fromEntries(stats.map((s) => [s.id, { articleCount: s.articleCount, newest: s.latest.analyzedAt }])),
    'actor stats',
  ).toEqual(Object.fromEntries(expected));
  const identity = (record: ActorIdentity) => identityOf(record);
  expect(Object.fromEntries(stats.map((s) => [s.id, identity(s)])), 'stats carry the actor identity').toEqual(
    Object.fromEntries(actors.map((actor) => [actor.id, identity(actor)])),
  );
  const articleByUrl = new Map(articles.map((article) => [article.url, article]));
  for (const s of stats) expect(appearances.some((a) => a.actorId === s.id && a.url === s.latest.url && a.title === s.latest.title), `latest of ${s.id}`).toBe(true);
  expect(casts.map((cast) => cast.url).sort(), 'one cast per article').toEqual(articles.map((article) => article.url).sort());
  for (const cast of casts) {
    const article = articleByUrl.get(cast.url);
    expect(cast.actors.map((actor) => actor.actorId), `cast of ${cast.url}`).toEqual(article?.actorIds);
    expect([cast.title, cast.analyzedAt], `title and date of ${cast.url}`).toEqual([article?.title, article?.analyzedAt]);
    expect(cast.actorDates, `index keys of ${cast.url}`).toEqual(cast.actors.map((actor) => [actor.actorId, cast.analyzedAt]));
  }
  for (const appearance of appearances) {
    const article = articleByUrl.get(appearance.url);
    expect(article?.actorIds.includes(appearance.actorId), `${appearance.actorId} in ${appearance.url}`).toBe(true);
  }
}

/**
 * Adds an alias to a stored actor as any writer of actors or stats must (code outside the
 * store's functions included): through a StatsSession, so that its stats row supersedes any
 * pending entry and the totals get a fresh token (the writer's cache then knows it is stale).
 * Reads, yields, then writes: without the database serialising such transactions, a lost update.
 */
export function addAliasDirectly(db: DramatisDatabase, id: string, alias: string): Promise<void> {
  return db.transaction('rw', db.actors, db.actorStats, db.counters, async () => {
    const session = new StatsSession(db);
    const [actor, row, totals] = await Promise.all([db.actors.get(id), db.actorStats.get(id), readTotals(db)]);
    session.check(totals);
    const [stats] = session.remember([id], [row]);
    await Promise.resolve();
    const aliases = [...actor!.aliases, alias];
    const updated = { ...stats!, aliases };
    session.wrote([updated], 'rows');
    await Promise.all([db.actors.put({ ...actor!, aliases }), db.actorStats.put(updated), writeCounters(db, countsOf(totals), session)]);
  });
}

/** Every actor's stats as stored (pending entries supersede rows), by id. */
export async function storedStats(db: DramatisDatabase): Promise<ActorStatsRecord[]> {
  const [rows, totals] = await Promise.all([db.actorStats.toArray(), readTotals(db)]);
  const byId = new Map([...rows, ...(totals?.pending ?? [])].map((entry) => [entry.id, entry]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
