// The journal: what saves changed about actors since the background last folded it into the
// actor records and stats rows. It lives in the totals record, which every save reads and
// writes anyway, so a save makes no request per actor: in Chromium every IndexedDB request
// costs ~0.1–0.3 ms whatever its size, and reading and writing each actor's stats was most of
// a save (docs/STORE.md, "The journal").
//
// An actor as stored is its stats row (absent for an actor first seen since the fold) combined
// with its journal entry: `currentStats` gives that for every reader (card, search, linking),
// and `foldJournal` (lib/store/actor-stats.ts) writes it into the tables. Pure functions.
import type { Actor } from '../engine/types';
import { mergeIdentity } from './actor-identity';
import { identityOf, type ActorIdentity, type ActorStatsRecord, type CounterRecord, type JournalEntry, type LatestArticle } from './db';

export type Journal = Map<string, JournalEntry>;

/** Entries a save may leave before it folds them itself (the background's housekeeping has not run for a while). */
export const MAX_JOURNAL_ENTRIES = 1_000;

/**
 * The journal of a totals record, by actor id. Its entries are the record's own objects (no
 * copy: every read of the record gives fresh ones), so changing them changes that record.
 */
export function journalOf(totals: CounterRecord | undefined): Journal {
  return new Map((totals?.journal ?? []).map((entry) => [entry.id, entry]));
}

function entryOf(journal: Journal, id: string): JournalEntry {
  let entry = journal.get(id);
  if (!entry) {
    entry = { id, articles: 0 };
    journal.set(id, entry);
  }
  return entry;
}

function addDropped(entry: JournalEntry, url: string): void {
  if (!entry.dropped) entry.dropped = [url];
  else if (!entry.dropped.includes(url)) entry.dropped.push(url);
}

/**
 * An article now has an appearance of `actor` (under its stored id): one more article, unless
 * it `replaced` the article's earlier appearance of the actor.
 */
export function recordWritten(journal: Journal, actor: Pick<Actor, 'id' | 'name' | 'kind' | 'aliases' | 'expansion'>, article: LatestArticle, replaced: boolean): void {
  const entry = entryOf(journal, actor.id);
  if (replaced) addDropped(entry, article.url);
  else entry.articles++;
  entry.identity = mergeIdentity(entry.identity, identityOf(actor));
  const newest = entry.latest;
  if (newest?.url === article.url) {
    // The same article rewritten: an older date means another journal article may be newest.
    if (article.analyzedAt < newest.analyzedAt) entry.stale = true;
    entry.latest = { ...article };
  } else if (!newest || article.analyzedAt > newest.analyzedAt) {
    entry.latest = { ...article };
  }
}

/** An article no longer has an appearance of the actor `id`. */
export function recordRemoved(journal: Journal, id: string, url: string): void {
  const entry = entryOf(journal, id);
  entry.articles--;
  addDropped(entry, url);
  if (entry.latest?.url === url) {
    delete entry.latest;
    entry.stale = true;
  }
}

/** Who an actor is as stored now: its stored identity (a record or stats row) with the names the journal saw merged in. */
export function currentIdentity(stored: ActorIdentity | undefined, entry: JournalEntry | undefined): ActorIdentity | undefined {
  const seen = entry?.identity;
  if (!stored) return seen;
  return seen ? mergeIdentity(identityOf(stored), seen) : identityOf(stored);
}

/** The later of two articles (the first on a tie). */
function newer(a: LatestArticle | undefined, b: LatestArticle | undefined): LatestArticle | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.analyzedAt > a.analyzedAt ? b : a;
}

export interface CurrentStats {
  /** The actor as stored now; undefined when it is in no stored article. */
  stats: ActorStatsRecord | undefined;
  /** True when `stats.latest` may not be the newest article: only the casts can tell (the fold looks). */
  latestUnknown: boolean;
}

/** An actor as stored: its stats row (if any) with its journal entry (if any) applied. */
export function currentStats(row: ActorStatsRecord | undefined, entry: JournalEntry | undefined): CurrentStats {
  if (!entry) return { stats: row, latestUnknown: false };
  const articleCount = (row?.articleCount ?? 0) + entry.articles;
  const identity = currentIdentity(row, entry);
  if (articleCount <= 0 || !identity) return { stats: undefined, latestUnknown: false };
  const rowLatest = row && !entry.dropped?.includes(row.latest.url) ? row.latest : undefined;
  // The row's newest article was replaced or removed: the next newest is unknown unless the journal's is at least as new.
  const rowLatestLost = row !== undefined && rowLatest === undefined && !(entry.latest && entry.latest.analyzedAt >= row.latest.analyzedAt);
  const latest = newer(rowLatest, entry.latest);
  return {
    stats: { ...identity, articleCount, latest: latest ?? row?.latest ?? { url: '', title: '', analyzedAt: 0 } },
    latestUnknown: Boolean(entry.stale) || rowLatestLost || latest === undefined,
  };
}

/** Stats of `ids` as stored now, from their rows (read by the caller, in `ids` order) and the journal. */
export function currentStatsOf(ids: readonly string[], rows: readonly (ActorStatsRecord | undefined)[], journal: Journal): (ActorStatsRecord | undefined)[] {
  return ids.map((id, i) => currentStats(rows[i], journal.get(id)).stats);
}
