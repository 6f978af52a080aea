// The overlay on real news pages (the labeled corpus), served from localhost: the names the
// engine finds in the article body are highlighted in the live page, and nothing outside it.
// "The article body" is what the gold was labeled over: Readability's cleaned body (plus the
// headline, standfirst and captions, which the overlay also reads).
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, serveDirectory, waitForHighlights } from '../../scripts/browser.mjs';
import { analyzeText } from '../../lib/engine';
import { describeInBrowser } from './harness';
import { collectErrors, withoutNetworkNoise } from './overlay-helpers';

const CORPUS = 'tests/corpus';
const PAGES = ['bbc-1', 'cnn', 'guardian-1'];
/** Share of the gold names found by the engine in the body that must be highlighted. */
const MIN_COVERAGE = 0.95;
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

interface Reference {
  /** Gold mention strings the engine finds in Readability's body. */
  wanted: string[];
  bodyText: string;
}

function referenceFor(name: string): Reference {
  const html = readFileSync(`${CORPUS}/${name}/source.html`, 'utf8');
  const gold = JSON.parse(readFileSync(`${CORPUS}/${name}/gold.json`, 'utf8')) as { actors: Array<{ mentions: string[] }> };
  const parsed = new Readability(parseHTML(html).document as unknown as Document).parse();
  const bodyText = parseHTML(`<html><body>${parsed?.content ?? ''}</body></html>`).document.body.textContent ?? '';
  const found = new Set(analyzeText(bodyText).mentions.map((mention) => bodyText.slice(mention.start, mention.end)));
  const wanted = [...new Set(gold.actors.flatMap((actor) => actor.mentions))].filter((mention) => found.has(mention));
  return { wanted, bodyText: normalize(bodyText) };
}

interface LiveHighlight {
  text: string;
  block: string;
  headline: boolean;
  caption: boolean;
  standfirst: boolean;
}

function liveHighlights(page: Page): Promise<LiveHighlight[]> {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('dramatis-mention') ?? [])] as Range[];
    return ranges.map((range) => {
      const start = range.startContainer.parentElement!;
      const block = start.closest('p, li, h1, h2, h3, h4, figcaption, blockquote, td, dd, div') ?? start;
      return {
        text: range.toString(),
        block: (block.textContent ?? '').replace(/\s+/g, ' ').trim(),
        headline: start.closest('h1') !== null,
        caption: start.closest('figcaption, [class*="caption"]') !== null,
        standfirst: start.closest('[class*="standfirst"], [class*="introduction"]') !== null,
      };
    });
  });
}

describeInBrowser('overlay on the corpus news pages', (executablePath) => {
  let browser: Launched;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await serveDirectory(CORPUS);
    browser = await launchWithExtension({ executablePath });
    // The pages ask for remote assets; this machine has no network: fail those at once.
    await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const name of PAGES) {
    it(`${name}: highlights ≥95% of the body's names, nothing outside the body`, async () => {
      const reference = referenceFor(name);
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/${name}/source.html`, { waitUntil: 'domcontentloaded' });
      await waitForHighlights(page);
      const highlights = await liveHighlights(page);
      const highlighted = new Set(highlights.map((h) => h.text));
      const missing = reference.wanted.filter((mention) => !highlighted.has(mention));
      const coverage = 1 - missing.length / reference.wanted.length;
      console.log(`${name}: ${reference.wanted.length - missing.length}/${reference.wanted.length} gold names highlighted (${(coverage * 100).toFixed(1)}%), ${highlights.length} highlights`);
      expect(reference.wanted.length).toBeGreaterThan(5);
      expect(coverage, `missing: ${missing.join(', ')}`).toBeGreaterThanOrEqual(MIN_COVERAGE);
      const outside = highlights.filter((h) => !h.headline && !h.caption && !h.standfirst && !reference.bodyText.includes(h.block));
      expect(outside.map((h) => `${h.text} in "${h.block.slice(0, 80)}"`)).toEqual([]);
      expect(withoutNetworkNoise(errors).filter((e) => e.includes('Dramatis') || e.includes('chrome-extension'))).toEqual([]);
      await page.close();
    });
  }
});
