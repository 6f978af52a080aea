// Pages that change after load: paragraphs added later (infinite scroll), "read more",
// removed text, and single-page-app navigation (pushState, popstate). Each is re-read
// (debounced), highlighted, and stale highlights go.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hoverText, launchWithExtension, serveDirectory, waitForHighlights } from '../../scripts/browser.mjs';
import { describeInBrowser } from './harness';
import { cardDialog, collectErrors, FIXTURES, highlightTexts, setSettings, withoutNetworkNoise } from './overlay-helpers';

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

describeInBrowser('overlay on dynamic pages', (executablePath) => {
  let browser: Launched;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await serveDirectory(FIXTURES);
    browser = await launchWithExtension({ executablePath });
    page = await browser.context.newPage();
    errors = collectErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights paragraphs added later (infinite scroll)', async () => {
    await page.goto(`${server.url}/dynamic.html`);
    await waitForHighlights(page);
    expect(await highlightTexts(page)).not.toContain('Olaf Scholz');
    await page.evaluate(() => (window as unknown as { loadMore: () => void }).loadMore());
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Olaf Scholz', 'Angela Merkel', 'Hamburg', 'Ursula von der Leyen']));
    expect(await highlightTexts(page)).toContain('Masahisa Sato');
  });

  it('keeps an open card open while more paragraphs arrive', async () => {
    await hoverText(page, 'Lo Chih-cheng');
    const card = await cardDialog(page, 'Lo Chih-cheng');
    await card.waitFor();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Meanwhile in Auckland, Christopher Luxon said the government would watch the talks closely.';
      document.getElementById('story-body')!.append(p);
    });
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toContain('Christopher Luxon');
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('still opens the card of a name the mouse rests on when the page is re-read before it opens', async () => {
    // A long delay, so the re-read lands while the card waits to open; the mouse does not move again.
    await setSettings(browser.worker, { hoverDelayMs: 1500 });
    await page.waitForTimeout(300); // the setting reaches the content script through a storage event
    await hoverText(page, 'Taro Aso');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later in Osaka, Fumio Kishida said the visit had gone well.';
      document.getElementById('story-body')!.append(p);
    });
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toContain('Fumio Kishida');
    const card = await cardDialog(page, 'Taro Aso');
    await card.waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await setSettings(browser.worker, { hoverDelayMs: 350 });
  });

  it('highlights text a "read more" button reveals', async () => {
    expect(await highlightTexts(page)).not.toContain('Jacinda Ardern');
    await page.evaluate(() => (window as unknown as { readMore: () => void }).readMore());
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Jacinda Ardern', 'Wellington']));
  });

  it('drops the highlights of text the page removed', async () => {
    expect(await highlightTexts(page)).toContain('Taro Aso');
    await page.evaluate(() => (window as unknown as { removeFirst: () => void }).removeFirst());
    // Ranges over removed text collapse at once; the re-read then drops them from the highlight.
    const stale = () => page.evaluate(() => [...(CSS.highlights.get('dramatis-mention') ?? [])].filter((range) => (range as Range).collapsed || !(range as Range).startContainer.isConnected).length);
    await expect.poll(stale, { timeout: 10_000 }).toBe(0);
    expect(await highlightTexts(page)).not.toContain('Taro Aso');
    expect(await highlightTexts(page)).toContain('Lo Chih-cheng');
  });

  it('follows a single-page app to a new story (pushState) and back (popstate)', async () => {
    await page.goto(`${server.url}/spa.html`);
    await waitForHighlights(page);
    expect(await highlightTexts(page)).toContain('Masahisa Sato');
    await page.evaluate(() => (window as unknown as { go: (view: string) => void }).go('b'));
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toContain('Olaf Scholz');
    expect(await highlightTexts(page)).not.toContain('Masahisa Sato');
    // The new story's names open their cards.
    await page.mouse.move(2, 2);
    await hoverText(page, 'Olaf Scholz');
    await (await cardDialog(page, 'Olaf Scholz')).waitFor();
    await page.keyboard.press('Escape');
    await page.goBack();
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toContain('Masahisa Sato');
    expect(await highlightTexts(page)).not.toContain('Olaf Scholz');
    await page.mouse.move(2, 2);
    await hoverText(page, 'Masahisa Sato');
    await (await cardDialog(page, 'Masahisa Sato')).waitFor();
    await page.keyboard.press('Escape');
    const cast = await page.evaluate(() => location.search);
    expect(cast).toBe('');
  });

  it('raised no errors', () => {
    expect(withoutNetworkNoise(errors)).toEqual([]);
  });
});
