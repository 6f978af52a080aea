// The reader's memory against a hostile page, in real Chromium. An article is read on one site
// (its URL carrying a session token) and a glossary entry holds a private note; then a page on
// another site that names the same person fakes every event it can over its highlighted names
// and scans everything it can reach (its DOM, open shadow roots, frames, the selection,
// performance marks). It finds nothing of the earlier article or the note, and no card opens
// for it, while the reader's real mouse hover shows that memory on the card.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hoverText, launchWithExtension, serveDirectory, waitForHighlights } from '../../scripts/browser.mjs';
import { describeInBrowser } from './harness';
import { cardFrame, openCardName } from './overlay-helpers';
import { OptionsPage } from './pages/options';
import { RECORD_BURST } from '../../lib/tabs/tab-articles';

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

/** Strings only the reader's memory holds: none may reach the hostile page. */
const SECRETS = {
  token: 'SESSIONTOKEN9931',
  title: 'Harbour board names Ann Lee',
  descriptor: 'the chair of the Porthaven harbour board',
  note: 'PRIVATE NOTE about Ann Lee 4471',
  link: 'https://private.example/ann-lee-dossier',
};

const page = (title: string, paragraphs: string[], script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article>${script ? `<script>${script}</script>` : ''}</body></html>`;

const FIRST = page(SECRETS.title, [
  `Ann Lee, ${SECRETS.descriptor}, said on Monday that the Harbour Trust would rebuild the old pier before the summer season began in earnest.`,
  '"We start in May and we will finish on time," Lee said, adding that the council in Porthaven had agreed to share the cost with the trust.',
  'Officials said the work would close the pier for four months, and that fishing boats would use the north quay while it was rebuilt.',
]);

/** Runs in the hostile page: fakes input over every highlighted name, then scans all it can read. */
const HOSTILE_SCRIPT = `
window.__scan = async () => {
  const ranges = [...(CSS.highlights.get('dramatis-mention') ?? [])];
  for (const range of ranges) {
    const rect = range.getClientRects()[0];
    if (!rect) continue;
    const at = { clientX: rect.left + 3, clientY: rect.top + rect.height / 2, bubbles: true, composed: true };
    const target = document.elementFromPoint(at.clientX, at.clientY) ?? document.body;
    target.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' }));
    target.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'touch' }));
    target.dispatchEvent(new MouseEvent('mousemove', at));
    await new Promise((done) => setTimeout(done, 700));
  }
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'J', altKey: true, shiftKey: true, bubbles: true }));
  await new Promise((done) => setTimeout(done, 700));
  const found = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element.outerHTML.slice(0, 20000));
      if (element.shadowRoot) { found.push(element.shadowRoot.innerHTML); walk(element.shadowRoot); }
      if (element.tagName === 'IFRAME') { try { found.push(element.contentDocument?.documentElement?.outerHTML ?? ''); } catch (error) { found.push('frame:' + error.name); } }
    }
  };
  walk(document);
  for (let i = 0; i < window.frames.length; i++) { try { found.push(window.frames[i].document.documentElement.outerHTML); } catch (error) { found.push('frames[i]:' + error.name); } }
  document.getSelection().selectAllChildren(document.documentElement);
  found.push(document.getSelection().toString());
  found.push(JSON.stringify(performance.getEntries().map((entry) => [entry.name, entry.detail ?? null])));
  found.push(document.title, location.href, document.cookie, JSON.stringify({ ...localStorage }));
  return { text: found.join('\\n'), hosts: document.querySelectorAll('dramatis-overlay').length, openRoots: [...document.querySelectorAll('dramatis-overlay')].filter((host) => host.shadowRoot).length };
};`;

const SECOND = page(
  'Pier closes for the summer',
  [
    'Ann Lee said the pier would close on Monday, and the Harbour Trust asked fishing boats to use the north quay in Porthaven until the work was finished.',
    'The trust said the rebuilt pier would open again in September, when the ferry to the islands would return to its old timetable for the winter.',
    'Shopkeepers near the harbour said they hoped the closure would be short, since the summer season brought most of their trade each year.',
  ],
  HOSTILE_SCRIPT,
);

/** A page that rewrites its address in a loop: first with the same story, then with new ones. */
const FLOOD_SCRIPT = `
window.__flood = async (rounds, newStories) => {
  for (let i = 0; i < rounds; i++) {
    history.pushState({}, '', newStories ? '/story-' + i : '/same-story?page=' + i);
    if (newStories) document.querySelector('p').textContent = 'Ann Lee spoke to reporters in Porthaven for the ' + (i + 1) + 'th time on Monday, and the Harbour Trust listened to every word she said.';
    await new Promise((done) => setTimeout(done, 250));
  }
};`;

describeInBrowser('privacy: a hostile page learns nothing of what was read elsewhere', (executablePath) => {
  let browser: Launched;
  let work: string;
  let first: { url: string; close: () => Promise<void> };
  let hostile: { url: string; close: () => Promise<void> };
  let hostilePage: Page;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'dramatis-privacy-'));
    writeFileSync(join(work, 'first.html'), FIRST);
    writeFileSync(join(work, 'second.html'), SECOND);
    first = await serveDirectory(work);
    hostile = await serveDirectory(work);
    browser = await launchWithExtension({ executablePath });
    // The reader keeps a private note on Ann Lee.
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.fill({ term: 'Ann Lee', kind: 'Person', note: SECRETS.note, link: SECRETS.link });
    await options.addButton.click();
    await options.entry('Ann Lee').waitFor();
    await options.page.close();
    // …and reads an article on one site, with a session token in its address.
    const reading = await browser.context.newPage();
    await reading.goto(`${first.url}/first.html?session=${SECRETS.token}#top`);
    await waitForHighlights(reading);
    await reading.close();
  });

  afterAll(async () => {
    await browser?.close();
    await first?.close();
    await hostile?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('opens no card for faked events and leaves nothing of the memory in reach of the page', async () => {
    // Another site: "localhost" is not "127.0.0.1".
    hostilePage = await browser.context.newPage();
    await hostilePage.goto(`${hostile.url.replace('127.0.0.1', 'localhost')}/second.html`);
    await waitForHighlights(hostilePage);
    const scan = (await hostilePage.evaluate(() => (window as unknown as { __scan: () => Promise<{ text: string; hosts: number; openRoots: number }> }).__scan())) as {
      text: string;
      hosts: number;
      openRoots: number;
    };
    expect(await openCardName(hostilePage)).toBeNull();
    expect(scan.hosts).toBe(1);
    expect(scan.openRoots).toBe(0);
    for (const [what, secret] of Object.entries(SECRETS)) expect(scan.text.includes(secret), `${what} reached the page`).toBe(false);
    expect(scan.text).not.toContain('dramatis:');
    console.info(`privacy e2e: the hostile page read ${(scan.text.length / 1024).toFixed(0)} KB and found none of ${Object.keys(SECRETS).length} secrets`);
  });

  it('shows the reader, on a real hover, what the earlier article said and their note', async () => {
    await hostilePage.mouse.move(2, 2);
    await hoverText(hostilePage, 'Ann Lee');
    const frame = await cardFrame(hostilePage);
    const earlier = frame.getByRole('region', { name: 'In earlier articles' });
    await earlier.waitFor();
    const text = (await frame.getByRole('dialog', { name: 'Ann Lee' }).textContent()) ?? '';
    expect(text).toContain(SECRETS.title);
    expect(text).toContain(SECRETS.descriptor);
    expect(text).toContain(SECRETS.note);
    // The address stored and linked has no session token.
    const links = await earlier.getByRole('link').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([`${first.url}/first.html`]);
  });
});

describeInBrowser('privacy: a page that floods the memory', (executablePath) => {
  it('makes one record for one story however often it rewrites its address, and few for many', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dramatis-flood-'));
    writeFileSync(
      join(work, 'index.html'),
      page('Flood', ['Ann Lee spoke to reporters in Porthaven on Monday, and the Harbour Trust listened to every word she said about the pier.', 'The pier will close for four months while it is rebuilt, and the fishing boats will use the north quay until the work is done.'], FLOOD_SCRIPT),
    );
    const server = await serveDirectory(work);
    const browser = await launchWithExtension({ executablePath });
    try {
      const options = await OptionsPage.open(browser.context, browser.extensionId);
      const articles = async () =>
        ((await options.page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'storage-usage' }))) as { usage: { counts: { articles: number } } }).usage.counts.articles;
      const flood = await browser.context.newPage();
      await flood.goto(`${server.url}/`);
      await waitForHighlights(flood);
      await expect.poll(articles).toBe(1);
      await flood.evaluate(() => (window as unknown as { __flood: (n: number, fresh: boolean) => Promise<void> }).__flood(25, false));
      await flood.waitForTimeout(1_000);
      const sameStory = await articles();
      await flood.evaluate(() => (window as unknown as { __flood: (n: number, fresh: boolean) => Promise<void> }).__flood(25, true));
      await flood.waitForTimeout(1_000);
      const newStories = await articles();
      console.info(`flood e2e: 25 pushState with the same story -> ${sameStory} record(s); then 25 with new stories -> ${newStories} in all`);
      expect(sameStory).toBe(1);
      expect(newStories).toBeLessThanOrEqual(1 + RECORD_BURST);
    } finally {
      await browser.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
