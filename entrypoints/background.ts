// The background owns the database and runs the engine, off the pages' main threads.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installContextMenu } from '../lib/context-menu';
import { installNameCommands } from '../lib/name-commands';
import { buildDataset, textHash } from '../lib/engine';
import { parseBackgroundRequest, type AnalyzeArticleReply, type ArticleText, type GetActorCardReply } from '../lib/protocol';
import { openDatabase } from '../lib/store/db';
import { actorCardExtras } from '../lib/store/actor-card';
import { findDataset, saveDataset } from '../lib/store/datasets';
import { isQuotaError, QUOTA_MESSAGE } from '../lib/store/store-errors';
import { answerStoreRequest, isStoreRequest } from '../lib/store/store-requests';
import { loadSettings } from '../lib/settings';

export default defineBackground(() => {
  installContextMenu();
  installNameCommands();
  const db = openDatabase();

  async function analyzeArticle(article: ArticleText): Promise<AnalyzeArticleReply> {
    const stored = await findDataset(db, article.url, textHash(article.text));
    if (stored) return { ok: true, dataset: stored };
    // Stored as linked to actors of earlier articles (ids may change: "Aso" → person:taro aso).
    const dataset = await saveDataset(db, buildDataset(article), { maxArticles: await maxArticles() });
    return { ok: true, dataset };
  }

  async function maxArticles(): Promise<number> {
    return (await loadSettings()).maxArticles;
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own extension's pages and content scripts may talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) return undefined;
    if (isStoreRequest(request)) {
      // Extension pages (popup, options) have our origin; content scripts report the page's URL.
      const fromExtensionPage = sender.url !== undefined && new URL(sender.url).origin === self.location.origin;
      return answerStoreRequest(db, request, { fromExtensionPage, maxArticles });
    }
    switch (request.type) {
      case 'analyze-article':
        return analyzeArticle(request.article).catch(
          (error: unknown): AnalyzeArticleReply => ({ ok: false, error: isQuotaError(error) ? QUOTA_MESSAGE : describeError(error) }),
        );
      case 'get-actor-card':
        return actorCardExtras(db, request.actorId, request.url).then(
          (card): GetActorCardReply => ({ ok: true, card }),
          (error: unknown): GetActorCardReply => ({ ok: false, error: describeError(error) }),
        );
    }
  });
});

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
