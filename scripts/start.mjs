#!/usr/bin/env node
// `npm start`: build the extension, serve the demo article on localhost and open it in
// Chromium with Dramatis loaded (`npm start -- --firefox`: in Firefox; without a Chromium, Firefox
// is used when there is one). Without a display (or with --headless) it runs headless, prints the
// cast found in the live page, saves a screenshot with an open card, and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { INSTALL_HINT, findChrome, hoverText, launchWithExtension, pageCastOf, serveDirectory, tabIdOf, waitForHighlights } from './browser.mjs';
import { FIREFOX_INSTALL_HINT, findFirefox, launchFirefoxWithExtension } from './firefox.mjs';

const DEMO_NAME = 'Taro Aso';
const SCREENSHOT = '.output/demo.png';

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function printCast(cast) {
  if (cast?.state !== 'ready') {
    console.log(`The page reports: ${cast?.state ?? 'no answer'}${cast?.error ? ` (${cast.error})` : ''}`);
    return;
  }
  const { actors } = cast.dataset;
  console.log(`Cast of the demo article (${actors.length} actors):`);
  for (const kind of ['person', 'organization', 'place', 'other']) {
    const group = actors.filter((actor) => actor.kind === kind).sort((a, b) => b.mentions - a.mentions);
    if (group.length === 0) continue;
    console.log(`  ${kind}: ${group.map((actor) => `${actor.name} (${actor.mentions})`).join(', ')}`);
  }
}

function build(args) {
  const result = spawnSync('npx', ['wxt', 'build', ...args], { stdio: 'inherit' });
  if (result.status !== 0) console.error('Build failed; see the output above.');
  return result.status === 0;
}

/** The demo in Firefox: the cast comes from the popup's own question to the tab. */
async function startFirefox(executablePath, headless) {
  if (!build(['-b', 'firefox'])) return 1;
  const server = await serveDirectory('demo');
  const firefox = await launchFirefoxWithExtension({ executablePath, headless });
  const page = await firefox.browser.newPage();
  await page.goto(`${server.url}/`);
  console.log(`Demo article: ${server.url}/ (in Firefox)`);
  if (!headless) {
    console.log('Firefox is open with Dramatis loaded: hover a highlighted name. Close the browser to stop.');
    await new Promise((done) => firefox.browser.on('disconnected', done));
    await server.close();
    return 0;
  }
  try {
    await page.waitForFunction(() => (CSS.highlights.get('dramatis-mention')?.size ?? 0) > 0, { timeout: 15_000 });
    const extensionPage = await firefox.openExtensionPage('popup.html');
    await page.bringToFront();
    const cast = await extensionPage.evaluate(async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      return browser.tabs.sendMessage(tab.id, { type: 'get-page-cast' });
    });
    printCast(cast);
    await hoverText(page, DEMO_NAME);
    // The card is drawn in an extension frame inside the page: wait for it there.
    const deadline = Date.now() + 5_000;
    let shown = false;
    while (!shown && Date.now() < deadline) {
      for (const frame of page.frames()) {
        const name = await frame
          .evaluate(async () => {
            const card = location.pathname.endsWith('/card.html') ? document.querySelector('[role="dialog"]') : null;
            if (!card) return null;
            await Promise.all(card.getAnimations({ subtree: true }).map((animation) => animation.finished));
            return card.querySelector('h2')?.textContent ?? null;
          })
          .catch(() => null);
        if (name === DEMO_NAME) shown = true;
      }
    }
    if (!shown) throw new Error(`the card for ${DEMO_NAME} did not open`);
    mkdirSync('.output', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`Screenshot with the card for ${DEMO_NAME}: ${SCREENSHOT}`);
    return 0;
  } finally {
    await firefox.close();
    await server.close();
  }
}

async function main() {
  const headless = process.argv.includes('--headless') || !hasDisplay();
  const chromePath = process.argv.includes('--firefox') ? null : findChrome();
  if (!chromePath) {
    const firefoxPath = findFirefox();
    if (firefoxPath) return startFirefox(firefoxPath, headless);
    console.error(process.argv.includes('--firefox') ? FIREFOX_INSTALL_HINT : `${INSTALL_HINT} Or ${FIREFOX_INSTALL_HINT.replace('No Firefox found. ', '')}`);
    return 1;
  }
  return startChromium(chromePath, headless);
}

async function startChromium(executablePath, headless) {
  if (!build([])) return 1;
  const server = await serveDirectory('demo');
  const browser = await launchWithExtension({ executablePath, headless });
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/`);
  console.log(`Demo article: ${server.url}/ (extension id ${browser.extensionId})`);

  if (!headless) {
    console.log('Chromium is open with Dramatis loaded: hover a highlighted name. Close the browser to stop.');
    await new Promise((done) => browser.context.on('close', done));
    await server.close();
    return 0;
  }
  try {
    await waitForHighlights(page);
    printCast(await pageCastOf(browser.worker, await tabIdOf(browser.worker, page)));
    await hoverText(page, DEMO_NAME);
    // The card is drawn in an extension frame inside the page.
    let frame;
    for (const started = Date.now(); !frame && Date.now() - started < 5_000; await page.waitForTimeout(25)) {
      frame = page.frames().find((candidate) => candidate.url().includes('/card.html'));
    }
    if (!frame) throw new Error('no card frame in the demo page');
    const card = frame.getByRole('dialog', { name: DEMO_NAME, exact: true });
    await card.waitFor({ timeout: 5_000 });
    await card.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
    mkdirSync('.output', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`Screenshot with the card for ${DEMO_NAME}: ${SCREENSHOT}`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
