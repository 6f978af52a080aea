// The popup in real Chromium: switches that act on an open tab at once, the cast and its
// jump-to-name, search over everything stored, the special states, keyboard and axe checks.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, pageCastOf, serveDirectory, tabIdOf, waitForHighlights } from '../../scripts/browser.mjs';
import { seriousA11yViolations } from './axe';
import { describeInBrowser } from './harness';
import { PopupPage } from './pages/popup';
import { cardDialog } from './overlay-helpers';

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

const SCREENSHOTS = '.output/screenshots';
const highlightCount = (page: Page) => page.evaluate(() => CSS.highlights.get('dramatis-mention')?.size ?? 0);

describeInBrowser('popup panel', (executablePath) => {
  let browser: Launched;
  let server: { url: string; close: () => Promise<void> };
  let article: Page;
  const openPopup = async (tab: Page = article, options: { size?: boolean } = {}) =>
    PopupPage.open(browser.context, browser.extensionId, await tabIdOf(browser.worker, tab), options);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveDirectory('tests/e2e/fixtures/popup');
    browser = await launchWithExtension({ executablePath });
    article = await browser.context.newPage();
    // A short window, so the later names are below the fold and a jump has to scroll.
    await article.setViewportSize({ width: 900, height: 320 });
    await article.goto(`${server.url}/`);
    await waitForHighlights(article);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('welcomes a first-time reader once', async () => {
    let popup = await openPopup();
    await popup.welcome.waitFor();
    expect(await seriousA11yViolations(popup.page)).toEqual([]);
    await popup.welcome.getByRole('button', { name: 'Got it' }).click();
    await popup.welcome.waitFor({ state: 'detached' });
    await popup.page.close();
    popup = await openPopup();
    await popup.cast.waitFor();
    expect(await popup.welcome.count()).toBe(0);
    await popup.page.close();
  });

  it('opens from the toolbar about the active tab', async () => {
    // The real popup (chrome.action.openPopup) is not a Playwright page; another page of the
    // extension can read it through chrome.extension.getViews.
    const helper = await browser.context.newPage();
    await helper.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await article.bringToFront();
    await browser.worker.evaluate('chrome.action.openPopup()');
    const popupState = () =>
      helper.evaluate(() => {
        const extension = (globalThis as unknown as { chrome: { extension: { getViews: (filter: object) => Window[] } } }).chrome.extension;
        const view = extension.getViews({ type: 'popup' })[0];
        if (!view) return null;
        const site = view.document.querySelector('.popup-site label')?.textContent ?? null;
        return { site, names: [...view.document.querySelectorAll('.cast-name')].map((name) => name.textContent) };
      });
    await expect.poll(popupState).toEqual({ site: 'Dramatis on 127.0.0.1', names: expect.arrayContaining(['Yōko Kamikawa', 'Canberra']) });
    await helper.close();
  });

  it('lists the cast by kind, most mentioned first, with counts and first descriptors', async () => {
    const popup = await openPopup();
    await popup.cast.waitFor();
    const people = await popup.namesUnder('People');
    expect(people).toEqual(expect.arrayContaining(['Penny Wong', 'Fumio Kishida', 'Anthony Albanese']));
    expect(await popup.namesUnder('Places')).toEqual(expect.arrayContaining(['Osaka', 'Canberra', 'Tokyo']));
    expect(await popup.namesUnder('Organizations')).toContain('Lowy Institute');
    await expect(popup.kindSection('People').getByRole('heading').textContent()).resolves.toMatch(/People \(\d+\)/);
    // Each name shows its mention count and the descriptor that comes first in the article,
    // as the content script's dataset has them.
    const cast = (await pageCastOf(browser.worker, await tabIdOf(browser.worker, article))) as {
      dataset: { actors: Array<{ name: string; mentions: number; descriptors: Array<{ text: string; start: number }> }> };
    };
    let withDescriptor = 0;
    for (const name of ['Yōko Kamikawa', 'Penny Wong', 'Fumio Kishida']) {
      const actor = cast.dataset.actors.find((candidate) => candidate.name === name)!;
      const text = await popup.actor(name).textContent();
      expect(text).toContain(`${actor.mentions} mentions`);
      const first = [...actor.descriptors].sort((a, b) => a.start - b.start)[0];
      if (first) {
        withDescriptor++;
        expect(text).toContain(first.text);
      }
    }
    expect(withDescriptor).toBeGreaterThan(0);
    // Most mentioned first.
    const mentions = people.map((name) => cast.dataset.actors.find((actor) => actor.name === name)!.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    await popup.page.close();
  });

  it('jumps to an actor’s first mention in the page and opens its card', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup();
    await popup.actor('Fumio Kishida').click();
    const card = await cardDialog(article, 'Fumio Kishida');
    await card.waitFor({ state: 'visible' });
    // The first mention is now inside the window.
    const mentionTop = await article.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf('Fumio Kishida');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Fumio Kishida'.length);
        return range.getBoundingClientRect().top;
      }
      return null;
    });
    expect(await article.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(mentionTop).not.toBeNull();
    expect(mentionTop!).toBeGreaterThanOrEqual(0);
    expect(mentionTop!).toBeLessThan(320);
    await popup.page.close();
    // The card behaves like any card: Escape closes it.
    await article.bringToFront();
    await article.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('searches every stored actor, ignoring case and accents, and says where each was seen', async () => {
    const popup = await openPopup();
    await popup.search('yoko');
    await expect.poll(() => popup.searchResults.allTextContents()).toEqual([expect.stringContaining('Yōko Kamikawa')]);
    const result = popup.searchResults.first();
    await expect(result.textContent()).resolves.toContain('Seen in:');
    await expect(result.getByRole('link').textContent()).resolves.toMatch(/Foreign ministers meet in Osaka/);
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), result.getByRole('link').click()]);
    await expect.poll(() => opened.url()).toBe(`${server.url}/`);
    await opened.close();
    await popup.search('KISH');
    await expect.poll(() => popup.searchResults.allTextContents()).toEqual([expect.stringContaining('Fumio Kishida')]);
    await popup.search('zzqx');
    await popup.page.getByText('No stored name starts with “zzqx”.').waitFor();
    expect(await popup.searchResults.count()).toBe(0);
    await popup.page.close();
  });

  it('switches Dramatis off and on for this site at once in every open tab of it', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${server.url}/?again`);
    await waitForHighlights(other);
    const popup = await openPopup();
    await popup.cast.waitFor();
    await expect(popup.siteSwitch.getAttribute('aria-label')).resolves.toBeNull();
    await expect(popup.siteSwitch.isChecked()).resolves.toBe(true);
    await popup.siteSwitch.click();
    await expect.poll(() => highlightCount(article)).toBe(0);
    await expect.poll(() => highlightCount(other)).toBe(0);
    await other.close();
    await popup.note('Dramatis is switched off on 127.0.0.1').waitFor();
    const stored = (await browser.worker.evaluate("chrome.storage.local.get('settings')")) as { settings: { disabledSites: string[] } };
    expect(stored.settings.disabledSites).toEqual(['127.0.0.1']);
    await popup.siteSwitch.click();
    await expect.poll(() => highlightCount(article)).toBeGreaterThan(10);
    await popup.cast.waitFor();
    await popup.page.close();
  });

  it('switches Dramatis off everywhere and back on', async () => {
    const popup = await openPopup();
    await popup.enabledSwitch.click();
    await expect.poll(() => highlightCount(article)).toBe(0);
    await popup.note('Dramatis is switched off.').waitFor();
    expect(await popup.siteSwitch.count()).toBe(0);
    await popup.enabledSwitch.click();
    await expect.poll(() => highlightCount(article)).toBeGreaterThan(10);
    await popup.cast.waitFor();
    await popup.page.close();
  });

  it('says so when the page has no article', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/no-article.html`);
    const popup = await openPopup(page);
    await popup.note('No article found on this page.').waitFor();
    await popup.siteSwitch.waitFor();
    await popup.page.close();
    await page.close();
  });

  it('says so on browser pages where Dramatis cannot run', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version/');
    const popup = await openPopup(page);
    await popup.note(/Dramatis cannot read this page/).waitFor();
    expect(await popup.siteSwitch.count()).toBe(0);
    // Search still works there: it reads the store, not the page.
    await popup.searchBox.waitFor();
    await popup.page.close();
    await page.close();
  });

  it('is operable by keyboard in a sensible order with a visible focus ring', async () => {
    const popup = await openPopup();
    await popup.cast.waitFor();
    const focused = () =>
      popup.page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement;
        const style = getComputedStyle(element);
        const label = element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '';
        return {
          name: label.trim(),
          role: element.getAttribute('role') ?? element.tagName.toLowerCase(),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        };
      });
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await popup.page.keyboard.press('Tab');
      const now = await focused();
      expect(now.outline, `focus ring on ${now.name}`).toBe(true);
      order.push(`${now.role}:${now.name}`);
    }
    expect(order[0]).toBe('switch:Dramatis on all sites');
    expect(order[1]).toMatch(/^switch:Dramatis on 127\.0\.0\.1/);
    expect(order[2]).toBe('button:Forget articles read on 127.0.0.1');
    expect(order[3]).toBe('input:Search every name you have read about');
    const firstName = (await popup.namesUnder('People'))[0]!;
    expect(order[4]).toMatch(new RegExp(`^button:${firstName}`));
    // Enter on a name works like a click.
    await popup.page.keyboard.press('Enter');
    await (await cardDialog(article, firstName)).waitFor({ state: 'visible' });
    await popup.page.close();
  });

  it('forgets the articles read on this site after confirming', async () => {
    let popup = await openPopup();
    await popup.page.getByRole('button', { name: 'Forget articles read on 127.0.0.1' }).click();
    const confirm = popup.page.getByRole('group', { name: /Forget every article read on 127\.0\.0\.1/ });
    await confirm.waitFor();
    expect(await seriousA11yViolations(popup.page)).toEqual([]);
    // The safe choice has the focus.
    await expect(confirm.getByRole('button', { name: 'Cancel' }).evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await popup.page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await popup.search('kish');
    await popup.searchResults.first().waitFor();
    await popup.page.getByRole('button', { name: 'Forget articles read on 127.0.0.1' }).click();
    await confirm.getByRole('button', { name: 'Forget' }).click();
    await popup.page.getByText(/^Articles forgotten from 127\.0\.0\.1: [1-9]\d*\.$/).waitFor();
    await popup.page.close();
    popup = await openPopup();
    await popup.search('kish');
    await popup.page.getByText('No stored name starts with “kish”.').waitFor();
    await popup.page.close();
    // Reading the article again stores it again.
    await article.reload();
    await waitForHighlights(article);
  });

  it('has an axe check that does catch violations', async () => {
    const popup = await openPopup();
    await popup.page.evaluate(() => document.body.append(document.createElement('input')));
    expect((await seriousA11yViolations(popup.page)).map((violation) => violation.id)).toContain('label');
    await popup.page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations, ${scheme}`, async () => {
      const popup = await openPopup(article, { size: true });
      await popup.page.emulateMedia({ colorScheme: scheme });
      await popup.cast.waitFor();
      await popup.search('ka');
      await popup.searchResults.first().waitFor();
      expect(await seriousA11yViolations(popup.page)).toEqual([]);
      await popup.page.screenshot({ path: `${SCREENSHOTS}/popup-${scheme}.png`, fullPage: true });
      await popup.page.close();
    });
  }
});
