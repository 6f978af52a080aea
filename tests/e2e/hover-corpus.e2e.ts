// Hovering names on every corpus news page in real Chromium, as a reader would: for each labeled
// person and organization, the first place the article's own text (Readability's body, the text
// the gold was labeled over) has one of its names is hovered, and its card must open, named
// after it. Goal: at least 90% of them over all pages.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, serveDirectory } from '../../scripts/browser.mjs';
import { cleanText, corpusPages } from '../../scripts/corpus';
import { describeInBrowser } from './harness';
import { openCardName, setSettings } from './overlay-helpers';

/** The issue's goal. */
const GOAL = 0.9;
/** Below what the engine reaches today (222 of 243, 91.4%, in three runs on 2026-12-06 once the
 *  test no longer raced the closing card: see the closing note); the test holds this floor. */
const FLOOR = 0.88;
/** The pages of the held-out fold C, whose errors nobody reads while changing the engine. */
const HELD_OUT: ReadonlySet<string> = new Set((JSON.parse(readFileSync('tests/corpus/folds.json', 'utf8')) as { folds: Record<string, string[]> }).folds.C ?? []);
/** ms to wait for a card after resting on a name (the hover delay is set to its shortest, 100 ms). */
const CARD_WAIT_MS = 2_500;

interface GoldActor {
  name: string;
  kind: string;
  mentions: string[];
}

const fold = (text: string) => text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Where the page's text has `needle` inside a block of the article body: viewport point, or null.
 * A sentence is preferred to a caption line or a credit ("Nintendo/Apple"): where a reader meets the name.
 * An occurrence inside another labeled actor's longer name is not this actor's ("Dolby" of "Dolby
 * Atmos" opens the Dolby Atmos card, rightly): `longer` lists those names.
 */
async function pointInBody(page: Page, needle: string, body: string, longer: readonly string[]): Promise<{ x: number; y: number } | null> {
  return (await pointIn(page, needle, body, longer, true)) ?? pointIn(page, needle, body, longer, false);
}

function pointIn(page: Page, needle: string, body: string, longer: readonly string[], sentenceOnly: boolean): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ needle, body, longer, sentenceOnly }) => {
      const fold = (text: string) => text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let at = node.data.indexOf(needle);
        while (at >= 0) {
          const before = node.data[at - 1] ?? ' ';
          const after = node.data[at + needle.length] ?? ' ';
          const whole = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
          const insideLonger = longer.some((name) => {
            for (let from = node.data.indexOf(name); from >= 0; from = node.data.indexOf(name, from + 1)) if (from <= at && at + needle.length <= from + name.length) return true;
            return false;
          });
          const block = node.parentElement?.closest('p, li, h1, h2, h3, h4, figcaption, blockquote, td, dd, div');
          // A caption nested inside a paragraph ("<p><span class=caption>Nintendo/Apple</span> Nintendo and …")
          // is not the paragraph's sentence.
          const inCaption = node.parentElement?.closest('figcaption, [class*="caption"], [class*="credit"], [class*="attribution"]') != null;
          const sentence = !inCaption && (block?.textContent ?? '').trim().split(/\s+/).length >= 8;
          if (whole && !insideLonger && block && (sentence || !sentenceOnly) && body.includes(fold(block.textContent ?? '').slice(0, 200))) {
            node.parentElement!.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            const middle = at + Math.floor(needle.length / 2);
            range.setStart(node, middle);
            range.setEnd(node, middle + 1);
            const rect = range.getClientRects()[0];
            if (rect && rect.width > 0) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          at = node.data.indexOf(needle, at + 1);
        }
      }
      return null;
    },
    { needle, body, longer, sentenceOnly },
  );
}

describeInBrowser('hovering labeled names on the corpus news pages', (executablePath) => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let server: { url: string; close: () => Promise<void> };
  const results: Array<{ page: string; tried: number; opened: number; misses: string[] }> = [];

  beforeAll(async () => {
    server = await serveDirectory('tests/corpus');
    browser = await launchWithExtension({ executablePath });
    await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    await setSettings(browser.worker, { hoverDelayMs: 100 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const corpusPage of corpusPages().filter((p) => p.sourceHtml)) {
    it(`${corpusPage.name}: hovers its people and organizations`, { timeout: 240_000 }, async () => {
      const gold = JSON.parse(readFileSync(corpusPage.gold, 'utf8')) as { actors: GoldActor[] };
      const body = fold(cleanText(corpusPage));
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/${corpusPage.name}/source.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => (CSS.highlights.get('dramatis-mention')?.size ?? 0) > 0, null, { timeout: 20_000 }).catch(() => undefined);
      const result = { page: corpusPage.name, tried: 0, opened: 0, misses: [] as string[] };
      for (const actor of gold.actors.filter((a) => a.kind === 'person' || a.kind === 'organization')) {
        // The longest of its names that the article's text has (the fullest form first).
        const forms = [...new Set([actor.name, ...actor.mentions])].sort((a, b) => b.length - a.length);
        let point: { x: number; y: number } | null = null;
        // Other actors' names that hold this form ("Dolby Atmos" holds "Dolby").
        const othersForms = gold.actors.filter((other) => other !== actor).flatMap((other) => [other.name, ...other.mentions]);
        for (const form of forms) if (!point) point = await pointInBody(page, form, body, othersForms.filter((name) => name.length > form.length && name.includes(form)));
        if (!point) continue;
        result.tried++;
        await page.mouse.move(1, 1);
        await page.keyboard.press('Escape');
        // Let the closed card's frame leave the screen before moving on: for a frame after it hides,
        // Chromium may still route the pointer to that frame, and the page would see no move.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await page.mouse.move(point.x, point.y, { steps: 3 });
        const accepted = new Set([actor.name, ...actor.mentions].map(fold));
        const started = Date.now();
        let name: string | null = null;
        while (Date.now() - started < CARD_WAIT_MS && !(name && accepted.has(fold(name)))) {
          await page.waitForTimeout(50);
          name = await openCardName(page);
        }
        if (name && accepted.has(fold(name))) result.opened++;
        else result.misses.push(`${actor.name}${name ? ` (card: ${name})` : ''}`);
      }
      results.push(result);
      // A held-out page's misses are not printed: only its count is read (tests/corpus/folds.json).
      const misses = result.misses.length && !HELD_OUT.has(result.page) ? `; missed: ${result.misses.join(', ')}` : '';
      console.info(`hover e2e: ${result.page} ${result.opened}/${result.tried}${misses}`);
      await page.close();
    });
  }

  it(`opens the card for most of them over all pages (goal ${GOAL * 100}%, floor ${FLOOR * 100}%)`, () => {
    const tried = results.reduce((sum, r) => sum + r.tried, 0);
    const opened = results.reduce((sum, r) => sum + r.opened, 0);
    console.info(`hover e2e: ${opened} of ${tried} cards opened (${((opened / tried) * 100).toFixed(1)}%)`);
    expect(tried).toBeGreaterThan(100);
    expect(opened / tried).toBeGreaterThanOrEqual(FLOOR);
  });
});
