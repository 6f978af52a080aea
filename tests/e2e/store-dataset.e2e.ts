// The dataset through the real background and Chromium's IndexedDB: articles read in tabs are
// remembered across articles, searchable, exportable, importable, forgettable.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hoverText, launchWithExtension, serveDirectory, waitForHighlights } from '../../scripts/browser.mjs';
import { describeInBrowser } from './harness';
import { cardFrame, openCardName } from './overlay-helpers';

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

/** Sends a message to the background from an extension page (as the popup and options page do). */
function ask<T = any>(extensionPage: Page, message: unknown): Promise<T> {
  type Runtime = { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
  return extensionPage.evaluate((m) => (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(m), message) as Promise<T>;
}

const articleHtml = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

describeInBrowser('the dataset in the real background', (executablePath) => {
  let browser: Launched;
  let server: { url: string; close: () => Promise<void> };
  let extensionPage: Page;

  beforeAll(async () => {
    const { mkdtempSync, writeFileSync, cpSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-store-e2e-'));
    cpSync('demo', dir, { recursive: true });
    writeFileSync(
      join(dir, 'later.html'),
      articleHtml(
        'Aso returns to Taipei',
        'TAIPEI — Aso, the vice-president of the Liberal Democratic Party, returned to Taipei on Monday for talks with officials.\n' +
          'Officials in Taipei said the visit had been planned for months and would focus on trade and security in the region.\n' +
          '"We are ready to work together," Aso said after meeting business leaders, adding that Japan would keep its commitments.\n' +
          'The former prime minister is expected to meet the president of Taiwan on Tuesday before returning to Tokyo.\n' +
          'Analysts in Tokyo said the trip showed how seriously the Liberal Democratic Party takes its ties with Taipei.',
      ),
    );
    cpSync(join(dir, 'index.html'), join(dir, 'copy.html'));
    server = await serveDirectory(dir);
    browser = await launchWithExtension({ executablePath });
    extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('remembers two tabs read at once and links the later "Aso" to the stored Taro Aso', async () => {
    const [demo, later] = await Promise.all([browser.context.newPage(), browser.context.newPage()]);
    // Two tabs with the same cast load and analyze at once; each is brought to the front to be looked at.
    await Promise.all([demo.goto(`${server.url}/`), later.goto(`${server.url}/copy.html`)]);
    for (const page of [demo, later]) {
      await page.bringToFront();
      await waitForHighlights(page);
    }
    const usage = await ask(extensionPage, { type: 'storage-usage' });
    expect(usage).toMatchObject({ ok: true, usage: { counts: { articles: 2 }, maxArticles: 5000 } });
    expect(usage.usage.usageBytes).toBeGreaterThan(0);

    const search = await ask(extensionPage, { type: 'search-actors', query: 'aso' });
    expect(search.ok).toBe(true);
    const aso = search.results.find((r: { id: string }) => r.id === 'person:taro aso');
    // Both writes landed, once each.
    expect(aso).toMatchObject({ name: 'Taro Aso', articleCount: 2 });
    await demo.close();
    await later.close();

    // A third tab, read later: its lone "Aso" is the Taro Aso of the articles before.
    const third = await browser.context.newPage();
    await third.goto(`${server.url}/later.html`);
    await waitForHighlights(third);
    const linked = await ask(extensionPage, { type: 'search-actors', query: 'taro' });
    expect(linked.results[0]).toMatchObject({ id: 'person:taro aso', latest: { url: `${server.url}/later.html` } });
    expect(linked.results[0].articleCount).toBe(3);
    // Its card, hovered, lists the two earlier articles.
    await hoverText(third, 'Aso');
    await expect.poll(() => openCardName(third)).not.toBeNull();
    const frame = await cardFrame(third);
    const earlier = frame.getByRole('region', { name: 'In earlier articles' });
    await earlier.waitFor();
    const links = await earlier.getByRole('link').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(2);
    expect(links).toContain(`${server.url}/`);
    await third.close();
  });

  it('exports, clears, imports back the same dataset, and forgets a site', async () => {
    const exportAll = async () => {
      const exported = await ask(extensionPage, { type: 'export-dataset' });
      expect(exported).toMatchObject({ ok: true, part: { done: true, articles: 3, total: 3 } });
      return exported.part.text as string;
    };
    const text = await exportAll();
    expect(JSON.parse(text.split('\n')[0]!)).toMatchObject({ kind: 'dramatis-dataset', schemaVersion: 3 });
    expect(await ask(extensionPage, { type: 'clear-all' })).toMatchObject({ ok: true, removed: { articles: 3 } });
    expect(await ask(extensionPage, { type: 'search-actors', query: 'aso' })).toEqual({ ok: true, results: [] });

    const lines = text.split('\n');
    const truncated = await ask(extensionPage, { type: 'import-dataset-part', step: 'check', lines: lines.slice(0, 3), last: true });
    expect(truncated).toMatchObject({ ok: false, code: 'invalid-file' });
    expect(truncated.error).toMatch(/truncated/);
    expect(await ask(extensionPage, { type: 'storage-usage' })).toMatchObject({ usage: { counts: { articles: 0 } } });

    for (const step of ['check', 'apply']) {
      const reply = await ask(extensionPage, { type: 'import-dataset-part', step, lines, last: true });
      expect(reply).toMatchObject({ ok: true, part: { articles: 3 } });
      if (step === 'apply') expect(reply.part.imported).toMatchObject({ articlesAdded: 3 });
    }
    const strip = (lines: string) => lines.split('\n').slice(1);
    expect(strip(await exportAll())).toEqual(strip(text));

    const host = new URL(server.url).hostname;
    expect(await ask(extensionPage, { type: 'forget-site', hostname: host })).toMatchObject({ ok: true, removed: { articles: 3 } });
    expect(await ask(extensionPage, { type: 'storage-usage' })).toMatchObject({ usage: { counts: { articles: 0, actors: 0, appearances: 0 } } });
  });
});
