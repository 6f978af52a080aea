// Unit tests see the real English UI strings: browser.i18n.getMessage backed by
// public/_locales/en/messages.json, with $1…$9 filled as the browser does.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

export function useRealMessages(): void {
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, substitutions?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (key, substitutions = []) => {
    const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
    const message = messages[key]?.message ?? '';
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
  i18n.getUILanguage = () => 'en';
}
