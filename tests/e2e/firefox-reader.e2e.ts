// The reader's flows in real Firefox (ESR), with the Firefox build installed as a temporary add-on:
// highlights on a news page, the hover card and its content, Escape, stepping through names from
// the keyboard command, the popup's on/off switch, a glossary entry that gets its own card, and
// Who's who.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hoverText, serveDirectory } from '../../scripts/browser.mjs';
import { launchFirefoxWithExtension } from '../../scripts/firefox.mjs';
import { describeInFirefox, firefoxTabIdOf, sendToTab, waitForText, type LaunchedFirefox } from './firefox-harness';

/** Texts of the highlighted names, in reading order. */
function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('dramatis-mention') ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  });
}

/** The open card's heading and text, or null when no card is open (read in the card's frame). */
async function openCard(page: Page): Promise<{ name: string; text: string } | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const card = await frame
      .evaluate(() => {
        if (!location.pathname.endsWith('/card.html')) return null;
        const dialog = document.querySelector('[role="dialog"]');
        return dialog ? { name: dialog.querySelector('h2')?.textContent ?? '', text: dialog.textContent ?? '' } : null;
      })
      .catch(() => null);
    if (card) return card;
  }
  return null;
}

const cardName = async (page: Page) => (await openCard(page))?.name ?? null;

describeInFirefox('reader flows in Firefox', (executablePath) => {
  let firefox: LaunchedFirefox;
  let server: { url: string; close: () => Promise<void> };
  let article: Page;

  beforeAll(async () => {
    server = await serveDirectory('demo');
    firefox = await launchFirefoxWithExtension({ executablePath });
    article = await firefox.browser.newPage();
    await article.goto(`${server.url}/`);
    await article.waitForFunction(() => (CSS.highlights.get('dramatis-mention')?.size ?? 0) > 0, { timeout: 15_000 });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('highlights the names of the news article, and nothing outside it', async () => {
    const texts = await highlightTexts(article);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts).toEqual(expect.arrayContaining(['Taro Aso', 'Liberal Democratic Party', 'Masahisa Sato']));
    expect(texts.join(' ')).not.toContain('Nippon Steel');
  });

  it('opens the card on hover with what the article says, and closes it with Escape', async () => {
    await article.mouse.move(2, 2);
    await hoverText(article, 'Masahisa Sato');
    await waitForText(article, () => cardName(article), (name) => name === 'Masahisa Sato');
    const text = (await openCard(article))!.text;
    expect(text).toContain('Person');
    expect(text).toContain('foreign affairs committee');
    expect(text).toMatch(/Mentioned \d+ times/);
    await article.keyboard.press('Escape');
    await waitForText(article, () => cardName(article), (name) => name === null);
  });

  it('steps through the names in reading order with the keyboard command', async () => {
    // From a fresh start at the top of the page, stepping begins with the first name in view.
    await article.reload();
    await article.waitForFunction(() => (CSS.highlights.get('dramatis-mention')?.size ?? 0) > 0, { timeout: 15_000 });
    await article.evaluate(() => window.scrollTo(0, 0));
    const order = await highlightTexts(article);
    const popup = await firefox.openExtensionPage('popup.html');
    const tabId = await firefoxTabIdOf(popup, article);
    await sendToTab(popup, tabId, { type: 'step-name', direction: 'next' });
    const first = await waitForText(article, () => cardName(article), (name) => name !== null);
    await sendToTab(popup, tabId, { type: 'step-name', direction: 'next' });
    const second = await waitForText(article, () => cardName(article), (name) => name !== null && name !== first);
    // The headline's names come first: "Taiwan and Japan’s ruling parties …".
    expect([first, second]).toEqual(order.slice(0, 2));
    expect(first).toBe('Taiwan');
    await article.bringToFront();
    await article.keyboard.press('Escape');
    await waitForText(article, () => cardName(article), (name) => name === null);
    await popup.close();
  });

  it('switches highlights off and on from the popup', async () => {
    const helper = await firefox.openExtensionPage('popup.html');
    const tabId = await firefoxTabIdOf(helper, article);
    await helper.close();
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    const size = async () => String((await highlightTexts(article)).length);
    const everywhere = 'input[role="switch"][aria-label="Dramatis on all sites"]';
    await popup.waitForSelector(everywhere);
    await popup.click(everywhere);
    await waitForText(article, size, (count) => count === '0');
    await popup.click(everywhere);
    await waitForText(article, size, (count) => Number(count) > 20);
    await popup.close();
  });

  it('highlights a glossary entry added in the options page, and its card shows the note', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await options.waitForSelector('#glossary-term');
    await options.type('#glossary-term', 'semiconductors');
    await options.select('#glossary-kind', 'other');
    await options.type('#glossary-note', 'Chips: Taiwan makes most of the advanced ones.');
    await options.click('#glossary form button[type="submit"]');
    await waitForText(article, async () => String((await highlightTexts(article)).includes('semiconductors')), (found) => found === 'true');
    await article.bringToFront();
    await article.mouse.move(2, 2);
    await hoverText(article, 'semiconductors');
    // The reader's note comes with the card's second part, from the background.
    await waitForText(article, async () => (await openCard(article))?.text ?? null, (text) => text?.includes('Chips: Taiwan makes most of the advanced ones.') ?? false);
    expect(await cardName(article)).toBe('semiconductors');
    await options.close();
  });

  it('finds a person of the article in Who’s who and shows what the article said', async () => {
    const who = await firefox.openExtensionPage('who.html');
    await who.waitForSelector('#who-search');
    await who.type('#who-search', 'aso');
    await waitForText(who, () => who.$eval('.who-row[data-id]', (row) => row.textContent).catch(() => null), (text) => text?.includes('Taro Aso') ?? false);
    await who.click('.who-row[data-id]');
    await waitForText(who, () => who.$eval('#who-actor-name', (h1) => h1.textContent).catch(() => null), (text) => text?.includes('Taro Aso') ?? false);
    const articles = await waitForText(who, () => who.$eval('.who-articles', (list) => list.textContent).catch(() => null), (text) => (text?.length ?? 0) > 0);
    expect(articles).toContain('Deputy Prime Minister');
    await who.close();
  });
});
