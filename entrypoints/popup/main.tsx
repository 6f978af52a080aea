import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { askBackground } from '../../lib/messages/ask-background';
import { applyUiLanguage } from '../../lib/locale/page-language';
import { isActiveOn, loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings/settings';
import { parsePageCast, type PageCast, type PageSite, type ShowActorReply } from '../../lib/messages/protocol';

/** storage.local key set once the reader has dismissed the welcome note. */
const WELCOME_SEEN_KEY = 'popupWelcomeSeen';
/** Results the popup's search shows at most (it is a small window). */
const SEARCH_LIMIT = 12;
/** ms between questions while the page is still reading or has not yet applied a switch. */
const CAST_POLL_MS = 150;
/** Give up polling after this many questions (about 15 s): the last answer is shown. */
const CAST_POLL_LIMIT = 100;

/** The tab this popup is about: `?tab=ID` when opened as a page (tests), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the tab's content script; null where there is none (browser pages, web stores, tabs opened before install). */
async function askTab(tabId: number | null, message: object): Promise<unknown> {
  if (tabId === null) return null;
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  applyUiLanguage();
  const root = document.getElementById('app')!;
  const tabId = await targetTabId();
  const askCast = async (): Promise<PageCast | null> => parsePageCast(await askTab(tabId, { type: 'get-page-cast' }));
  const siteReply = (await askTab(tabId, { type: 'get-page-site' })) as PageSite | null;
  const site = typeof siteReply?.hostname === 'string' && siteReply.hostname !== '' ? siteReply.hostname : null;
  let settings = await loadSettings();
  let cast = await askCast();
  /** Re-asks while the page is busy or has not caught up with the switches yet. */
  const settled = (answer: PageCast | null, current: Settings): boolean =>
    answer === null ||
    (answer.state !== 'working' && (site === null || (answer.state === 'disabled') === !isActiveOn(current, site)));
  let refreshing = 0;
  const refreshCast = async (): Promise<void> => {
    const token = ++refreshing;
    for (let attempt = 0; attempt < CAST_POLL_LIMIT; attempt++) {
      const answer = await askCast();
      if (token !== refreshing) return;
      cast = answer;
      draw();
      if (settled(answer, settings)) return;
      await new Promise((done) => setTimeout(done, CAST_POLL_MS));
    }
  };
  let firstRun = !(await browser.storage.local.get(WELCOME_SEEN_KEY))[WELCOME_SEEN_KEY];

  const draw = () =>
    render(
      <Popup
        settings={settings}
        cast={cast}
        site={site}
        firstRun={firstRun}
        onToggleEnabled={(enabled) => void updateSettings({ enabled })}
        onToggleSite={(hostname, on) => {
          const others = settings.disabledSites.filter((candidate) => candidate !== hostname);
          void updateSettings({ disabledSites: on ? others : [...others, hostname] });
        }}
        onShowActor={async (actorId) => {
          const reply = (await askTab(tabId, { type: 'show-actor', actorId })) as ShowActorReply | null;
          return reply?.ok === true;
        }}
        search={(query) => askBackground({ type: 'search-actors', query, limit: SEARCH_LIMIT })}
        onOpenArticle={(url) => void browser.tabs.create({ url })}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onOpenWho={() => void browser.tabs.create({ url: browser.runtime.getURL('/who.html') })}
        onForgetSite={(hostname) => askBackground({ type: 'forget-site', hostname })}
        onDismissWelcome={() => {
          firstRun = false;
          draw();
          void browser.storage.local.set({ [WELCOME_SEEN_KEY]: true });
        }}
      />,
      root,
    );
  draw();
  if (!settled(cast, settings)) void refreshCast();
  watchSettings((next) => {
    settings = next;
    draw();
    // The page re-highlights on its own; ask again until it shows the new state.
    void refreshCast();
  });
}

void main();
