#!/usr/bin/env node
// `node scripts/who-screenshots.mjs`: the pictures of Who's who in the docs. Builds the extension
// (skip with --no-build), loads it in headless Chromium, reads the demo article and the invented
// articles of tests/e2e/fixtures/who/ as pages of invented news sites, makes the one correction a
// reader would ("D. Kessler" is Dana Kessler), and saves docs/who-list.png (the list) and
// docs/who-actor.png (her page: articles, timeline, affiliations, companions), 1200×900.
//
// The pages are served at https://….example addresses through the browser's request routing, so
// the pictures show sites, not 127.0.0.1. Everything is read today; so that the timeline shows a
// few weeks, the memory is exported, its reading dates moved back, and imported again (the
// extension's own backup format, through its messages).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { INSTALL_HINT, findChrome, launchWithExtension, waitForHighlights } from './browser.mjs';

const OUT = 'docs';
const VIEWPORT = { width: 1200, height: 900 };
const FIXTURES = 'tests/e2e/fixtures/who';
const DAY = 24 * 60 * 60 * 1000;

/** The articles, in reading order: address, file, and how many days ago it was read. */
const ARTICLES = [
  { url: 'https://www.dailyledger.example/world/taiwan-japan-talks', file: 'demo/index.html', daysAgo: 38 },
  { url: 'https://www.callowayledger.example/city/harbor-channel-dredging', file: `${FIXTURES}/harbor-dredging.html`, daysAgo: 26 },
  { url: 'https://www.baysidecourier.example/politics/council-delays-dredging-vote', file: `${FIXTURES}/council-vote.html`, daysAgo: 19 },
  { url: 'https://www.coastlineweekly.example/environment/seagrass-study', file: `${FIXTURES}/seagrass-study.html`, daysAgo: 11 },
  // Read after the correction: its "D. Kessler" goes to Dana Kessler.
  { url: 'https://www.baysidecourier.example/business/port-fees-cranes', file: `${FIXTURES}/port-fees.html`, daysAgo: 2, afterMerge: true },
];
/** Other files the pages ask for, by address. */
const ASSETS = { 'https://www.dailyledger.example/world/demo.css': 'demo/demo.css' };

const PERSON = 'person:dana kessler';
const MERGED = 'person:d. kessler';

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function build() {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed; see the output above');
}

/** Answers the invented sites' addresses from the files above; anything else on them is a 404. */
async function serveSites(context) {
  const files = new Map([...ARTICLES.map((article) => [article.url, article.file]), ...Object.entries(ASSETS)]);
  await context.route(/^https:\/\/[^/]+\.example\//, (route) => {
    const url = route.request().url().split('#')[0].split('?')[0];
    const file = files.get(url);
    if (!file) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)], body: readFileSync(file) });
  });
}

/** Sends a message to the background from an extension page, as Who's who and the options page do. */
async function ask(page, message) {
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  if (!reply?.ok) throw new Error(`${message.type} failed: ${reply?.error ?? 'no answer'}`);
  return reply;
}

/** Exports the memory, moves each article's reading date back, clears it and imports it again. */
async function spreadDates(page) {
  const lines = [];
  for (let session, done = false; !done; ) {
    const { part } = await ask(page, { type: 'export-dataset', ...(session ? { session } : {}) });
    lines.push(...part.text.split('\n').filter(Boolean));
    session = part.session;
    done = part.done;
  }
  const now = Date.now();
  const readAt = new Map(ARTICLES.map((article) => [article.url, now - article.daysAgo * DAY]));
  const moved = lines.map((line) => {
    const parsed = JSON.parse(line);
    const at = parsed.article && readAt.get(parsed.article.url);
    if (!at) return line;
    parsed.article.analyzedAt = at;
    return JSON.stringify(parsed);
  });
  // Checked before anything is cleared: a file the store refuses leaves the memory as it was.
  await ask(page, { type: 'import-dataset-part', step: 'check', lines: moved, last: true });
  await ask(page, { type: 'clear-all' });
  await ask(page, { type: 'import-dataset-part', step: 'apply', lines: moved, last: true });
}

/** Waits until the page's fonts and the list or actor's page have settled. */
async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(200);
}

async function main() {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(INSTALL_HINT);
    return 1;
  }
  if (!process.argv.includes('--no-build')) build();
  const browser = await launchWithExtension({ executablePath, headless: true });
  try {
    await serveSites(browser.context);
    const who = await browser.context.newPage();
    await who.setViewportSize(VIEWPORT);
    const whoUrl = `chrome-extension://${browser.extensionId}/who.html`;
    await who.goto(whoUrl);

    const read = async (article) => {
      const page = await browser.context.newPage();
      await page.goto(article.url);
      await waitForHighlights(page);
      await page.close();
    };
    for (const article of ARTICLES.filter((article) => !article.afterMerge)) await read(article);
    // The engine kept "D. Kessler" apart from Dana Kessler: the reader says they are the same.
    await ask(who, { type: 'who-correct', correction: { type: 'merge', into: PERSON, from: MERGED } });
    for (const article of ARTICLES.filter((article) => article.afterMerge)) await read(article);
    await spreadDates(who);

    mkdirSync(OUT, { recursive: true });
    await who.goto(`${whoUrl}#`);
    await who.reload();
    await who.locator('.who-row-name', { hasText: 'Dana Kessler' }).waitFor();
    await who.locator('.who-count', { hasText: /\d+ names/ }).waitFor();
    await settle(who);
    await who.screenshot({ path: join(OUT, 'who-list.png') });

    await who.goto(`${whoUrl}#actor=${encodeURIComponent(PERSON)}`);
    await who.reload();
    await who.locator('h1#who-actor-name', { hasText: 'Dana Kessler' }).waitFor();
    const companions = who.getByRole('region', { name: 'Often in the same articles', exact: true });
    await companions.waitFor();
    await who.getByRole('region', { name: 'Connected to', exact: true }).waitFor();
    // Focus on the name shows no ring (it is focused by script), but leave nothing to chance.
    await who.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await settle(who);
    // The page from its top to the end of the companions (and the line under them): a little more than one screen.
    const box = await companions.boundingBox();
    const height = Math.max(VIEWPORT.height, Math.ceil((box?.y ?? 0) + (box?.height ?? 0) + 8));
    await who.screenshot({ path: join(OUT, 'who-actor.png'), fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height } });
    for (const name of ['who-list.png', 'who-actor.png']) {
      if (!existsSync(join(OUT, name))) throw new Error(`${name} was not written`);
      console.log(`Saved ${join(OUT, name)}`);
    }
    return 0;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`who-screenshots failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
