// The context menu on selected text: "Add to Dramatis glossary" opens the options page with
// the glossary form prefilled with the selection.
import { browser } from 'wxt/browser';
import { t } from '../locale/i18n';
import { GLOSSARY_LIMITS } from '../glossary/glossary-types';

export const ADD_TO_GLOSSARY_MENU_ID = 'dramatis-add-to-glossary';

/** The options page address that opens the glossary form prefilled with `selection`. */
export function glossaryFormUrl(selection: string): string {
  const term = selection.replace(/\s+/g, ' ').trim().slice(0, GLOSSARY_LIMITS.term);
  return `${browser.runtime.getURL('/options.html')}?term=${encodeURIComponent(term)}#glossary`;
}

/** Registers the menu (once per install/update) and its click handler (every start-up). */
export function installContextMenu(): void {
  if (!browser.contextMenus) return; // e.g. Firefox for Android
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: ADD_TO_GLOSSARY_MENU_ID, title: t('contextMenuAdd'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info) => void onMenuClicked(info));
}

/** A click on one of our menu items: open the glossary form with the selection. */
export async function onMenuClicked(info: { menuItemId: string | number; selectionText?: string }): Promise<void> {
  if (info.menuItemId !== ADD_TO_GLOSSARY_MENU_ID || !info.selectionText?.trim()) return;
  await browser.tabs.create({ url: glossaryFormUrl(info.selectionText) });
}
