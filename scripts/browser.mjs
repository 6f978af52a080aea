// Shared by `npm start`, the e2e tests and the page benchmarks: find a Chromium, serve a
// folder on localhost, and launch Chromium with the built extension loaded.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
  'or point CHROME_PATH at a Chrome/Chromium executable.';

/** The browser to drive: CHROME_PATH if set, else the first known install; null if none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROME_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** The built extension the browser loads; DRAMATIS_EXTENSION_DIR overrides it. */
export const EXTENSION_DIR = resolve(process.env.DRAMATIS_EXTENSION_DIR ?? '.output/chrome-mv3');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 (a free port). `headers(path)` may add response headers
 * per file (e.g. a Content-Security-Policy). Unknown paths fall back to index.html so
 * client-side routes (pushState) load.
 */
export async function serveDirectory(dir, { headers = () => ({}) } = {}) {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = join(root, 'index.html');
    // A folder without index.html (the corpus) answers unknown paths with 404, not a crash.
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(path),
    });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Launches Chromium with the extension in `extensionDir`; returns the context and the extension id. */
export async function launchWithExtension({ executablePath, headless = true, extensionDir = EXTENSION_DIR, colorScheme = 'light' }) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'dramatis-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    colorScheme,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // This machine (and CI) has no network beyond localhost: keep Chromium from trying.
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, worker, extensionId, close };
}

/**
 * The id of the browser tab showing `page`. Dramatis has no "tabs" permission, so tab URLs
 * are hidden from it: bring the page to the front and ask for the active tab instead.
 */
export async function tabIdOf(worker, page) {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`No tab found for ${page.url()}`);
  return id;
}

/** What the content script in a tab reports (the popup's own question). */
export async function pageCastOf(worker, tabId) {
  return worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-page-cast' }), tabId);
}

/** Waits until the content script has highlighted at least one name; returns how many. */
export async function waitForHighlights(page, timeout = 15_000) {
  await page.waitForFunction(() => (CSS.highlights.get('dramatis-mention')?.size ?? 0) > 0, null, { timeout });
  return page.evaluate(() => CSS.highlights.get('dramatis-mention')?.size ?? 0);
}

/** Center of the first on-page occurrence of `text` (page coordinates for the mouse). */
export async function locateText(page, text) {
  const box = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not on the page`);
  return box;
}

/** Rests the mouse on `text` as a reader would (a few steps, then still). */
export async function hoverText(page, text) {
  const { x, y } = await locateText(page, text);
  await page.mouse.move(x - 40, y - 30);
  await page.mouse.move(x, y, { steps: 5 });
  return { x, y };
}
