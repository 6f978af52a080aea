// The glossary end to end in real Chromium: an entry added or edited in the options page
// reaches an article tab that is already open — new highlights, the reader's note on the card,
// and an actor's name corrected — without reloading the article.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hoverText } from '../../scripts/browser.mjs';
import { describeInBrowser, openDemoArticle, type DemoArticle, type Launched } from './harness';
import { OptionsPage } from './pages/options';
import { cardDialog } from './overlay-helpers';

// How fast a change reaches an open tab is printed, not asserted: timings belong to benchmarks
// (a shared machine makes a timed assert flaky). The goal is within a second.

function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('dramatis-mention') ?? [])].map((range) => (range as Range).toString()));
}

/** Polls until the tab's highlights satisfy `check`; returns the ms since `started`. */
async function timeUntil(page: Page, check: (texts: string[]) => boolean, started = Date.now(), timeout = 10_000): Promise<number> {
  while (Date.now() - started < timeout) {
    if (check(await highlightedTexts(page))) return Date.now() - started;
    await page.waitForTimeout(25);
  }
  throw new Error(`highlights did not change within ${timeout} ms: ${JSON.stringify(await highlightedTexts(page))}`);
}

async function openCard(page: Page, text: string, name: string, timeout = 5_000) {
  // The options page was in front: a reader switches back to the article to hover.
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await hoverText(page, text);
  const card = await cardDialog(page, name);
  await card.waitFor({ state: 'visible', timeout });
  return card;
}

describeInBrowser('glossary: the options page updates an open article tab', (executablePath) => {
  let demo: DemoArticle | undefined;
  let browser: Launched;
  let article: Page;
  let options: OptionsPage;

  beforeAll(async () => {
    demo = await openDemoArticle(executablePath);
    ({ browser, article } = demo);
    options = await OptionsPage.open(browser.context, browser.extensionId);
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('highlights a new entry the engine did not find, and its card shows the note and link', async () => {
    expect(await highlightedTexts(article)).not.toContain('semiconductors');
    await options.fill({ term: 'semiconductors', kind: 'Other', note: 'Chips: Taiwan makes most of the advanced ones.', link: 'https://example.org/chips' });
    const clicked = Date.now();
    await options.addButton.click();
    const elapsed = await timeUntil(article, (texts) => texts.includes('semiconductors'), clicked);
    console.info(`glossary e2e: new entry highlighted in the open tab ${elapsed} ms after the click`);

    const card = await openCard(article, 'semiconductors', 'semiconductors');
    const note = card.getByRole('region', { name: 'Your note' });
    await expect(note.textContent()).resolves.toContain('Chips: Taiwan makes most of the advanced ones.');
    await expect(note.getByRole('link').getAttribute('href')).resolves.toBe('https://example.org/chips');
  });

  it('editing the entry moves the highlight and changes the card', async () => {
    await options.page.bringToFront();
    await options.glossary.getByRole('button', { name: 'Edit semiconductors' }).click();
    await options.fill({ term: 'chip supply chains', note: 'Edited in the options page.' });
    const clicked = Date.now();
    await options.saveButton.click();
    const elapsed = await timeUntil(article, (texts) => texts.includes('chip supply chains') && !texts.includes('semiconductors'), clicked);
    console.info(`glossary e2e: edited entry shown in the open tab ${elapsed} ms after the click`);

    const card = await openCard(article, 'chip supply chains', 'chip supply chains');
    await expect(card.getByRole('region', { name: 'Your note' }).textContent()).resolves.toContain('Edited in the options page.');
  });

  it('an entry corrects the name of an actor the engine found, and adds the note to its card', async () => {
    const before = await openCard(article, 'Masahisa Sato', 'Masahisa Sato');
    await expect(before.getByRole('region', { name: 'Your note' }).count()).resolves.toBe(0);

    await options.page.bringToFront();
    await options.fill({ term: 'Sato Masahisa', aliases: 'Masahisa Sato', kind: 'Person', note: 'Family name first, as in Japanese.', link: '' });
    await options.addButton.click();
    await expect.poll(async () => {
      const card = await openCard(article, 'Masahisa Sato', 'Sato Masahisa', 1_000).catch(() => null);
      return card ? card.getByRole('region', { name: 'Your note' }).textContent() : null;
    }, { timeout: 10_000 }).toContain('Family name first, as in Japanese.');
  });

  it('writes the entries to the browser’s sync storage, one key per entry', async () => {
    const synced = () =>
      browser.worker.evaluate(async () => {
        const sync = (globalThis as unknown as { chrome: { storage: { sync: { get(keys: null): Promise<Record<string, { t?: string; n?: string }>> } } } }).chrome.storage.sync;
        const items = await sync.get(null);
        return Object.entries(items).filter(([key]) => key.startsWith('g:')).map(([, value]) => `${value.t}: ${value.n}`).sort();
      });
    await expect.poll(synced, { timeout: 10_000 }).toEqual(['Sato Masahisa: Family name first, as in Japanese.', 'chip supply chains: Edited in the options page.']);
    // The options page hears the sync engine's status.
    await expect.poll(() => options.page.getByRole('status', { name: 'Sync status' }).textContent(), { timeout: 10_000 }).toContain('Synced with your other browsers.');
  });

  it('deleting the entry takes its highlight away again', async () => {
    await options.page.bringToFront();
    const clicked = Date.now();
    await options.glossary.getByRole('button', { name: 'Delete chip supply chains' }).click();
    const elapsed = await timeUntil(article, (texts) => !texts.includes('chip supply chains'), clicked);
    console.info(`glossary e2e: deleted entry unhighlighted in the open tab ${elapsed} ms after the click`);
  });
});
