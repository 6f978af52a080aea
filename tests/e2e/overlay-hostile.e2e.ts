// Hostile and heavy pages: markup-looking names, a strict Content-Security-Policy, replaced
// built-ins, a 2 MB article, frames, editable fields, shadow DOM, pages without an article,
// and a browser without the Highlight API (the wrapping fallback). The extension throws no
// uncaught error and the page keeps working.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hoverText, launchWithExtension, pageCastOf, serveDirectory, tabIdOf, waitForHighlights } from '../../scripts/browser.mjs';
import { describeInBrowser } from './harness';
import { bigArticleHtml } from './fixtures/big-article.mjs';
import { cardDialog, collectErrors, FIXTURES, highlightTexts, onCard, openCardName, setSettings, withoutNetworkNoise } from './overlay-helpers';

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'; frame-src 'none'";

describeInBrowser('overlay on hostile and heavy pages', (executablePath) => {
  let browser: Launched;
  let server: { url: string; close: () => Promise<void> };
  let big: { url: string; close: () => Promise<void> };
  let work: string;

  beforeAll(async () => {
    const headers = (path: string): Record<string, string> => (path === '/csp.html' ? { 'content-security-policy': STRICT_CSP } : {});
    server = await serveDirectory(FIXTURES, { headers });
    work = mkdtempSync(join(tmpdir(), 'dramatis-big-'));
    writeFileSync(join(work, 'big-article.html'), bigArticleHtml());
    big = await serveDirectory(work);
    browser = await launchWithExtension({ executablePath });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await big?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Opens a fixture in a fresh tab and collects its errors. */
  async function open(path: string, base = server.url): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${base}/${path}`);
    return { page, errors };
  }

  async function castState(page: Page): Promise<string> {
    const cast = (await pageCastOf(browser.worker, await tabIdOf(browser.worker, page))) as { state: string };
    return cast.state;
  }

  it('renders names and text that look like markup as text', async () => {
    const { page, errors } = await open('markup.html');
    await waitForHighlights(page);
    const texts = await highlightTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['Anna Schmidt', 'Berlin', 'Maria Garcia']));
    await hoverText(page, 'Anna Schmidt');
    await (await cardDialog(page, 'Anna Schmidt')).waitFor();
    const card = await onCard(page, (root) => ({ elements: root.querySelectorAll('img, script, b, p p').length, text: root.textContent ?? '' }));
    expect(card.elements).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(withoutNetworkNoise(errors)).toEqual([]);
    await page.close();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const { page, errors } = await open('csp.html');
    await waitForHighlights(page);
    await hoverText(page, 'Masahisa Sato');
    await (await cardDialog(page, 'Masahisa Sato')).waitFor();
    // Framed and styled despite the policy (frame-src 'none', style-src 'none').
    const background = await onCard(page, (card) => getComputedStyle(card).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    expect(withoutNetworkNoise(errors).filter((e) => !e.includes('Content Security Policy') || e.includes('chrome-extension'))).toEqual([]);
    await page.close();
  });

  it('survives a page that replaces Array.prototype.map, JSON.stringify, fetch and more', async () => {
    const { page, errors } = await open('poison.html');
    await waitForHighlights(page);
    await hoverText(page, 'Masahisa Sato');
    await (await cardDialog(page, 'Masahisa Sato')).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pageWorks: () => string }).__pageWorks())).toBe('page script still works');
    // The extension never called the page's replaced built-ins (they count every call).
    const calls = await page.evaluate(() => (window as unknown as { __poisonCalls: string[] }).__poisonCalls.slice());
    // Calls made by the test driver's own evaluation (Playwright's UtilityScript) are not ours.
    const fromPage = calls.filter((stack) => !stack.includes('UtilityScript') && /at (?!record|Object\.get)\S/.test(stack.split('\n').slice(3).join('\n')));
    expect(fromPage).toEqual([]);
    expect(withoutNetworkNoise(errors)).toEqual([]);
    await page.close();
  });

  it('highlights a 2 MB article without breaking the page', async () => {
    const { page, errors } = await open('big-article.html', big.url);
    const count = await waitForHighlights(page, 60_000);
    expect(count).toBeGreaterThan(10_000);
    // The page stays responsive: a hover on a name deep in the article opens its card.
    await page.evaluate(() => document.querySelectorAll('article p')[5000]!.scrollIntoView({ block: 'center' }));
    const point = await page.evaluate(() => {
      const paragraph = document.querySelectorAll('article p')[5000]!;
      const text = paragraph.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf(', ') + 3;
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x - 30, point.y - 30);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => openCardName(page), { timeout: 10_000 }).not.toBeNull();
    expect(withoutNetworkNoise(errors)).toEqual([]);
    await page.close();
  });

  it('reads the top page only, leaving frames alone', async () => {
    const { page, errors } = await open('iframe.html');
    await waitForHighlights(page);
    expect(await highlightTexts(page)).toContain('Masahisa Sato');
    // The page's own frames, found through their elements: the extension's card frame sits in a
    // closed shadow root and, while it loads, has no card.html URL yet to tell it apart by.
    const frameElements = await page.$$('#same, #srcdoc');
    const frames = (await Promise.all(frameElements.map((element) => element.contentFrame()))).filter((frame) => frame !== null);
    expect(frames.length).toBe(2);
    for (const frame of frames) {
      await frame.waitForLoadState();
      const state = await frame.evaluate(() => ({ highlights: CSS.highlights.size, hosts: document.querySelectorAll('dramatis-overlay').length }));
      expect(state).toEqual({ highlights: 0, hosts: 0 });
    }
    expect(withoutNetworkNoise(errors)).toEqual([]);
    await page.close();
  });

  it('never touches contenteditable or form fields', async () => {
    const { page, errors } = await open('forms.html');
    await waitForHighlights(page);
    const ranges = await page.evaluate(() =>
      [...(CSS.highlights.get('dramatis-mention') ?? [])].map((range) => {
        const element = (range as Range).startContainer.parentElement!;
        return element.closest('[contenteditable], textarea, input, select, form') !== null;
      }),
    );
    expect(ranges.length).toBeGreaterThan(3);
    expect(ranges.filter(Boolean)).toEqual([]);
    // Editing still works, and the fields keep their values.
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed.');
    expect(await page.textContent('#editor')).toContain('right now. Typed.');
    expect(await page.inputValue('#textarea')).toBe('Emmanuel Macron visited Paris with Olaf Scholz, the reader wrote in a comment.');
    expect(await page.inputValue('#input')).toBe('Angela Merkel in Berlin');
    expect(withoutNetworkNoise(errors)).toEqual([]);
    await page.close();
  });

  it('reads a story rendered in an open shadow root, leaves closed ones alone', async () => {
    const { page, errors } = await open('shadow.html');
    await waitForHighlights(page);
    const texts = await highlightTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['Masahisa Sato', 'Taro Aso', 'Tokyo']));
    expect(texts).not.toContain('Angela Merkel');
    // The highlight is styled inside the shadow tree, and hover finds names there.
    const styled = await page.evaluate(() => document.querySelector('news-story')!.shadowRoot!.adoptedStyleSheets.length);
    expect(styled).toBe(1);
    const point = await page.evaluate(() => {
      const paragraph = document.querySelector('news-story')!.shadowRoot!.querySelectorAll('p')[0]!;
      const text = paragraph.firstChild as Text;
      const at = text.data.indexOf('Masahisa Sato') + 3;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x - 30, point.y - 30);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await (await cardDialog(page, 'Masahisa Sato')).waitFor();
    // The component still renders its own content as before.
    const inside = await page.evaluate(() => document.querySelector('news-story')!.shadowRoot!.querySelector('p')!.textContent);
    expect(inside).toContain('Taro Aso met Masahisa Sato, the chair');
    expect(withoutNetworkNoise(errors)).toEqual([]);
    await page.close();
  });

  for (const path of ['search.html', 'login.html', 'app.html']) {
    it(`finds no article on ${path} and highlights nothing`, async () => {
      const { page, errors } = await open(path);
      await expect.poll(() => castState(page), { timeout: 10_000 }).toBe('no-article');
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      // A release build leaves nothing in the page's performance timeline.
      expect(await page.evaluate(() => performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('dramatis')).length)).toBe(0);
      expect(withoutNetworkNoise(errors)).toEqual([]);
      await page.close();
    });
  }

  it('wraps names in marks where the Highlight API is missing, and unwraps them cleanly', async () => {
    // Switch Dramatis off, take the Highlight API away from its content script's world, then on.
    await setSettings(browser.worker, { enabled: false });
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const cdp = await browser.context.newCDPSession(page);
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    await page.goto(`${server.url}/article.html`);
    const original = await page.evaluate(() => document.body.innerHTML);
    await expect.poll(() => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))).toBeTruthy();
    const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))!;
    const removed = await cdp.send('Runtime.evaluate', { contextId: isolated.id, expression: 'delete CSS.highlights; delete window.Highlight; "highlights" in CSS', returnByValue: true });
    expect(removed.result.value).toBe(false);
    await setSettings(browser.worker, { enabled: true });
    await page.waitForFunction(() => document.querySelectorAll('dramatis-mark').length > 5);
    const marked = await page.evaluate(() => [...document.querySelectorAll('dramatis-mark')].map((mark) => mark.textContent));
    expect(marked).toEqual(expect.arrayContaining(['Masahisa Sato', 'Taro Aso', 'Tokyo']));
    expect(await page.evaluate(() => document.body.innerText.includes('Deputy Prime Minister Taro Aso met Masahisa Sato, the chair'))).toBe(true);
    // Hover still finds the name (through its mark).
    await hoverText(page, 'Lo Chih-cheng');
    await (await cardDialog(page, 'Lo Chih-cheng')).waitFor();
    await page.keyboard.press('Escape');
    // Switching off puts the page back exactly as it was.
    await setSettings(browser.worker, { enabled: false });
    await page.waitForFunction(() => document.querySelectorAll('dramatis-mark').length === 0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    await setSettings(browser.worker, { enabled: true });
    expect(withoutNetworkNoise(errors)).toEqual([]);
    await page.close();
  });
});
