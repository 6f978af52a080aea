// The Dexie database in the extension's origin (owned by the background).
// Schema history lives here: add a new version() for every change, never edit an old one.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Actor, ActorKind, Mention } from '../engine/types';
import type { CorrectionRecord } from './who-types';
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
  /** The reader opened a card on it: retention evicts such articles only after all others. */
  engaged?: true;
}

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  expansion?: string;
  /**
   * v6: how many analyses gave each kind. One actor may be typed differently by articles
   * (no cue in one text); the kind most analyses gave wins (ties keep the earlier). Absent on
   * records written before v6: their one kind counts once.
   */
  kindVotes?: Partial<Record<ActorKind, number>>;
  /** v6: what the reader set by a correction (rename, change kind); no analysis overrides it. */
  fixed?: { name?: string; kind?: ActorKind };
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
 * that counting an actor's articles does not rewrite its search-index entries. Kept in step
 * with appearances (since v4 through the journal in the totals, lib/store/journal.ts):
 * counting an index range in Chromium's IndexedDB walks every entry (~100 ms for an actor in
 * 6,000 articles).
 *
 * Since v3 it also carries a copy of the actor's identity (name, kind, aliases, expansion),
 * written with the actor record in the same transactions, so that reading one record per
 * actor gives both (every IndexedDB request costs ~0.1–0.3 ms in Chromium, whatever its size).
 */
export interface ActorStatsRecord extends ActorIdentity {
  /** In how many stored articles the actor appears. */
  articleCount: number;
  latest: LatestArticle;
}

/** v2's stats (no identity), as the v2 upgrade writes them. */
type ActorStatsRecordV2 = Pick<ActorStatsRecord, 'id' | 'articleCount' | 'latest'>;

/** Who an actor is: its record without the derived search keys. */
export type ActorIdentity = Omit<ActorRecord, 'searchKeys'>;

/** Running totals (v3: one record, read and written with one request each; v2 kept one per table). */
export type CounterName = 'articles' | 'actors' | 'appearances';
export type Counts = Record<CounterName, number>;
export const TOTALS_KEY = 'totals';
export interface CounterRecord extends Counts {
  key: typeof TOTALS_KEY;
  /**
   * v4: what saves changed about actors since the background last folded it into the actor
   * records and stats rows (lib/store/journal.ts). Not indexed, so no schema change. Absent
   * when empty. While an actor has an entry, `actors` does not yet count it if it is new.
   */
  journal?: JournalEntry[];
}
/** v3's totals: stats not yet in their rows, and the token of the writer's stats cache (both gone in v4). */
interface CounterRecordV3 extends Counts {
  key: typeof TOTALS_KEY;
  token?: string;
  pending?: ActorStatsRecord[];
}
/** v2's counter records (one per table), as the v3 upgrade finds them. */
interface CounterRecordV2 {
  key: CounterName;
  value: number;
}

/** What one article said about one actor (the logical record; stored inside its article's cast since v3). */
export interface AppearanceRecord extends Omit<Actor, 'id'> {
  actorId: string;
  url: string;
  /** The article's title (v2; so a card reads no article records). */
  title: string;
  analyzedAt: number;
}

/** One actor's entry in an article's cast: its appearance without what the cast holds once. */
export type CastEntry = Omit<AppearanceRecord, 'url' | 'title' | 'analyzedAt'>;

/**
 * Every appearance of one article in one record (v3), so that saving an article is one write
 * instead of one per actor. `actorDates` holds `[actorId, analyzedAt]` per entry for the
 * multi-entry index that finds an actor's appearances newest first (the card, and an actor's
 * newest article after a removal). Entries are in the article's `actorIds` order.
 *
 * v5: each entry is stored as its JSON text. A card reads six casts for one actor's entry in
 * each; decoding a cast of 25 entries as objects took twice as long as decoding 25 strings
 * (131 against 56 µs per cast in Chromium, measured), so only the entry asked for is parsed
 * (`castEntryOf`).
 */
export interface CastRecord {
  url: string;
  title: string;
  analyzedAt: number;
  /** JSON of each actor's CastEntry, in the order of `actorDates`. */
  entries: string[];
  actorDates: [string, number][];
}
/** v3 and v4's casts: the entries as objects. */
interface CastRecordV3 extends Omit<CastRecord, 'entries'> {
  actors: CastEntry[];
}

/** One entry of the reader's glossary as stored; a deleted entry stays as a tombstone (for sync and undo). */
export interface GlossaryRecord {
  id: string;
  term: string;
  aliases: string[];
  kind: ActorKind;
  note: string;
  /** http(s) URL or empty. */
  link: string;
  /** ms since epoch. */
  updatedAt: number;
  deleted: boolean;
}

/** One actor's changes since the last fold. */
export interface JournalEntry {
  id: string;
  /** Change in the number of stored articles the actor appears in. */
  articles: number;
  /** Who the articles written since the fold say the actor is (absent when it was only removed from one). */
  identity?: ActorIdentity;
  /** The newest of the articles written since the fold. */
  latest?: LatestArticle;
  /** Articles whose earlier appearance of the actor was replaced or removed since the fold: a stats row's `latest` among them is out of date. */
  dropped?: string[];
  /** The newest article can only be found in the casts (the journal's own newest was removed, or rewritten as older). */
  stale?: boolean;
}

/**
 * A correction as stored (v6): what the reader said, what it takes to undo it, and the rule it
 * leaves for articles read later (names that go to an actor: merged names keep linking, a split
 * name stays apart). Undone corrections are deleted.
 */
export interface StoredCorrection extends CorrectionRecord {
  undo: CorrectionUndo;
  /** Folded-for-identity names (normalizeName) whose actors in later articles take `target`'s id. */
  rule?: { names: string[]; target: string };
}

/** What undoing needs: the identities before, and the appearances a merge or split moved. */
export interface CorrectionUndo {
  identities: ActorIdentity[];
  moved?: { from: string; to: string; appearances: MovedAppearance[] };
}

/** One article's appearance moved from one actor to another, as it was before. */
export interface MovedAppearance {
  url: string;
  /** The cast's date then: a later analysis of the article replaced it, and undo leaves it be. */
  analyzedAt: number;
  /** The moved entry (JSON, its actorId the source's). */
  entry: string;
  /** The target's entry in that article before the move (JSON), when it had one. */
  targetBefore?: string;
  /** Which of the article's mentions were the source's. */
  mentions: number[];
}

/** The keys of an article's appearances: one per actor it lists (a store invariant). */
export function appearanceKeysOf(article: Pick<ArticleRecord, 'url' | 'actorIds'>): [string, string][] {
  return article.actorIds.map((actorId): [string, string] => [actorId, article.url]);
}

export type DramatisDatabase = Dexie & {
  articles: EntityTable<ArticleRecord, 'url'>;
  actors: EntityTable<ActorRecord, 'id'>;
  casts: EntityTable<CastRecord, 'url'>;
  glossary: EntityTable<GlossaryRecord, 'id'>;
  actorStats: EntityTable<ActorStatsRecord, 'id'>;
  counters: EntityTable<CounterRecord, 'key'>;
  corrections: EntityTable<StoredCorrection, 'id'>;
};

/** The newest schema version declared below (IndexedDB itself reports it ×10, a Dexie detail). */
export const SCHEMA_VERSION = 6;

export function openDatabase(name: string = DATABASE_NAME): DramatisDatabase {
  // Relaxed durability: a commit does not wait for the disk flush. A crash may lose the last
  // article analyzed (re-analyzed on the next visit), never corrupt the database.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as DramatisDatabase;
  // Nothing here uses liveQuery: without the middlewares behind it, a write does not record
  // the key ranges it touched and a commit does not broadcast them to every other context
  // (card p95 −1 ms in alternating runs of the store bench).
  db.unuse({ stack: 'dbcore', name: 'Observability' }).unuse({ stack: 'dbcore', name: 'Cache' });
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
  // v3: fewer IndexedDB requests per save (each costs ~0.2 ms in Chromium, whatever its size;
  // a save was ~117 of them). An article's appearances live in one cast record instead of one
  // row each; actor stats carry the actor's identity, so a save reads one record per actor;
  // the three counters are one record.
  db.version(3)
    .stores({
      appearances: null,
      casts: 'url, *actorDates',
    })
    .upgrade(upgradeToVersion3);
  // v4: a save no longer reads or writes a record per actor; the totals record carries a
  // journal of actor changes, folded into the tables after the reply. v3's pending stats go
  // into their rows, and the stats cache's token goes. No index changes.
  db.version(4).stores({}).upgrade(upgradeToVersion4);
  // v5: a cast's entries are stored as JSON text, so a card parses only the one it needs.
  db.version(5).stores({}).upgrade(upgradeToVersion5);
  // v6: Who's who. Actor stats by newest article and by article count (alone and within a
  // kind), so a list of 100,000 actors reads one page of an index, never every row; the
  // reader's corrections (lib/store/corrections.ts). New fields (kind votes, fixed name or
  // kind) need no upgrade: their absence has a meaning.
  db.version(6).stores({
    actorStats: 'id, latest.analyzedAt, articleCount, [kind+latest.analyzedAt], [kind+articleCount]',
    corrections: 'id, at',
  });
  return db;
}

/** The cast record of an article's appearances (given in any order; stored in `actorIds` order). */
export function toCastRecord(article: Pick<ArticleRecord, 'url' | 'title' | 'analyzedAt' | 'actorIds'>, appearances: readonly CastEntry[]): CastRecord {
  const { actors, ...cast } = castRecordV3(article, appearances);
  return { ...cast, entries: actors.map((actor) => JSON.stringify(actor)) };
}

/** The cast as v3 and v4 stored it (the v3 upgrade writes this). */
function castRecordV3(article: Pick<ArticleRecord, 'url' | 'title' | 'analyzedAt' | 'actorIds'>, appearances: readonly CastEntry[]): CastRecordV3 {
  const byId = new Map(appearances.map((appearance) => [appearance.actorId, appearance]));
  const actors = article.actorIds.flatMap((id) => {
    const appearance = byId.get(id);
    return appearance ? [toCastEntry(appearance)] : [];
  });
  return { url: article.url, title: article.title, analyzedAt: article.analyzedAt, actors, actorDates: actors.map((actor) => [actor.actorId, article.analyzedAt]) };
}

/** Every entry of a cast, in order. */
export function castEntries(cast: CastRecord): CastEntry[] {
  return cast.entries.map((entry) => JSON.parse(entry) as CastEntry);
}

/** One actor's entry in a cast (only that one is parsed), or undefined. */
export function castEntryOf(cast: CastRecord, actorId: string): CastEntry | undefined {
  const at = cast.actorDates.findIndex(([id]) => id === actorId);
  const entry = at < 0 ? undefined : cast.entries[at];
  return entry === undefined ? undefined : (JSON.parse(entry) as CastEntry);
}

/** Just the cast entry's fields (drops url, title and date if given a full appearance). */
function toCastEntry(appearance: CastEntry): CastEntry {
  const { actorId, name, kind, aliases, expansion, descriptors, quotes, mentions } = appearance;
  return { actorId, name, kind, aliases, ...(expansion ? { expansion } : {}), descriptors, quotes, mentions };
}

/** The cast's appearances as full records. */
export function appearancesOf(cast: CastRecord): AppearanceRecord[] {
  return castEntries(cast).map((entry) => ({ ...entry, url: cast.url, title: cast.title, analyzedAt: cast.analyzedAt }));
}

/** An actor's identity as stats carry it (no search keys). */
export function identityOf(actor: ActorIdentity): ActorIdentity {
  const { id, name, kind, aliases, expansion, kindVotes, fixed } = actor;
  return { id, name, kind, aliases, ...(expansion ? { expansion } : {}), ...(kindVotes ? { kindVotes } : {}), ...(fixed ? { fixed } : {}) };
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
  const stats = new Map<string, ActorStatsRecordV2>();
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
  await tx.table<ActorStatsRecordV2>('actorStats').bulkPut([...stats.values()]);
  const counters: CounterRecordV2[] = [
    { key: 'articles', value: await tx.table('articles').count() },
    { key: 'actors', value: await tx.table('actors').count() },
    { key: 'appearances', value: await tx.table('appearances').count() },
  ];
  await tx.table<CounterRecordV2>('counters').bulkPut(counters);
}

/** Records per page in the v3 upgrade: memory holds one page, not the whole table. */
export const UPGRADE_PAGE = 500;

/**
 * Pages through `table` in primary-key order (one getAll per page, not a cursor step per
 * record), calling `visit` with each page.
 */
async function eachPage<T>(tx: Transaction, table: string, key: (record: T) => string, visit: (page: T[]) => Promise<void>): Promise<void> {
  let last: string | undefined;
  for (;;) {
    const collection = last === undefined ? tx.table<T>(table).orderBy(':id') : tx.table<T>(table).where(':id').above(last);
    const page = await collection.limit(UPGRADE_PAGE).toArray();
    if (page.length === 0) return;
    last = key(page[page.length - 1]!);
    await visit(page);
  }
}

async function upgradeToVersion3(tx: Transaction): Promise<void> {
  // One page of articles at a time: their appearances by key (one per listed actor, a v2
  // invariant), into casts. (Reading every appearance with a cursor took ~2 minutes and the
  // whole table in memory on the 250,000-appearance bench database.)
  await eachPage<ArticleRecord>(tx, 'articles', (article) => article.url, async (articles) => {
    const keys = articles.flatMap((article) => article.actorIds.map((actorId): [string, string] => [actorId, article.url]));
    const found = await tx.table<AppearanceRecord, [string, string]>('appearances').bulkGet(keys);
    const byUrl = new Map<string, AppearanceRecord[]>();
    for (const appearance of found) {
      if (!appearance) continue;
      const list = byUrl.get(appearance.url);
      if (list) list.push(appearance);
      else byUrl.set(appearance.url, [appearance]);
    }
    await tx.table<CastRecordV3>('casts').bulkPut(articles.map((article) => castRecordV3(article, byUrl.get(article.url) ?? [])));
  });
  // One page of actors at a time: their identity into their stats.
  await eachPage<ActorRecord>(tx, 'actors', (actor) => actor.id, async (actors) => {
    const stats = await tx.table<ActorStatsRecordV2>('actorStats').bulkGet(actors.map((actor) => actor.id));
    const updated = actors.flatMap((actor, i): ActorStatsRecord[] => {
      const before = stats[i];
      return before ? [{ ...before, ...identityOf(actor) }] : [];
    });
    await tx.table<ActorStatsRecord>('actorStats').bulkPut(updated);
  });
  const old = await tx.table<CounterRecordV2>('counters').toArray();
  const value = (key: CounterName) => old.find((counter) => counter.key === key)?.value ?? 0;
  await tx.table('counters').clear();
  const totals: CounterRecord = { key: TOTALS_KEY, articles: value('articles'), actors: value('actors'), appearances: value('appearances') };
  await tx.table<CounterRecord>('counters').put(totals);
}

async function upgradeToVersion4(tx: Transaction): Promise<void> {
  const totals = await tx.table<CounterRecordV3>('counters').get(TOTALS_KEY);
  if (!totals) return;
  const { token: _token, pending, ...counts } = totals;
  if (pending?.length) await tx.table<ActorStatsRecord>('actorStats').bulkPut(pending);
  await tx.table<CounterRecord>('counters').put(counts);
}

async function upgradeToVersion5(tx: Transaction): Promise<void> {
  await eachPage<CastRecordV3>(tx, 'casts', (cast) => cast.url, async (casts) => {
    const converted = casts.map(({ actors, ...cast }): CastRecord => ({ ...cast, entries: actors.map((actor) => JSON.stringify(actor)) }));
    await tx.table<CastRecord>('casts').bulkPut(converted);
  });
}
