// Types for scripts/firefox.mjs (plain JS so `npm start -- --firefox` runs without a TypeScript step).
import type { Browser, Page } from 'puppeteer-core';

export const FIREFOX_INSTALL_HINT: string;
export const FIREFOX_EXTENSION_DIR: string;
export function findFirefox(): string | null;
export function launchFirefoxWithExtension(options: {
  executablePath: string;
  headless?: boolean;
  extensionDir?: string;
}): Promise<{ browser: Browser; origin: string; openExtensionPage: (path: string) => Promise<Page>; close: () => Promise<void> }>;
