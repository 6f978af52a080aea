// The background owns the database and runs the engine, off the pages' main threads. It answers
// a tab only about the article that tab is reading (lib/tabs/tab-articles.ts), stores nothing
// from private windows, and relays the card between a tab and its card frame (lib/card/card-relay.ts).
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createCardRelay, type CardPort } from '../lib/card/card-relay';
import { parseCardRequest } from '../lib/messages/card-messages';
import { installContextMenu } from '../lib/commands/context-menu';
import { installNameCommands } from '../lib/commands/name-commands';
import { backgroundRequestType, parseBackgroundRequest, type AnalyzeArticleReply } from '../lib/messages/protocol';
import type { ArticleText } from '../lib/engine/types';
import { openDatabase } from '../lib/store/db';
import { actorCardExtras } from '../lib/store/actor-card';
import { createBackups } from '../lib/store/backup';
import { markEngaged } from '../lib/store/datasets';
import { tidyStore } from '../lib/store/retention';
import { dropHiddenNames, readHiddenNames } from '../lib/store/hidden-names';
import { linkLaterNames } from '../lib/store/later-links';
import { applyCorrection } from '../lib/store/corrections';
import { isQuotaError, QUOTA_MESSAGE } from '../lib/store/store-errors';
import { answerStoreRequest, isStoreRequest } from '../lib/background/store-requests';
import { t } from '../lib/locale/i18n';
import { loadSettings } from '../lib/settings/settings';
import { createGlossaryService, isGlossaryRequest } from '../lib/background/glossary-service';
import { analyzeForTab, type SenderTab } from '../lib/tabs/analyze-for-tab';
import { TabArticles } from '../lib/tabs/tab-articles';

const ERASE_DELETED_ALARM = 'dramatis-erase-deleted';
const ERASE_DELETED_EVERY_MINUTES = 6 * 60;

/** Extension pages that may ask about the reader's whole memory (not the card frame, which pages can embed). */
const PRIVILEGED_PAGES = new Set(['/popup.html', '/options.html', '/who.html']);

export default defineBackground(() => {
  installContextMenu();
  installNameCommands();
  const db = openDatabase();
  // The reader's glossary: its messages, its sync, and its place in every dataset handed out.
  const glossary = createGlossaryService(db);
  // Deleted glossary entries keep their text for a day (undo), then it is erased: at start-up and every few hours.
  void glossary.eraseDeletedText().catch(() => undefined);
  browser.alarms.create(ERASE_DELETED_ALARM, { periodInMinutes: ERASE_DELETED_EVERY_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ERASE_DELETED_ALARM) void glossary.eraseDeletedText().catch(() => undefined);
  });
  const tabs = new TabArticles();
  const backups = createBackups(db);
  const cards = createCardRelay({
    owns: (tabId, actorId, url) => tabs.owns(tabId, actorId, url),
    extrasFor: async (tabId, actorId, url) => {
      const article = tabs.current(tabId);
      // A private window sees the reader's own glossary, never what was read elsewhere.
      const remembered = article?.incognito ? { earlier: [], earlierCount: 0 } : await actorCardExtras(db, actorId, url);
      return glossary.decorateCard(remembered, actorId, url);
    },
    sendToTab: async (tabId, message) => {
      await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    },
    onCardOpened: (tabId, url) => {
      if (tabs.current(tabId)?.stored) void markEngaged(db, url).catch(() => undefined);
    },
    // A private window stores nothing, not even a hidden name.
    hideName: async (tabId, name) => {
      if (tabs.current(tabId)?.incognito !== false) return;
      await applyCorrection(db, { type: 'hide', name }).catch((error: unknown) => console.warn('Dramatis: hiding a name failed', error));
    },
  });
  browser.runtime.onConnect.addListener((port) => void cards.connect(port as unknown as CardPort));
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.forget(tabId);
    cards.forgetTab(tabId);
  });

  async function analyzeArticle(article: ArticleText, tab: SenderTab): Promise<AnalyzeArticleReply> {
    const dataset = await analyzeForTab(article, tab, {
      db,
      tabs,
      mergeGlossary: (found, request) => glossary.mergeInto(found, request),
      dropHidden: async (found, text) => dropHiddenNames(found, text, await readHiddenNames(db)),
      // Housekeeping in its own transactions, which the reply does not wait for: the save's
      // journal of actor changes goes into the actor records and stats rows, earlier one-word
      // names join a fuller name introduced now ("Kim" → "Kim Jong-un"), and the retention cap applies.
      afterSave: (stored) =>
        void linkLaterNames(db, stored)
          .then(maxArticles)
          .then((cap) => tidyStore(db, cap))
          .catch((error: unknown) => console.warn('Dramatis: housekeeping after a save failed', error)),
    });
    return dataset ? { ok: true, dataset } : { ok: false, error: t('errMalformedRequest', 'analyze-article') };
  }

  async function maxArticles(): Promise<number> {
    return (await loadSettings()).maxArticles;
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only our own extension's pages and content scripts may talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    // Extension pages (popup, options) have our origin; content scripts report the page's URL.
    const senderUrl = sender.url ? new URL(sender.url) : null;
    const fromExtensionPage = senderUrl !== null && senderUrl.origin === self.location.origin && PRIVILEGED_PAGES.has(senderUrl.pathname);
    const tab = sender.tab?.id !== undefined && !fromExtensionPage && sender.frameId === 0 ? { id: sender.tab.id, incognito: sender.tab.incognito === true } : null;

    const cardRequest = parseCardRequest(message);
    if (cardRequest) return tab ? cards.answer(cardRequest, tab.id) : Promise.resolve({ ok: false, error: refusal(cardRequest.type) });
    const request = parseBackgroundRequest(message);
    if (!request) {
      // A request of ours that failed validation gets a plain refusal instead of silence.
      const type = backgroundRequestType(message);
      return type === null ? undefined : Promise.resolve({ ok: false, error: t('errMalformedRequest', type) });
    }
    if (isStoreRequest(request)) {
      const answered = answerStoreRequest(db, request, { fromExtensionPage, maxArticles, backups });
      // "Clear everything" with the glossary: the store's part first, then the reader's entries.
      if (request.type !== 'clear-all' || !request.glossary || !fromExtensionPage) return answered;
      return answered.then(async (reply) => (reply.ok && 'removed' in reply ? { ...reply, glossaryEntries: await glossary.deleteAll() } : reply));
    }
    if (isGlossaryRequest(request)) return glossary.answer(request, { fromExtensionPage });
    // analyze-article: a content script's, about its own tab.
    if (!tab) return Promise.resolve({ ok: false, error: refusal(request.type) });
    return analyzeArticle(request.article, tab).catch(
      (error: unknown): AnalyzeArticleReply => ({ ok: false, error: isQuotaError(error) ? QUOTA_MESSAGE : describeError(error) }),
    );
  });
});

function refusal(type: string): string {
  return `"${type}" is only answered for a page's own content script.`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
