// Every UI string comes from the browser's i18n messages (public/_locales/<lang>/messages.json),
// so the interface can be translated without touching code.
import { browser } from 'wxt/browser';

/**
 * The message `key` in the reader's language, with $1…$9 placeholders filled from `substitutions`.
 * Falls back to the key itself so a missing message is visible instead of blank.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  return message || key;
}
