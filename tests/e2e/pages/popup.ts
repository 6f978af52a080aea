// Page object for the popup, opened as a tab about another tab (`?tab=ID`).
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The popup's real size in Chromium's toolbar (for screenshots that look like it). */
export const POPUP_VIEWPORT = { width: 380, height: 600 };

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId: number, options: { size?: boolean } = {}): Promise<PopupPage> {
    const page = await context.newPage();
    if (options.size) await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await page.getByRole('heading', { name: 'Dramatis', level: 1 }).waitFor();
    return new PopupPage(page);
  }

  get cast(): Locator {
    return this.page.getByRole('region', { name: 'Cast of this page' });
  }

  /** The master switch: Dramatis everywhere. */
  get enabledSwitch(): Locator {
    return this.page.getByRole('switch', { name: 'Dramatis on all sites' });
  }

  /** The switch for the tab's site ("Dramatis on 127.0.0.1"). */
  get siteSwitch(): Locator {
    return this.page.getByRole('switch', { name: /^Dramatis on (?!all sites)/ });
  }

  get welcome(): Locator {
    return this.page.getByRole('region', { name: 'Welcome to Dramatis' });
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search every name you have read about' });
  }

  get searchResults(): Locator {
    return this.page.getByRole('list', { name: 'Names you have read about' }).getByRole('listitem');
  }

  /** The popup's one-line note about the page (switched off, cannot run, no article …). */
  note(text: string | RegExp): Locator {
    return this.page.locator('.popup-note').filter({ hasText: text });
  }

  /** The names listed under a kind heading ("People", "Places", …). */
  async namesUnder(heading: string): Promise<string[]> {
    return this.kindSection(heading).locator('.cast-name').allTextContents();
  }

  kindSection(heading: string): Locator {
    return this.cast.getByRole('region', { name: new RegExp(`^${heading}`) });
  }

  /** The button for an actor in the cast ("Taro Aso"). */
  actor(name: string): Locator {
    return this.cast.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
