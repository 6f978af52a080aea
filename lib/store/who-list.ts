// The Who's who list: every actor met, searched, filtered by kind, site and time, sorted by
// last seen or by how often met, one page at a time. Without a search or a site it reads one
// page of an actorStats index (v6), never every row: the list of 100,000 actors stays fast.
import { Dexie, type Collection, type InsertType } from 'dexie';
import type { ActorKind } from '../engine/types';
import { headlineOf } from '../text/headline';
import { foldJournal } from './actor-stats';
import { hiddenNamesOf } from './corrections';
import { countsOf, readTotals } from './counters';
import type { ActorStatsRecord, DramatisDatabase } from './db';
import { foldForSearch, hostOf } from './fold-name';
import { storeTables } from './retention';
import type { WhoListPage, WhoListQuery, WhoListRow, WhoPeriod } from './who-types';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Actors a search reads at most before filtering (a longer list needs a longer query). */
const MAX_SEARCH_MATCHES = 300;
/** Rows of the most-met index read before sorting a period's actors in memory instead. */
const MIN_FREQUENT_SCAN = 1_000;
/** Sites offered in the site filter at most. */
const MAX_SITES = 200;

/** The oldest last-seen time a period shows (0: all time). */
export function periodStart(period: WhoPeriod, now: number): number {
  if (period === 'week') return now - 7 * DAY_MS;
  if (period === 'month') return now - 30 * DAY_MS;
  return 0;
}

function toRow(stats: ActorStatsRecord, hidden: ReadonlySet<string>): WhoListRow {
  return {
    id: stats.id,
    name: stats.name,
    kind: stats.kind,
    aliases: stats.aliases,
    articleCount: stats.articleCount,
    lastSeen: stats.latest.analyzedAt,
    lastTitle: headlineOf(stats.latest.title || stats.latest.url),
    lastSite: hostOf(stats.latest.url),
    hidden: hidden.has(foldForSearch(stats.name)),
  };
}

/** Ties in the order a reversed index gives them (greater id first), so every path lists alike. */
function byIdDescending(a: ActorStatsRecord, b: ActorStatsRecord): number {
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function bySort(sort: WhoListQuery['sort']) {
  return sort === 'recent'
    ? (a: ActorStatsRecord, b: ActorStatsRecord) => b.latest.analyzedAt - a.latest.analyzedAt || byIdDescending(a, b)
    : (a: ActorStatsRecord, b: ActorStatsRecord) => b.articleCount - a.articleCount || byIdDescending(a, b);
}

/** The rows that exist (an id may have lost its actor). */
function existing(rows: readonly (ActorStatsRecord | undefined)[]): ActorStatsRecord[] {
  return rows.filter((row): row is ActorStatsRecord => row !== undefined);
}

type PageOfStats = { rows: ActorStatsRecord[]; total: number; exact: boolean };

/** A page of the actors a search names (on a site too, when one is chosen): at most MAX_SEARCH_MATCHES, filtered and sorted in memory. */
async function searchPage(db: DramatisDatabase, query: WhoListQuery, folded: string, since: number): Promise<PageOfStats> {
  const [searched, onSite] = await Promise.all([
    db.actors.where('searchKeys').startsWith(folded).distinct().limit(MAX_SEARCH_MATCHES).primaryKeys() as Promise<string[]>,
    query.site ? siteArticles(db, query.site).then((articles) => new Set(articles.flatMap((article) => article.actorIds))) : null,
  ]);
  const rows = existing(await db.actorStats.bulkGet(onSite ? searched.filter((id) => onSite.has(id)) : searched));
  const matching = rows.filter((stats) => (query.kind === 'all' || stats.kind === query.kind) && stats.latest.analyzedAt >= since);
  matching.sort(bySort(query.sort));
  return { rows: matching.slice(query.offset, query.offset + query.limit), total: matching.length, exact: true };
}

function siteArticles(db: DramatisDatabase, site: string) {
  return db.articles.where('host').equals(site).toArray();
}

/** Stats rows read per step while a kind filter looks for a page's worth of a site's actors. */
const SITE_STATS_STEP = 200;

/**
 * A page of one site's actors, in the order met there: last seen there, or most often there
 * (within the period: the site's articles of the period). The site's articles give the order
 * (their actor ids and dates; ~200 articles take ~15 ms in Chromium); only the stats rows of
 * the page are read (reading every one of a site's 4,000 actors took ~150 ms), more in steps
 * when a kind filter skips some.
 */
async function sitePage(db: DramatisDatabase, query: WhoListQuery, since: number): Promise<PageOfStats> {
  const articles = (await siteArticles(db, query.site)).filter((article) => article.analyzedAt >= since);
  articles.sort((a, b) => b.analyzedAt - a.analyzedAt);
  const met = new Map<string, number>();
  for (const article of articles) for (const id of article.actorIds) met.set(id, (met.get(id) ?? 0) + 1);
  // Map order is the order first met walking newest first: last seen there.
  const ids = [...met.keys()];
  if (query.sort === 'frequent') ids.sort((a, b) => met.get(b)! - met.get(a)!);
  const wanted = query.offset + query.limit;
  const found: ActorStatsRecord[] = [];
  let read = 0;
  while (read < ids.length && found.length < wanted) {
    const step = query.kind === 'all' ? wanted - found.length : SITE_STATS_STEP;
    const chunk = ids.slice(read, read + step);
    read += chunk.length;
    for (const row of await db.actorStats.bulkGet(chunk)) if (row && (query.kind === 'all' || row.kind === query.kind)) found.push(row);
  }
  const rows = found.slice(query.offset, wanted);
  if (query.kind === 'all') return { rows, total: ids.length, exact: true };
  const exhausted = read >= ids.length;
  return { rows, total: exhausted ? found.length : wanted + 1, exact: exhausted };
}

/** A page of actors read from an index in the order asked; `total` from the totals or the index range. */
async function indexedPage(db: DramatisDatabase, query: WhoListQuery, since: number): Promise<PageOfStats> {
  const { kind, sort, offset, limit } = query;
  const everyone = kind === 'all' && since === 0;
  if (sort === 'frequent' && since > 0) {
    // Met in the period, most often first. When the period holds many actors (a month of a
    // reader's memory may hold all of it), the most met of all, read in that order, soon give
    // a page of them; else the period's rows are few, and sorted in memory.
    const scanned = await frequentRange(db, kind).limit(Math.max(MIN_FREQUENT_SCAN, (offset + limit + 1) * 4)).toArray();
    const mostMet = scanned.filter((stats) => stats.latest.analyzedAt >= since);
    if (mostMet.length > offset + limit) return { rows: mostMet.slice(offset, offset + limit), total: offset + limit + 1, exact: false };
    const inPeriod = await recentRange(db, kind, since).toArray();
    inPeriod.sort(bySort('frequent'));
    return { rows: inPeriod.slice(offset, offset + limit), total: inPeriod.length, exact: true };
  }
  const range = sort === 'recent' ? recentRange(db, kind, since) : frequentRange(db, kind);
  // Counting an index range walks it (~40 ms per 10,000 entries in Chromium): a filtered list
  // reads one row past the page instead, and its total is a lower bound that grows as it scrolls.
  const [found, totals] = await Promise.all([offset === 0 ? range.limit(limit + 1).toArray() : pageAfter(db, range, offset, limit + 1), everyone ? readTotals(db) : undefined]);
  const rows = found.slice(0, limit);
  if (everyone) return { rows, total: countsOf(totals).actors, exact: true };
  const more = found.length > limit;
  return { rows, total: offset + rows.length + (more ? 1 : 0), exact: !more };
}

/**
 * Rows `offset` to `offset + count` of an index range: the ids up to there in one request (keys
 * only), then the rows of the page alone. (Skipping with a cursor stepped one request per row
 * read: ~150 ms for a page at 5,000.)
 */
async function pageAfter(db: DramatisDatabase, range: Collection<ActorStatsRecord, string, InsertType<ActorStatsRecord, 'id'>>, offset: number, count: number): Promise<ActorStatsRecord[]> {
  const ids = (await range.limit(offset + count).primaryKeys()).slice(offset);
  return existing(await db.actorStats.bulkGet(ids));
}

function recentRange(db: DramatisDatabase, kind: ActorKind | 'all', since: number) {
  if (kind === 'all') return db.actorStats.where('latest.analyzedAt').aboveOrEqual(since).reverse();
  return db.actorStats.where('[kind+latest.analyzedAt]').between([kind, since], [kind, Dexie.maxKey], true, true).reverse();
}

function frequentRange(db: DramatisDatabase, kind: ActorKind | 'all') {
  if (kind === 'all') return db.actorStats.orderBy('articleCount').reverse();
  return db.actorStats.where('[kind+articleCount]').between([kind, Dexie.minKey], [kind, Dexie.maxKey], true, true).reverse();
}

/**
 * The sites the reader has read on (alphabetical; the filter's choices): one index step per
 * site, skipping each site's other articles (uniqueKeys walked all 10,000 keys: ~70 ms in Chromium).
 */
async function readSites(db: DramatisDatabase): Promise<string[]> {
  const sites: string[] = [];
  let after = '';
  while (sites.length < MAX_SITES) {
    const [next] = (await db.articles.where('host').above(after).limit(1).keys()) as string[];
    if (next === undefined) break;
    sites.push(next);
    after = next;
  }
  return sites;
}

/** Folds the journal if it holds anything, so the indexes hold every actor as stored now. */
export async function foldIfNeeded(db: DramatisDatabase): Promise<void> {
  const pending = await db.transaction('r', db.counters, async () => (await readTotals(db))?.journal?.length ?? 0);
  if (pending > 0) await db.transaction('rw', storeTables(db), async () => foldJournal(db, await readTotals(db)));
}

/** One page of the list, read in one read-only transaction once the journal is folded. */
export async function listActors(db: DramatisDatabase, query: WhoListQuery, now: number = Date.now()): Promise<WhoListPage> {
  await foldIfNeeded(db);
  return db.transaction('r', [db.articles, db.actors, db.actorStats, db.counters, db.corrections], async () => {
    const since = periodStart(query.period, now);
    const [hidden, sites] = await Promise.all([db.corrections.toArray().then(hiddenNamesOf), query.offset === 0 ? readSites(db) : Promise.resolve([])]);
    const folded = foldForSearch(query.query);
    const page = folded ? await searchPage(db, query, folded, since) : query.site ? await sitePage(db, query, since) : await indexedPage(db, query, since);
    return { rows: page.rows.map((stats) => toRow(stats, hidden)), total: page.total, exact: page.exact, sites };
  });
}
