// Reading with the overlay on an ordinary article page: highlights that leave the page as it
// was, hover intent, touch, keyboard stepping, the card's content and placement, live settings.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveDirectory, tabIdOf, waitForHighlights } from '../../scripts/browser.mjs';
import { describeInBrowser } from './harness';
import { cardDialog, cardFrame, collectErrors, commandsOf, FIXTURES, highlightTexts, mutations, onCard, openCardName, pointOf, recordMutations, setSettings, stepName, withoutNetworkNoise } from './overlay-helpers';

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

const CARD = cardDialog;

describeInBrowser('overlay on an article page', (executablePath) => {
  let browser: Launched;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await serveDirectory(FIXTURES);
    browser = await launchWithExtension({ executablePath });
    page = await browser.context.newPage();
    errors = collectErrors(page);
    await recordMutations(page);
    await page.goto(`${server.url}/article.html`);
    await waitForHighlights(page);
    // Every card that opens, in order: recorded inside the card frame, where the card is drawn.
    await (await cardFrame(page)).evaluate(() => {
      const opened: string[] = [];
      (window as unknown as { __opened: string[] }).__opened = opened;
      new MutationObserver(() => {
        const name = document.querySelector('[role="dialog"] h2')?.textContent;
        if (name && opened.at(-1) !== name) opened.push(name);
        if (!name) opened.push('');
      }).observe(document.body, { childList: true, subtree: true });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const opened = async () => (await (await cardFrame(page)).evaluate(() => [...(window as unknown as { __opened: string[] }).__opened])).filter(Boolean);
  const closeCard = async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => openCardName(page)).toBeNull();
  };

  describe('highlights', () => {
    it('marks the article’s names — headline, standfirst, body, caption — and nothing outside it', async () => {
      const texts = await highlightTexts(page);
      expect(texts).toEqual(expect.arrayContaining(['Sato', 'Aso', 'Tokyo', 'Taro Aso', 'Masahisa Sato', 'Liberal Democratic Party', 'LDP', 'Emmanuel Macron', 'Angela Merkel']));
      // Navigation, related links, comments and footer names stay unmarked.
      for (const outside of ['Nippon Steel', 'Kishida Fumio', 'Shinzo Abe', 'Fumio Kishida', 'Bob Smith', 'Chicago', 'Fixture Times Group']) {
        expect(texts).not.toContain(outside);
      }
    });

    it('leaves the page’s DOM as it was apart from the one host element', async () => {
      await page.mouse.move(5, 5);
      const { x, y } = await pointOf(page, 'Masahisa Sato', 'article');
      await page.mouse.move(x, y, { steps: 4 });
      await (await CARD(page, 'Masahisa Sato')).waitFor();
      await closeCard();
      const log = await mutations(page);
      expect(log.length).toBeGreaterThan(0);
      expect(log.filter((entry) => !/^(add|remove) dramatis-overlay (to|from) html$/.test(entry))).toEqual([]);
    });

    it('keeps selection, copy text and find-in-page as they were', async () => {
      const { selected, found } = await page.evaluate(() => {
        const paragraph = document.querySelectorAll('article p')[1]!;
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const selected = selection.toString();
        selection.removeAllRanges();
        const found = (window as unknown as { find: (text: string) => boolean }).find('Masahisa Sato');
        getSelection()!.removeAllRanges();
        return { selected, found };
      });
      expect(selected).toBe(await page.locator('article p').nth(1).textContent());
      expect(found).toBe(true);
    });

    it('follows the highlight style and kinds settings live', async () => {
      await setSettings(browser.worker, { highlightStyle: 'none' });
      await page.waitForFunction(() => !CSS.highlights.has('dramatis-mention'));
      await setSettings(browser.worker, { highlightStyle: 'underline', kinds: { person: true, organization: true, place: false, other: true } });
      await page.waitForFunction(() => CSS.highlights.has('dramatis-mention'));
      await expect.poll(() => highlightTexts(page)).not.toContain('Tokyo');
      const texts = await highlightTexts(page);
      expect(texts).toContain('Masahisa Sato');
      await setSettings(browser.worker, { highlightStyle: 'subtle', kinds: { person: true, organization: true, place: true, other: true } });
      await expect.poll(() => highlightTexts(page)).toContain('Tokyo');
    });
  });

  describe('hover', () => {
    it('waits for the hover delay from the settings before opening', async () => {
      await setSettings(browser.worker, { hoverDelayMs: 900 });
      await page.mouse.move(5, 5);
      const { x, y } = await pointOf(page, 'Emmanuel Macron', 'article');
      await page.mouse.move(x, y, { steps: 3 });
      const restedAt = await page.evaluate(() => performance.now());
      await (await CARD(page, 'Emmanuel Macron')).waitFor();
      const openedAt = await page.evaluate(() => {
        const marks = performance.getEntriesByType('mark');
        return performance.now() - 0 * marks.length;
      });
      // A lower bound only: a slow machine makes it later, never earlier.
      expect(openedAt - restedAt).toBeGreaterThanOrEqual(600);
      await closeCard();
      await setSettings(browser.worker, { hoverDelayMs: 350 });
    });

    it('does not open a card when the pointer only flies over a name', async () => {
      const before = (await opened()).length;
      const from = await pointOf(page, 'Deputy Prime Minister Taro', 'article p:nth-of-type(2)', 0, 0);
      await page.mouse.move(from.x - 60, from.y);
      // Straight across the line, through "Taro Aso" and "Masahisa Sato", without stopping.
      await page.mouse.move(from.x + 700, from.y, { steps: 12 });
      await page.mouse.move(5, 5);
      // Then rest on a name: its card is the only one that opens.
      const rest = await pointOf(page, 'Lo Chih-cheng', 'article');
      await page.mouse.move(rest.x, rest.y, { steps: 2 });
      await (await CARD(page, 'Lo Chih-cheng')).waitFor();
      expect((await opened()).slice(before)).toEqual(['Lo Chih-cheng']);
      await closeCard();
    });

    it('stays open while the pointer is on the card, closes after a grace period off it', async () => {
      const { x, y } = await pointOf(page, 'Masahisa Sato', 'article');
      await page.mouse.move(x, y, { steps: 3 });
      const card = await CARD(page, 'Masahisa Sato');
      await card.waitFor();
      const box = (await card.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 });
      // Longer than the grace period (300 ms): the card must still be there.
      await page.waitForTimeout(700);
      expect(await card.isVisible()).toBe(true);
      await page.mouse.move(5, 5, { steps: 3 });
      await card.waitFor({ state: 'detached', timeout: 3_000 });
    });

    it('hit-tests the live text: a name wrapped over two lines, and zoomed text', async () => {
      const lines = await page.evaluate(() => {
        const p = document.getElementById('wrapped')!;
        const text = p.firstChild as Text;
        const at = text.data.indexOf('Masahisa Sato');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 'Masahisa Sato'.length);
        p.scrollIntoView({ block: 'center' });
        return Array.from(range.getClientRects()).map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
      });
      expect(lines.length).toBe(2);
      await page.mouse.move(5, 5);
      await page.mouse.move(lines[1]!.x, lines[1]!.y, { steps: 3 });
      await (await CARD(page, 'Masahisa Sato')).waitFor();
      await closeCard();
      const zoomed = await pointOf(page, 'Yoshimasa Hayashi', '#zoomed');
      await page.mouse.move(zoomed.x, zoomed.y, { steps: 3 });
      await (await CARD(page, 'Yoshimasa Hayashi')).waitFor();
      await closeCard();
    });

    it('opens a card on a touch tap', async () => {
      const cdp: CDPSession = await browser.context.newCDPSession(page);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      const { x, y } = await pointOf(page, 'Angela Merkel', 'article');
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await (await CARD(page, 'Angela Merkel')).waitFor({ timeout: 5_000 });
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
      await cdp.detach();
      await closeCard();
    });
  });

  describe('keyboard', () => {
    it('declares next/previous-name shortcuts the reader can change', async () => {
      const commands = await commandsOf(browser.worker);
      const byName = Object.fromEntries(commands.map((command) => [command.name, command]));
      expect(byName['next-name']?.shortcut).toBe('Alt+Shift+J');
      expect(byName['previous-name']?.shortcut).toBe('Alt+Shift+K');
    });

    it('steps through names in reading order, moving focus into the card and back', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.focus('#subscribe');
      const tabId = await tabIdOf(browser.worker, page);
      const step = (direction: 'next' | 'previous') => stepName(browser.worker, tabId, direction);
      const order = await highlightTexts(page);
      await step('next');
      // Focus is in the card: on its frame in the page, on the dialog inside the frame.
      await expect.poll(() => onCard(page, (card) => document.hasFocus() && document.activeElement === card)).toBe(true);
      const first = await openCardName(page);
      await step('next');
      await expect.poll(() => openCardName(page)).not.toBe(first);
      const second = await openCardName(page);
      await step('previous');
      await expect.poll(() => openCardName(page)).toBe(first);
      // The names come in the order of the highlights (reading order): the headline's first.
      expect(order[0]).toBe('Sato');
      expect([first, second]).toEqual(['Masahisa Sato', 'Taro Aso']);
      const dialog = await onCard(page, (card) => ({ modal: card.getAttribute('aria-modal'), label: document.getElementById(card.getAttribute('aria-labelledby')!)?.textContent }));
      expect(dialog).toEqual({ modal: 'false', label: 'Masahisa Sato' });
      await page.keyboard.press('Escape');
      await expect.poll(() => openCardName(page)).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('subscribe');
    });

    it('scrolls a name far down the page into view', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      const tabId = await tabIdOf(browser.worker, page);
      // From the top, "previous" wraps round to the last name of the article.
      await stepName(browser.worker, tabId, 'previous');
      await expect.poll(() => openCardName(page)).toMatch(/^(Angela Merkel|Berlin)$/);
      const inView = await page.evaluate(() => {
        const rect = document.getElementById('last')!.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      });
      expect(inView).toBe(true);
      await closeCard();
    });
  });

  describe('card', () => {
    it('shows kind, descriptors with jump-to-mention, aliases, quotes and mention count', async () => {
      const { x, y } = await pointOf(page, 'Masahisa Sato', 'article');
      await page.mouse.move(5, 5);
      await page.mouse.move(x, y, { steps: 3 });
      const card = await CARD(page, 'Masahisa Sato');
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('Person');
      expect(text).toContain("the chair of the party's foreign affairs committee");
      expect(text).toContain('Sato');
      expect(text).toContain('We will keep talking,');
      expect(text).toMatch(/Mentioned \d+ times/);
      await card.getByRole('button', { name: /Show “the chair/ }).click();
      await page.waitForFunction(() => CSS.highlights.has('dramatis-focus'));
      await closeCard();
    });

    it('stays inside the viewport and shifts no layout', async () => {
      await page.setViewportSize({ width: 420, height: 500 });
      // Put the last name of the article near the bottom edge: the card must flip above it.
      await pointOf(page, 'Angela Merkel', '#last');
      await page.evaluate(() => {
        const rect = document.getElementById('last')!.getBoundingClientRect();
        window.scrollBy(0, rect.bottom - innerHeight + 8);
      });
      const point = await page.evaluate(() => {
        const text = document.getElementById('last')!.firstChild as Text;
        const at = text.data.indexOf('Merkel');
        const range = document.createRange();
        range.setStart(text, at + 2);
        range.setEnd(text, at + 3);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      expect(point.y).toBeGreaterThan(400);
      // The resize and the scroll are laid out at the next frames; let them paint before
      // watching, so only what the card does is measured.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.evaluate(() => {
        const shifts: string[] = [];
        (window as unknown as { __shifts: string[] }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const shift = entry as unknown as { value: number; sources?: { node?: Node }[] };
            const nodes = (shift.sources ?? []).map((source) => source.node?.nodeName ?? '?').join(',');
            shifts.push(`${shift.value.toFixed(3)} (${nodes})`);
          }
        }).observe({ type: 'layout-shift' });
      });
      await page.mouse.move(5, 5);
      await page.mouse.move(point.x, point.y, { steps: 3 });
      const card = await CARD(page, 'Angela Merkel');
      await card.waitFor();
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(420);
      expect(box.y + box.height).toBeLessThanOrEqual(500);
      expect(box.y + box.height).toBeLessThanOrEqual(point.y);
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
      await closeCard();
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('is readable in dark mode and honors forced colors', async () => {
      const background = async () => {
        const { x, y } = await pointOf(page, 'Taro Aso', 'article p:nth-of-type(2)');
        await page.mouse.move(5, 5);
        await page.mouse.move(x, y, { steps: 3 });
        await (await CARD(page, 'Taro Aso')).waitFor();
        const colors = await onCard(page, (card) => {
          const style = getComputedStyle(card);
          return { bg: style.backgroundColor, fg: style.color };
        });
        await closeCard();
        return colors;
      };
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await background();
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
      const forced = await page.evaluate(() => [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('forced-colors'))));
      await page.emulateMedia({ forcedColors: 'none' });
      expect(light.bg).toBe('rgb(255, 255, 255)');
      expect(dark.bg).not.toBe(light.bg);
      expect(dark.fg).not.toBe(light.fg);
      expect(forced).toBe(true);
    });
  });

  it('shows what earlier articles said about the actor', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${server.url}/csp.html`);
    await waitForHighlights(other);
    const { x, y } = await pointOf(other, 'Masahisa Sato', 'article');
    await other.mouse.move(5, 5);
    await other.mouse.move(x, y, { steps: 3 });
    const card = await CARD(other, 'Masahisa Sato');
    await card.waitFor();
    const earlier = card.getByRole('region', { name: 'In earlier articles' });
    await earlier.waitFor();
    await expect(earlier.getByRole('link').first().textContent()).resolves.toBe('Sato and Aso meet in Tokyo'); // the article's own headline, without the site's name
    expect(await earlier.textContent()).toContain("the chair of the party's foreign affairs committee");
    await other.close();
  });

  it('does not animate the card for readers who prefer reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { x, y } = await pointOf(page, 'Lo Chih-cheng', 'article');
    await page.mouse.move(5, 5);
    await page.mouse.move(x, y, { steps: 3 });
    await (await CARD(page, 'Lo Chih-cheng')).waitFor();
    const animation = await onCard(page, (card) => getComputedStyle(card).animationName);
    expect(animation).toBe('none');
    await closeCard();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('closes the card when its name scrolls out of view', async () => {
    const { x, y } = await pointOf(page, 'Lo Chih-cheng', 'article');
    await page.mouse.move(5, 5);
    await page.mouse.move(x, y, { steps: 3 });
    await (await CARD(page, 'Lo Chih-cheng')).waitFor();
    await page.mouse.wheel(0, 1600);
    await expect.poll(() => openCardName(page)).toBeNull();
  });

  it('picks highlight colors for the page’s own background, light or dark', async () => {
    const sheetText = (target: Page) => target.evaluate(() => [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join(' '));
    const dark = await browser.context.newPage();
    await dark.goto(`${server.url}/dark.html`);
    await waitForHighlights(dark);
    expect(await sheetText(dark)).toContain('rgba(255, 210, 80');
    expect(await sheetText(page)).not.toContain('rgba(255, 210, 80');
    await dark.close();
  });

  it('draws the subtle style visibly on light and dark pages and in forced colors', async () => {
    /** Pixels of the name's box with the highlight drawn and with highlightStyle none. */
    const drawn = async (target: Page) => {
      const { x, y } = await pointOf(target, 'Masahisa Sato', 'article');
      const clip = { x: x - 40, y: y - 12, width: 80, height: 24 };
      await target.mouse.move(1, 1);
      const on = await target.screenshot({ clip });
      await setSettings(browser.worker, { highlightStyle: 'none' });
      await target.waitForFunction(() => !CSS.highlights.has('dramatis-mention'));
      const off = await target.screenshot({ clip });
      await setSettings(browser.worker, { highlightStyle: 'subtle' });
      await target.waitForFunction(() => CSS.highlights.has('dramatis-mention'));
      return { on, off };
    };
    const light = await drawn(page);
    expect(light.on.equals(light.off)).toBe(false);
    const dark = await browser.context.newPage();
    await dark.goto(`${server.url}/dark.html`);
    await waitForHighlights(dark);
    const onDark = await drawn(dark);
    expect(onDark.on.equals(onDark.off)).toBe(false);
    await dark.close();
    // Forced colors (Windows high contrast) replace page colors: the mark must still show.
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await drawn(page);
    await page.emulateMedia({ forcedColors: 'none' });
    expect(forced.on.equals(forced.off)).toBe(false);
  });

  it('raised no errors in the page', () => {
    expect(withoutNetworkNoise(errors)).toEqual([]);
  });
});
