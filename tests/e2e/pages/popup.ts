// Page object for the popup, opened as a tab about another tab (`?tab=ID`).
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    return new PopupPage(page);
  }

  get cast(): Locator {
    return this.page.getByRole('region', { name: 'Cast of this page' });
  }

  get enabledSwitch(): Locator {
    return this.page.getByRole('switch');
  }

  /** The names listed under a kind heading ("People", "Places", …). */
  async namesUnder(heading: string): Promise<string[]> {
    const section = this.cast.getByRole('region', { name: new RegExp(`^${heading}`) });
    return section.locator('.cast-name').allTextContents();
  }
}
