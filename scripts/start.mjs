#!/usr/bin/env node
// `npm start`: build the extension, serve the demo article on localhost and open it in
// Chromium with Dramatis loaded. Without a display (or with --headless) it runs headless,
// prints the cast found in the live page, saves a screenshot with an open card, and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { INSTALL_HINT, findChrome, hoverText, launchWithExtension, pageCastOf, serveDirectory, tabIdOf, waitForHighlights } from './browser.mjs';

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

async function main() {
  const headless = process.argv.includes('--headless') || !hasDisplay();
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(INSTALL_HINT);
    return 1;
  }
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Build failed; see the output above.');
    return 1;
  }
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
    const card = page.getByRole('dialog', { name: DEMO_NAME, exact: true });
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
