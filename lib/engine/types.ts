// The contract between the parts of Dramatis (see DESIGN.md, "Core types").
// Every string that comes from the article is a substring of ArticleText.text
// and carries its offsets.

export type ActorKind = 'person' | 'organization' | 'place' | 'other';

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'place', 'other'];

/** A piece of the article text, with offsets into the analyzed string. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface Actor {
  /** Stable across articles: kind + normalized canonical name. */
  id: string;
  /** Fullest form in the article ("Masahisa Sato"). */
  name: string;
  kind: ActorKind;
  /** Every other surface form linked to it ("Sato", "LDP"). */
  aliases: string[];
  /** For an acronym: "Liberal Democratic Party". */
  expansion?: string;
  /** Who/what the article says it is. */
  descriptors: Evidence[];
  /** What it is quoted saying. */
  quotes: Evidence[];
  mentions: number;
}

export interface Mention {
  start: number;
  end: number;
  actorId: string;
}

/** What the engine returns for one text. */
export interface EngineResult {
  /** BCP 47 primary language the engine analyzed the text as ("en"). */
  lang: string;
  actors: Actor[];
  mentions: Mention[];
  /** Set when the engine declined to analyze (e.g. unsupported language). */
  unsupported?: string;
}

export interface ArticleDataset extends EngineResult {
  url: string;
  title: string;
  textHash: string;
  /** ms since epoch. */
  analyzedAt: number;
}

/** What the content script extracted from a page. */
export interface ArticleText {
  url: string;
  title: string;
  lang: string;
  text: string;
}

/** Upper bound on the text one page may send: larger pages are cut, never refused. */
export const MAX_ARTICLE_CHARS = 4_000_000;
