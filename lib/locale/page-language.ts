// Extension pages speak the reader's UI language: <html lang> and the text direction
// (right-to-left locales set @@bidi_dir) follow the browser's i18n.
import { browser } from 'wxt/browser';

export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = browser.i18n.getUILanguage();
  root.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
}
