// Shared by the overlay's browser tests: read highlights, watch for page errors and DOM
// changes, change settings, ask the content script what it found.
import type { Frame, Locator, Page, Worker } from 'playwright-core';

export const FIXTURES = 'tests/e2e/fixtures';

/** Texts of the highlighted ranges (Highlight API), in reading order. */
export function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('dramatis-mention');
    const ranges = [...(highlight ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  });
}

/** Collects uncaught page errors and console errors from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || (message.type() === 'warning' && message.text().includes('[Dramatis]'))) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Errors that come from this machine having no network (the corpus pages ask for remote assets). */
export function withoutNetworkNoise(errors: string[]): string[] {
  return errors.filter((error) => !/ERR_NAME_NOT_RESOLVED|ERR_CONNECTION|ERR_INTERNET|Failed to load resource|net::ERR/i.test(error));
}

/** Records every DOM mutation from the start of the page (install before goto). */
export async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    const describe = (node: Node) => (node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : `#${node.nodeName}`);
    const start = () =>
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'childList') {
            for (const node of Array.from(record.addedNodes)) log.push(`add ${describe(node)} to ${describe(record.target)}`);
            for (const node of Array.from(record.removedNodes)) log.push(`remove ${describe(node)} from ${describe(record.target)}`);
          } else {
            log.push(`${record.type} ${record.attributeName ?? ''} on ${describe(record.target)}`);
          }
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    // The page's own parsing is not a mutation of ours: start once it is loaded.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  });
}

export function mutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
}

/** The few extension APIs the tests call inside the service worker. */
interface ChromeApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
}

/** Changes the reader's settings as the options page would (storage.local, watched live). */
export async function setSettings(worker: Worker, change: Record<string, unknown>): Promise<void> {
  await worker.evaluate(
    async ({ patch }) => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const stored = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ settings: { ...stored, ...patch } });
    },
    { patch: change },
  );
}

/** What the background does when the reader presses the next/previous-name shortcut. */
export async function stepName(worker: Worker, tabId: number, direction: 'next' | 'previous'): Promise<void> {
  await worker.evaluate(
    ({ tabId, direction }) => (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(tabId, { type: 'step-name', direction }),
    { tabId, direction },
  );
}

/** The extension's keyboard commands and the shortcuts the browser gave them. */
export function commandsOf(worker: Worker): Promise<Array<{ name?: string; shortcut?: string }>> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.commands.getAll());
}

/**
 * The frame that draws the card: an extension page inside the overlay's closed shadow root. The
 * page cannot reach it; the browser's driver can, as assistive technology can.
 */
const isCardFrame = (frame: Frame) => /^(chrome|moz)-extension:\/\/[^/]+\/card\.html/.test(frame.url());

export async function cardFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const started = Date.now();
  for (;;) {
    const frame = page.frames().find(isCardFrame);
    if (frame) return frame;
    if (Date.now() - started > timeout) throw new Error('no card frame in the page');
    await page.waitForTimeout(25);
  }
}

/** The card named `name` (a dialog in the card frame). */
export async function cardDialog(page: Page, name: string): Promise<Locator> {
  return (await cardFrame(page)).getByRole('dialog', { name, exact: true });
}

/** The open card's dialog name (its heading), or null. */
export async function openCardName(page: Page): Promise<string | null> {
  const frame = page.frames().find(isCardFrame);
  if (!frame) return null;
  return frame.evaluate(() => document.querySelector('[role="dialog"] h2')?.textContent ?? null).catch(() => null);
}

/** Evaluates `fn` on the open card's dialog element, inside the card frame. */
export async function onCard<R>(page: Page, fn: (card: HTMLElement) => R): Promise<R> {
  const frame = await cardFrame(page);
  return frame.locator('[role="dialog"]').evaluate(fn);
}

/** Center of the `nth` on-page occurrence of `text` within `selector`, scrolled into view. */
export async function pointOf(page: Page, text: string, selector = 'body', nth = 0, charOffset?: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, selector, nth, charOffset }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let at = node.data.indexOf(text);
        while (at >= 0 && seen < nth) {
          seen++;
          at = node.data.indexOf(text, at + 1);
        }
        if (at < 0) continue;
        const range = document.createRange();
        const offset = charOffset ?? Math.floor(text.length / 2);
        range.setStart(node, at + offset);
        range.setEnd(node, at + offset + 1);
        node.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { text, selector, nth, charOffset },
  );
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}
