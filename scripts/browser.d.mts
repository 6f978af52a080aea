// Types for scripts/browser.mjs (plain JS so `npm start` runs without a TypeScript step).
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** A page of either driver: locating and hovering text only use evaluate and the mouse. */
type AnyPage = Page | PuppeteerPage;

export const INSTALL_HINT: string;
export const EXTENSION_DIR: string;
export function findChrome(): string | null;
export function serveDirectory(
  dir: string,
  options?: { headers?: (path: string) => Record<string, string> },
): Promise<{ url: string; close: () => Promise<void> }>;
export function launchWithExtension(options: {
  executablePath: string;
  headless?: boolean;
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; close: () => Promise<void> }>;
export function tabIdOf(worker: Worker, page: Page): Promise<number>;
export function pageCastOf(worker: Worker, tabId: number): Promise<unknown>;
export function waitForHighlights(page: Page, timeout?: number): Promise<number>;
export function locateText(page: AnyPage, text: string): Promise<{ x: number; y: number }>;
export function hoverText(page: AnyPage, text: string): Promise<{ x: number; y: number }>;
