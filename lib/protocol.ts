// The typed messages between the extension's contexts: one type per message, one place.
// Every message that arrives is validated here before anything acts on it.
import type { ArticleDataset, Evidence } from './engine/types';

/** What the content script extracted from a page. */
export interface ArticleText {
  url: string;
  title: string;
  lang: string;
  text: string;
}

/** Content script → background: analyse this article (or return the stored analysis). */
export interface AnalyzeArticle {
  type: 'analyze-article';
  article: ArticleText;
}

/** Content script → background: what the store knows about an actor beyond this article. */
export interface GetActorCard {
  type: 'get-actor-card';
  actorId: string;
  /** The article being read (its own appearance is not "earlier"). */
  url: string;
}

/** What an earlier article said about the actor. */
export interface EarlierAppearance {
  url: string;
  title: string;
  analyzedAt: number;
  name: string;
  descriptors: Evidence[];
}

export interface ActorCardExtras {
  /** Most recent first. */
  earlier: EarlierAppearance[];
  /** How many other articles mention the actor in all (earlier may be cut short). */
  earlierCount: number;
}

export type GetActorCardReply = { ok: true; card: ActorCardExtras } | { ok: false; error: string };

/** Popup → content script: what did you find on this page? */
export interface GetPageCast {
  type: 'get-page-cast';
}

export type BackgroundRequest = AnalyzeArticle | GetActorCard;
export type ContentRequest = GetPageCast;

export type AnalyzeArticleReply = { ok: true; dataset: ArticleDataset } | { ok: false; error: string };

/** The state of the page as the content script knows it, for the popup. */
export type PageCast =
  | { state: 'disabled' }
  | { state: 'working' }
  | { state: 'no-article' }
  | { state: 'error'; error: string }
  | { state: 'ready'; dataset: ArticleDataset };

/** Upper bound on the text one page may send: larger pages are cut, never refused. */
export const MAX_ARTICLE_CHARS = 4_000_000;
const MAX_SHORT_FIELD = 4_096;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

function parseArticleText(value: unknown): ArticleText | null {
  if (!isRecord(value)) return null;
  const { url, title, lang, text } = value;
  if (!isString(url, MAX_SHORT_FIELD) || !isString(title, MAX_SHORT_FIELD) || !isString(lang, 64)) return null;
  if (!isString(text, MAX_ARTICLE_CHARS)) return null;
  if (!/^https?:/i.test(url)) return null;
  return { url, title, lang, text };
}

/** Validates a message sent to the background; null if it is not one we know. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isRecord(message)) return null;
  if (message.type === 'analyze-article') {
    const article = parseArticleText(message.article);
    return article ? { type: 'analyze-article', article } : null;
  }
  if (message.type === 'get-actor-card') {
    const { actorId, url } = message;
    if (!isString(actorId, MAX_SHORT_FIELD) || !isString(url, MAX_SHORT_FIELD)) return null;
    return { type: 'get-actor-card', actorId, url };
  }
  return null;
}

/** Validates a message sent to a content script; null if it is not one we know. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (isRecord(message) && message.type === 'get-page-cast') return { type: 'get-page-cast' };
  return null;
}

const PAGE_STATES = new Set(['disabled', 'working', 'no-article', 'error', 'ready']);

/** Validates a content script's answer to get-page-cast (shape only; the dataset is ours). */
export function parsePageCast(value: unknown): PageCast | null {
  if (!isRecord(value) || typeof value.state !== 'string' || !PAGE_STATES.has(value.state)) return null;
  if (value.state === 'error') return { state: 'error', error: String(value.error ?? '') };
  if (value.state === 'ready') {
    const dataset = value.dataset;
    if (!isRecord(dataset) || !Array.isArray(dataset.actors) || !Array.isArray(dataset.mentions)) return null;
    return { state: 'ready', dataset: dataset as unknown as ArticleDataset };
  }
  return { state: value.state } as PageCast;
}
