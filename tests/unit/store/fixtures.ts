// Small datasets for the store tests, written the way the engine writes them.
import { actorId } from '../../../lib/engine/actor-id';
import type { Actor, ActorKind, ArticleDataset } from '../../../lib/engine/types';
import { openDatabase, type DramatisDatabase } from '../../../lib/store/db';

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

/**
 * The store's invariants, checked after every test that writes: running totals equal the real
 * table sizes; each actor's stats give its real article count and newest article; no orphaned
 * actor and no stats without an actor; every appearance belongs to a stored article that lists
 * the actor and carries its title.
 */
export async function expectConsistent(db: DramatisDatabase): Promise<void> {
  const { expect } = await import('vitest');
  const [articles, actors, appearances, stats, counters] = await Promise.all([
    db.articles.toArray(),
    db.actors.toArray(),
    db.appearances.toArray(),
    db.actorStats.toArray(),
    db.counters.toArray(),
  ]);
  const recorded = Object.fromEntries(counters.map((counter) => [counter.key, counter.value]));
  expect({ articles: recorded.articles ?? 0, actors: recorded.actors ?? 0, appearances: recorded.appearances ?? 0 }, 'running totals').toEqual({
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
  const articleByUrl = new Map(articles.map((article) => [article.url, article]));
  for (const s of stats) expect(appearances.some((a) => a.actorId === s.id && a.url === s.latest.url && a.title === s.latest.title), `latest of ${s.id}`).toBe(true);
  const keys = new Set(appearances.map((appearance) => `${appearance.actorId} ${appearance.url}`));
  for (const article of articles) for (const actorId of article.actorIds) expect(keys.has(`${actorId} ${article.url}`), `appearance of ${actorId} in ${article.url}`).toBe(true);
  for (const appearance of appearances) {
    const article = articleByUrl.get(appearance.url);
    expect(article?.actorIds.includes(appearance.actorId), `${appearance.actorId} in ${appearance.url}`).toBe(true);
    expect(appearance.title, `title of ${appearance.url}`).toBe(article?.title);
  }
}
