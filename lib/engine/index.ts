// Engine entry point: article text in, actors and mentions out. Pure: no DOM, no browser API.
import type { ArticleDataset, EngineResult } from './types';
import { findNames } from './find-names';
import { textHash } from './text-hash';

export type { Actor, ActorKind, ArticleDataset, EngineResult, Evidence, Mention } from './types';
export { textHash } from './text-hash';

export interface AnalyzeOptions {
  /** Language declared by the page (html lang), if any. */
  lang?: string;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): EngineResult {
  return findNames(text, options);
}

export interface ArticleInput {
  url: string;
  title: string;
  text: string;
  lang?: string;
}

/** Analyse an article and stamp it with the identity the store needs. */
export function buildDataset(article: ArticleInput, now: number = Date.now()): ArticleDataset {
  const result = analyzeText(article.text, { lang: article.lang });
  return { ...result, url: article.url, title: article.title, textHash: textHash(article.text), analyzedAt: now };
}
