import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings';
import { parsePageCast, type PageCast } from '../../lib/protocol';

/** The tab this popup is about: `?tab=ID` when opened as a page (tests), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function askPageCast(): Promise<PageCast | null> {
  const tabId = await targetTabId();
  if (tabId === null) return null;
  try {
    return parsePageCast(await browser.tabs.sendMessage(tabId, { type: 'get-page-cast' }));
  } catch {
    // No content script there: a browser page, the web store, or a tab opened before install.
    return null;
  }
}

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  let settings = await loadSettings();
  let cast: PageCast | null = await askPageCast();
  const draw = () =>
    render(
      <Popup
        settings={settings}
        cast={cast}
        onToggleEnabled={async (enabled) => {
          settings = await updateSettings({ enabled });
          draw();
        }}
      />,
      root,
    );
  draw();
  watchSettings(async (next) => {
    settings = next;
    // The page re-highlights on its own; ask again for what it now shows.
    cast = await askPageCast();
    draw();
  });
}

void main();
