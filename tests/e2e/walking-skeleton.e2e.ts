// The whole pipeline in real Chromium: extract → analyze → store → highlight → card → popup.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hoverText, tabIdOf } from '../../scripts/browser.mjs';
import { describeInBrowser, openDemoArticle, type DemoArticle, type Launched } from './harness';
import { PopupPage } from './pages/popup';
import { cardDialog } from './overlay-helpers';

/** Texts of all highlighted ranges, and whether each lies inside the page's <article>. */
function highlightedTexts(page: Page): Promise<Array<{ text: string; inArticle: boolean }>> {
  return page.evaluate(() => {
    const article = document.querySelector('article');
    const highlight = CSS.highlights.get('dramatis-mention');
    return [...(highlight ?? [])].map((entry) => {
      const range = entry as Range;
      return {
        text: range.toString(),
        inArticle: article !== null && article.contains(range.commonAncestorContainer),
      };
    });
  });
}

describeInBrowser('walking skeleton on the demo article', (executablePath) => {
  let demo: DemoArticle | undefined;
  let browser: Launched;
  let page: Page;

  beforeAll(async () => {
    demo = await openDemoArticle(executablePath);
    ({ browser, article: page } = demo);
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('highlights names in the article body and nowhere else', async () => {
    const highlights = await highlightedTexts(page);
    expect(highlights.length).toBeGreaterThan(20);
    expect(highlights.filter((h) => !h.inArticle)).toEqual([]);
    const texts = highlights.map((h) => h.text);
    expect(texts).toContain('Taro Aso');
    expect(texts).toContain('Liberal Democratic Party');
    expect(texts.join(' ')).not.toContain('Nippon Steel');
  });

  it('opens a card named after the actor on hover, and closes it with Escape', async () => {
    await hoverText(page, 'Taro Aso');
    const card = await cardDialog(page, 'Taro Aso');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    await expect(card.textContent()).resolves.toContain('signaled in July that Tokyo would consider');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 2_000 });
  });

  it('lists the cast of the tab in the popup', async () => {
    const popup = await PopupPage.open(browser.context, browser.extensionId, await tabIdOf(browser.worker, page));
    await popup.cast.waitFor();
    const people = await popup.namesUnder('People');
    expect(people).toEqual(expect.arrayContaining(['Taro Aso', 'Masahisa Sato', 'Zhao Lijian']));
    await popup.page.close();
  });

  it('stores the dataset in the extension’s IndexedDB', async () => {
    const popup = await PopupPage.open(browser.context, browser.extensionId, await tabIdOf(browser.worker, page));
    // The actor records are written by the background's housekeeping, just after it replies.
    const read = () => popup.page.evaluate(
      (url) =>
        new Promise<{ article: { title: string; mentions: unknown[] } | undefined; actors: number }>((resolve, reject) => {
          const request = indexedDB.open('dramatis');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction(['articles', 'actors'], 'readonly');
            const article = tx.objectStore('articles').get(url);
            const actors = tx.objectStore('actors').count();
            tx.oncomplete = () => resolve({ article: article.result, actors: actors.result });
          };
        }),
      page.url(),
    );
    await expect.poll(async () => (await read()).actors).toBeGreaterThan(10);
    const stored = await read();
    expect(stored.article?.title).toContain('Taiwan and Japan');
    expect(stored.article?.mentions.length).toBeGreaterThan(20);
    expect(stored.actors).toBeGreaterThan(10);
    await popup.page.close();
  });

  it('switches highlights off and on from the popup without reloading the page', async () => {
    const popup = await PopupPage.open(browser.context, browser.extensionId, await tabIdOf(browser.worker, page));
    const size = () => page.evaluate(() => CSS.highlights.get('dramatis-mention')?.size ?? 0);
    await popup.enabledSwitch.click();
    await expect.poll(size).toBe(0);
    await popup.enabledSwitch.click();
    await expect.poll(size).toBeGreaterThan(20);
    await popup.page.close();
  });
});
