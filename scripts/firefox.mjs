// Firefox with the built extension, for `npm start -- --firefox` and the Firefox e2e tests:
// puppeteer-core drives Firefox over WebDriver BiDi and installs the extension as a temporary add-on.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or point FIREFOX_PATH at a Firefox executable.';

/** The Firefox to drive: FIREFOX_PATH if set, else the first known install; null if none. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** The built Firefox extension; DRAMATIS_FIREFOX_EXTENSION_DIR overrides it. */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.DRAMATIS_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');

/** The add-on id in the manifest (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = 'dramatis@dramatis.invalid';

/**
 * Launches Firefox and installs the extension in `extensionDir`. Firefox gives each add-on a
 * random moz-extension:// host per profile; the uuids pref fixes it, so the extension's own pages
 * can be opened by URL. `--remote-allow-system-access` lets WebDriver open those pages (Firefox 153+).
 */
export async function launchFirefoxWithExtension({ executablePath, headless = true, extensionDir = FIREFOX_EXTENSION_DIR }) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // This machine (and CI) has no network beyond localhost: keep Firefox from trying.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${uuid}`;

  /**
   * Opens one of the extension's pages (popup.html?tab=…, options.html) in a new tab. WebDriver
   * reports no load events for moz-extension:// documents, so wait for the document itself.
   */
  async function openExtensionPage(path) {
    const page = await browser.newPage();
    page.goto(`${origin}/${path}`).catch(() => {});
    // Poll by hand: an evaluation that meets the navigation half-way fails, and is simply retried.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const ready = await page.evaluate((expected) => location.origin === expected && document.readyState === 'complete', origin).catch(() => false);
      if (ready) return page;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`${origin}/${path} did not load`);
  }

  return { browser, origin, openExtensionPage, close: () => browser.close() };
}
