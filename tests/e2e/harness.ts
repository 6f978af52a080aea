// Shared set-up for the browser tests: find Chromium, or skip loudly (fail under CI).
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { findChrome, INSTALL_HINT, launchWithExtension, serveDirectory, waitForHighlights } from '../../scripts/browser.mjs';

export const chromePath = findChrome();

/** `describe` when a browser is available; otherwise a visible skip, or a failure under CI. */
export function describeInBrowser(name: string, body: (executablePath: string) => void): void {
  if (chromePath) {
    describe(name, () => body(chromePath));
    return;
  }
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but no browser for the e2e tests. ${INSTALL_HINT}`);
  }
  console.warn(`\n*** SKIPPED browser tests "${name}": ${INSTALL_HINT}\n`);
  describe.skip(name, () => body(''));
}

export type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

export interface DemoArticle {
  browser: Launched;
  server: { url: string; close: () => Promise<void> };
  /** The demo article's tab, already highlighted. */
  article: Page;
  close(): Promise<void>;
}

/** Chromium with the built extension and the demo article open and highlighted: most flows start here. */
export async function openDemoArticle(executablePath: string): Promise<DemoArticle> {
  const server = await serveDirectory('demo');
  const browser = await launchWithExtension({ executablePath });
  const article = await browser.context.newPage();
  await article.goto(`${server.url}/`);
  await waitForHighlights(article);
  return {
    browser,
    server,
    article,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
