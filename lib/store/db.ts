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
  /** In how many stored articles the actor appears (v2; kept in step with appearances, because
   * counting an index range in Chromium's IndexedDB walks every entry: ~100 ms for 6,000). */
  articleCount: number;
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
  counters: EntityTable<CounterRecord, 'key'>;
};

/** The newest schema version declared below (IndexedDB itself reports it ×10, a Dexie detail). */
export const SCHEMA_VERSION = 2;

export function openDatabase(name: string = DATABASE_NAME): DramatisDatabase {
  const db = new Dexie(name) as DramatisDatabase;
  // v1: the walking skeleton (released; never edit).
  db.version(1).stores({
    articles: 'url, textHash, seenAt',
    actors: 'id, name, kind, *aliases',
    appearances: '[actorId+url], actorId, url',
    glossary: 'id, term, *aliases, updatedAt',
  });
  // v2: articles by host (forget a site); actors by folded search keys (prefix search that
  // ignores case and accents, alias matching across articles) with their article count; an
  // actor's appearances newest first without reading them all (the card's "earlier articles");
  // running table totals (the retention cap without counting 10,000 articles on every save).
  db.version(2)
    .stores({
      articles: 'url, textHash, seenAt, host',
      actors: 'id, name, kind, *aliases, *searchKeys',
      appearances: '[actorId+url], actorId, url, [actorId+analyzedAt]',
      counters: 'key',
    })
    .upgrade(upgradeToVersion2);
  return db;
}

async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table<ArticleRecord>('articles')
    .toCollection()
    .modify((article) => {
      article.host = hostOf(article.url);
    });
  const articlesPerActor = new Map<string, number>();
  await tx
    .table<AppearanceRecord>('appearances')
    .toCollection()
    .eachPrimaryKey((key) => {
      const [actorId] = key as unknown as [string, string];
      articlesPerActor.set(actorId, (articlesPerActor.get(actorId) ?? 0) + 1);
    });
  await tx
    .table<ActorRecord>('actors')
    .toCollection()
    .modify((actor) => {
      actor.searchKeys = searchKeysFor(actor.name, actor.aliases ?? []);
      actor.articleCount = articlesPerActor.get(actor.id) ?? 0;
    });
  const counters: CounterRecord[] = [
    { key: 'articles', value: await tx.table('articles').count() },
    { key: 'actors', value: await tx.table('actors').count() },
    { key: 'appearances', value: await tx.table('appearances').count() },
  ];
  await tx.table<CounterRecord>('counters').bulkPut(counters);
}
