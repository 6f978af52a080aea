// Shared set-up for the Firefox browser tests: find Firefox, or skip loudly (fail under CI), and
// the few page actions the reader flows need, over puppeteer-core's WebDriver BiDi.
import type { Page } from 'puppeteer-core';
import { describe } from 'vitest';
import { FIREFOX_INSTALL_HINT, findFirefox, launchFirefoxWithExtension } from '../../scripts/firefox.mjs';

export const firefoxPath = findFirefox();

/** `describe` when Firefox is available; otherwise a visible skip, or a failure under CI. */
export function describeInFirefox(name: string, body: (executablePath: string) => void): void {
  if (firefoxPath) {
    describe(name, () => body(firefoxPath));
    return;
  }
  if (process.env.CI === 'true') throw new Error(`CI=true but no Firefox for the e2e tests. ${FIREFOX_INSTALL_HINT}`);
  console.warn(`\n*** SKIPPED Firefox tests "${name}": ${FIREFOX_INSTALL_HINT}\n`);
  describe.skip(name, () => body(''));
}

export type LaunchedFirefox = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

/** The id of the tab showing `page`, asked from an extension page (no "tabs" permission: the active tab). */
export async function firefoxTabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).browser;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`No tab found for ${page.url()}`);
  return id;
}

/** Sends a message to a tab's content script from an extension page, as the background would. */
export function sendToTab(extensionPage: Page, tabId: number, message: object): Promise<unknown> {
  return extensionPage.evaluate(
    (id, payload) => (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).browser.tabs.sendMessage(id, payload),
    tabId,
    message,
  );
}

/** Waits until `check` holds for the accessible text of an element found by `query` in the page. */
export async function waitForText(page: Page, read: () => Promise<string | null>, check: (text: string | null) => boolean, timeout = 10_000): Promise<string | null> {
  const started = Date.now();
  for (;;) {
    const text = await read();
    if (check(text)) return text;
    if (Date.now() - started > timeout) throw new Error(`timed out waiting; last value: ${JSON.stringify(text)}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
