// What the Who's who page asks the store and what it gets back: the list of every actor met,
// one actor's page, and the reader's corrections. Types and limits only (no database), so the
// page and its components can name them.
import type { ActorKind, Evidence } from '../engine/types';

/** Rows one list request returns at most (the page asks for more as the reader scrolls). */
export const MAX_WHO_ROWS = 200;
/** Articles an actor's page lists at most, newest first (the rest are counted). */
export const WHO_ARTICLES_SHOWN = 50;
/** Longest name a rename accepts (chars). */
export const MAX_NAME_CHARS = 200;

export type WhoSort = 'recent' | 'frequent';
export type WhoPeriod = 'week' | 'month' | 'all';
export const WHO_SORTS: readonly WhoSort[] = ['recent', 'frequent'];
export const WHO_PERIODS: readonly WhoPeriod[] = ['week', 'month', 'all'];

export interface WhoListQuery {
  /** Typed search: matches a word start of the name or any alias, ignoring case and accents; '' = everyone. */
  query: string;
  kind: ActorKind | 'all';
  /** Hostname of a site the actor was met on; '' = every site. */
  site: string;
  period: WhoPeriod;
  sort: WhoSort;
  /** Rows to skip (paging for the virtualised list). */
  offset: number;
  limit: number;
}

export interface WhoListRow {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** In how many stored articles the actor appears. */
  articleCount: number;
  /** When the newest of those articles was read (ms since epoch). */
  lastSeen: number;
  /** That article's headline (site suffix removed) and site. */
  lastTitle: string;
  lastSite: string;
  /** The reader hid this name: it is never highlighted (listed so it can be unhidden). */
  hidden: boolean;
}

export interface WhoListPage {
  rows: WhoListRow[];
  /**
   * Rows that match in all (so the list knows its height). When `exact` is false it is a lower
   * bound (counting a filtered index is slow at scale): the rows so far and one more, so the
   * list asks for the next page when the reader scrolls to its end.
   */
  total: number;
  exact: boolean;
  /** The sites the reader has read articles on, most articles first (the site filter's choices). */
  sites: string[];
}

/** What one article said about the actor. */
export interface WhoArticle {
  url: string;
  /** The article's own headline (" - The Daily Example" suffixes removed). */
  title: string;
  site: string;
  analyzedAt: number;
  /** What the article called the actor. */
  name: string;
  descriptors: Evidence[];
  quotes: Evidence[];
}

/** Another actor, as a link on an actor's page. */
export interface WhoLink {
  id: string;
  name: string;
  kind: ActorKind;
}

export interface WhoCompanion extends WhoLink {
  /** In how many of this actor's articles the other one appears too. */
  together: number;
}

/** A person's organization or place, from what an article said ("head of the X", "X's chief executive"). */
export interface WhoAffiliation extends WhoLink {
  /** The descriptor that says so. */
  via: string;
}

export interface WhoWeek {
  /** Monday 00:00 UTC of the week (ms since epoch). */
  start: number;
  count: number;
}

export interface WhoActorPage {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  expansion?: string;
  articleCount: number;
  firstSeen: number;
  lastSeen: number;
  /** Newest first, at most WHO_ARTICLES_SHOWN. */
  articles: WhoArticle[];
  /** Weeks from the first to the last met, oldest first (weeks with none are included, count 0); counts the newest 500 articles at most. */
  weeks: WhoWeek[];
  /** Most often met together first, at most 10. */
  companions: WhoCompanion[];
  affiliations: WhoAffiliation[];
  hidden: boolean;
  /** The reader's corrections that concern this actor, newest first (each can be undone). */
  corrections: CorrectionRecord[];
}

/** What the reader can say about the memory. Ids are actor ids as the store has them. */
export type Correction =
  /** "Same person": `from` and all its names become part of `into`. */
  | { type: 'merge'; into: string; from: string }
  /** "Not the same": the articles where `id` was called `name` become their own actor. */
  | { type: 'split'; id: string; name: string }
  | { type: 'rename'; id: string; name: string }
  | { type: 'kind'; id: string; kind: ActorKind }
  /** Never highlight this name (e.g. a photo credit taken for a person). */
  | { type: 'hide'; name: string };

export interface CorrectionRecord {
  id: string;
  /** ms since epoch. */
  at: number;
  correction: Correction;
  /** Who the correction was made by: the reader, or Dramatis linking a later fuller name ("Kim" → "Kim Jong-un"). */
  by: 'reader' | 'auto';
  /** One line for the reader ("Merged “Kim” into “Kim Jong-un”"). */
  summary: string;
}

/** After a correction or an undo: the actor the page should show next (merged into, split off, …). */
export interface CorrectionResult {
  record: CorrectionRecord;
  /** The actor to show now; null when there is none (hide). */
  showId: string | null;
}
