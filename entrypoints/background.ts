// The background owns the database and runs the engine, off the pages' main threads.
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { installContextMenu } from '../lib/context-menu';
import { installNameCommands } from '../lib/name-commands';
import { buildDataset, textHash } from '../lib/engine';
import { backgroundRequestType, parseBackgroundRequest, type AnalyzeArticleReply, type ArticleText, type GetActorCardReply } from '../lib/protocol';
import { openDatabase } from '../lib/store/db';
import { actorCardExtras } from '../lib/store/actor-card';
import { findDataset, saveDataset } from '../lib/store/datasets';
import { tidyStore } from '../lib/store/retention';
import { isQuotaError, QUOTA_MESSAGE } from '../lib/store/store-errors';
import { answerStoreRequest, isStoreRequest } from '../lib/store/store-requests';
import { t } from '../lib/i18n';
import { loadSettings } from '../lib/settings';
import { createGlossaryService, isGlossaryRequest } from '../lib/glossary/glossary-service';

export default defineBackground(() => {
  installContextMenu();
  installNameCommands();
  const db = openDatabase();
  // The reader's glossary: its messages, its sync, and its place in every dataset handed out.
  const glossary = createGlossaryService(db);

  async function analyzeArticle(article: ArticleText): Promise<AnalyzeArticleReply> {
    const stored = await findDataset(db, article.url, textHash(article.text));
    if (stored) return { ok: true, dataset: await glossary.mergeInto(stored, article) };
    // Stored as linked to actors of earlier articles (ids may change: "Aso" → person:taro aso).
    const dataset = await saveDataset(db, buildDataset(article));
    // Housekeeping in its own transaction, which the reply does not wait for: the save's
    // journal of actor changes goes into the actor records and stats rows, and the retention cap applies.
    void maxArticles()
      .then((cap) => tidyStore(db, cap))
      .catch((error: unknown) => console.warn('Dramatis: housekeeping after a save failed', error));
    return { ok: true, dataset: await glossary.mergeInto(dataset, article) };
  }

  async function maxArticles(): Promise<number> {
    return (await loadSettings()).maxArticles;
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only our own extension's pages and content scripts may talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) {
      // A request of ours that failed validation gets a plain refusal instead of silence.
      const type = backgroundRequestType(message);
      return type === null ? undefined : Promise.resolve({ ok: false, error: t('errMalformedRequest', type) });
    }
    // Extension pages (popup, options) have our origin; content scripts report the page's URL.
    const fromExtensionPage = sender.url !== undefined && new URL(sender.url).origin === self.location.origin;
    if (isStoreRequest(request)) return answerStoreRequest(db, request, { fromExtensionPage, maxArticles });
    if (isGlossaryRequest(request)) return glossary.answer(request, { fromExtensionPage });
    switch (request.type) {
      case 'analyze-article':
        return analyzeArticle(request.article).catch(
          (error: unknown): AnalyzeArticleReply => ({ ok: false, error: isQuotaError(error) ? QUOTA_MESSAGE : describeError(error) }),
        );
      case 'get-actor-card':
        return actorCardExtras(db, request.actorId, request.url).then(
          async (card): Promise<GetActorCardReply> => ({ ok: true, card: await glossary.decorateCard(card, request.actorId, request.url) }),
          (error: unknown): GetActorCardReply => ({ ok: false, error: describeError(error) }),
        );
    }
  });
});

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
