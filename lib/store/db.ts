// The Dexie database in the extension's origin (owned by the background).
// Schema history lives here: add a new version() for every change, never edit an old one.
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ActorKind, Evidence, Mention } from '../engine/types';
import { hostOf, searchKeysFor } from './fold-name';

export const DATABASE_NAME = 'dramatis';

export interface ArticleRecord {
  url: string;
  title: string;
  lang: string;
  textHash: string;
  analyzedAt: number;
  /** Last time a reader opened the article (for retention). */
  seenAt: number;
  mentions: Mention[];
  /** The dataset's actors in the engine's order (appearances are stored by key order). */
  actorIds: string[];
  unsupported?: string;
  /** The URL's hostname, lower-case (v2; for "forget this site"). */
  host: string;
}

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  expansion?: string;
  /** Folded name and aliases and each of their word-start suffixes (v2; prefix search, alias matching). */
  searchKeys: string[];
}

/** The newest article an actor appears in, as a search result shows it. */
export interface LatestArticle {
  url: string;
  title: string;
  analyzedAt: number;
}

/**
 * What changes about an actor with every article (v2), kept apart from its indexed record so
 * that storing an article does not rewrite the actor's search-index entries. Kept in step
 * with appearances in the same transactions: counting an index range in Chromium's IndexedDB
 * walks every entry (~100 ms for an actor in 6,000 articles).
 */
export interface ActorStatsRecord {
  id: string;
  /** In how many stored articles the actor appears. */
  articleCount: number;
  latest: LatestArticle;
}

/** Running totals per table (v2), kept in the same transactions as the writes they count. */
export type CounterName = 'articles' | 'actors' | 'appearances';
export interface CounterRecord {
  key: CounterName;
  value: number;
}

export interface AppearanceRecord {
  actorId: string;
  url: string;
  /** The article's title (v2; so a card reads no article records). */
  title: string;
  /** The actor's name as this article gives it (names can differ between articles). */
  name: string;
  kind: ActorKind;
  aliases: string[];
  expansion?: string;
  descriptors: Evidence[];
  quotes: Evidence[];
  mentions: number;
  analyzedAt: number;
}

export interface GlossaryRecord {
  id: string;
  term: string;
  aliases: string[];
  kind: ActorKind;
  note: string;
  link: string;
  updatedAt: number;
  deleted: boolean;
}

export type DramatisDatabase = Dexie & {
  articles: EntityTable<ArticleRecord, 'url'>;
  actors: EntityTable<ActorRecord, 'id'>;
  appearances: Table<AppearanceRecord, [string, string]>;
  glossary: EntityTable<GlossaryRecord, 'id'>;
  actorStats: EntityTable<ActorStatsRecord, 'id'>;
  counters: EntityTable<CounterRecord, 'key'>;
};

/** The newest schema version declared below (IndexedDB itself reports it ×10, a Dexie detail). */
export const SCHEMA_VERSION = 2;

export function openDatabase(name: string = DATABASE_NAME): DramatisDatabase {
  // Relaxed durability: a commit does not wait for the disk flush. A crash may lose the last
  // article analysed (re-analysed on the next visit), never corrupt the database.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as DramatisDatabase;
  // v1: the walking skeleton (released; never edit).
  db.version(1).stores({
    articles: 'url, textHash, seenAt',
    actors: 'id, name, kind, *aliases',
    appearances: '[actorId+url], actorId, url',
    glossary: 'id, term, *aliases, updatedAt',
  });
  // v2: articles by host (forget a site); actors by folded search keys (prefix search that
  // ignores case and accents, alias matching across articles) and nothing else; an actor's
  // appearances newest first without reading them all (the card's "earlier articles"); actor
  // stats and table totals kept in step with the writes (IndexedDB's count() is slow at scale).
  // Indexes nothing reads are dropped: each costs a write per record. An article's appearances
  // are found from its actorIds (one appearance per listed actor, a store invariant), not by url.
  db.version(2)
    .stores({
      articles: 'url, seenAt, host',
      actors: 'id, *searchKeys',
      appearances: '[actorId+url], [actorId+analyzedAt]',
      actorStats: 'id',
      counters: 'key',
    })
    .upgrade(upgradeToVersion2);
  return db;
}

async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const titles = new Map<string, string>();
  await tx
    .table<ArticleRecord>('articles')
    .toCollection()
    .modify((article) => {
      article.host = hostOf(article.url);
      titles.set(article.url, article.title);
    });
  const stats = new Map<string, ActorStatsRecord>();
  await tx
    .table<AppearanceRecord>('appearances')
    .toCollection()
    .modify((appearance) => {
      appearance.title = titles.get(appearance.url) ?? '';
      const latest = { url: appearance.url, title: appearance.title, analyzedAt: appearance.analyzedAt };
      const known = stats.get(appearance.actorId);
      if (!known) stats.set(appearance.actorId, { id: appearance.actorId, articleCount: 1, latest });
      else {
        known.articleCount++;
        if (appearance.analyzedAt > known.latest.analyzedAt) known.latest = latest;
      }
    });
  await tx
    .table<ActorRecord>('actors')
    .toCollection()
    .modify((actor) => {
      actor.searchKeys = searchKeysFor(actor.name, actor.aliases ?? []);
    });
  await tx.table<ActorStatsRecord>('actorStats').bulkPut([...stats.values()]);
  const counters: CounterRecord[] = [
    { key: 'articles', value: await tx.table('articles').count() },
    { key: 'actors', value: await tx.table('actors').count() },
    { key: 'appearances', value: await tx.table('appearances').count() },
  ];
  await tx.table<CounterRecord>('counters').bulkPut(counters);
}
