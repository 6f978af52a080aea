// What the store hands out: search results, usage, removal and backup summaries, the card's
// earlier articles, and the store's size limits. Types and constants only, so the pages that
// show them can name them without loading the database.
import type { ActorKind, Evidence } from '../engine/types';

/** Largest dataset file an import accepts (bytes of JSON). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Most search results one request may ask for. */
export const MAX_SEARCH_RESULTS = 100;

/** Why a store request failed: `quota` = the browser refused more storage (nothing was written). */
export type StoreErrorCode = 'quota' | 'invalid-file' | 'too-large' | 'failed';

export interface StoreFailure {
  ok: false;
  /** A sentence for the reader, naming the problem (e.g. "articles[12].title: …"). */
  error: string;
  code: StoreErrorCode;
}

export interface ActorSearchResult {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** In how many stored articles the actor appears. */
  articleCount: number;
  /** The most recently analyzed of those articles. */
  latest: { url: string; title: string; analyzedAt: number } | null;
}

export interface StorageUsage {
  /** navigator.storage.estimate() for the extension's origin; null where unsupported. */
  usageBytes: number | null;
  quotaBytes: number | null;
  counts: { articles: number; actors: number; appearances: number; glossary: number };
  /** The retention cap in force (settings.maxArticles). */
  maxArticles: number;
}

/** How much a forget/clear removed. */
export interface RemovalSummary {
  articles: number;
  actors: number;
  appearances: number;
}

export interface ExportPart {
  session: string;
  /** The part's lines (dataset file format 3), each ending in a newline. */
  text: string;
  done: boolean;
  /** Articles written so far, and in all. */
  articles: number;
  total: number;
  fileName: string;
}

export interface ImportPart {
  session: string;
  /** Articles read so far in this step. */
  articles: number;
  /** After the last part of the apply step. */
  imported?: ImportSummary;
}

/** The largest backup file (format 3) accepted: 50,000 articles (the largest retention setting) take about 190 MB. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

/** The most text one import part may carry (a part is whole lines, a few MB). */
export const MAX_IMPORT_PART_CHARS = 32 * 1024 * 1024;

export interface ImportSummary {
  /** Articles new to this browser. */
  articlesAdded: number;
  /** Articles already here whose imported analysis was newer and replaced ours. */
  articlesUpdated: number;
  /** Articles already here with an analysis at least as new as the file's. */
  articlesKept: number;
  actors: number;
  appearances: number;
}

/** What an earlier article said about the actor. */
export interface EarlierAppearance {
  url: string;
  title: string;
  analyzedAt: number;
  name: string;
  descriptors: Evidence[];
  /** What the actor was quoted saying there (the first few). */
  quotes?: Evidence[];
}

export interface ActorCardExtras {
  /** Most recent first. */
  earlier: EarlierAppearance[];
  /** How many other articles mention the actor in all (earlier may be cut short). */
  earlierCount: number;
  /** The actor’s fullest name across every stored article ("Taro Aso" when this one says "Aso"). */
  knownAs?: string;
  /** Every other name stored articles used for the actor. */
  aliases?: string[];
  /** The reader's own glossary entry for the actor: shown above what the article says. */
  glossary?: { note: string; link: string };
}
