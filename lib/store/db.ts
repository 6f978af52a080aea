// The Dexie database in the extension's origin (owned by the background).
// Schema history lives here: add a new version() for every change, never edit an old one.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ActorKind, Evidence, Mention } from '../engine/types';

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
}

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  expansion?: string;
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
};

export function openDatabase(name: string = DATABASE_NAME): DramatisDatabase {
  const db = new Dexie(name) as DramatisDatabase;
  db.version(1).stores({
    articles: 'url, textHash, seenAt',
    actors: 'id, name, kind, *aliases',
    appearances: '[actorId+url], actorId, url',
    glossary: 'id, term, *aliases, updatedAt',
  });
  return db;
}
