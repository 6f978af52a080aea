// Page object for the Who's who page (who.html): the list of everyone met and an actor's page.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { escapeRegExp } from './popup';

export class WhoPage {
  private constructor(
    readonly page: Page,
    private readonly base: string,
  ) {}

  /** Opens who.html in a new tab (`hash`: '' for the list, or '#actor=…'). */
  static async open(context: BrowserContext, extensionId: string, hash = ''): Promise<WhoPage> {
    const page = await context.newPage();
    const who = new WhoPage(page, `chrome-extension://${extensionId}/who.html`);
    await page.goto(who.base + hash);
    return who;
  }

  /** Shows an actor's page by its id, as a link to it would. */
  async goToActor(id: string): Promise<void> {
    await this.page.evaluate((hash) => {
      location.hash = hash;
    }, `#actor=${encodeURIComponent(id)}`);
  }

  async goToList(): Promise<void> {
    await this.page.evaluate(() => {
      location.hash = '#';
    });
    await this.listHeading.waitFor();
  }

  // ── the list ──
  get listHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Who’s who', level: 1 });
  }
  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search names' });
  }
  get list(): Locator {
    return this.page.getByRole('list', { name: 'Names you have read about' });
  }
  /** The links of the rows drawn now (the list is virtualised). */
  get rows(): Locator {
    return this.list.locator('a.who-row');
  }
  /** The row whose name is exactly `name`. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.locator('.who-row-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
  }
  /** Names of the rows drawn now, top to bottom. */
  rowNames(): Promise<string[]> {
    return this.rows.locator('.who-row-name').allTextContents();
  }
  /** The live region that says how many names match. */
  get count(): Locator {
    return this.page.locator('.who-count');
  }
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
  }

  // ── an actor's page ──
  get actorHeading(): Locator {
    return this.page.locator('h1#who-actor-name');
  }
  get actorKind(): Locator {
    return this.page.locator('.who-actor-header .who-kind');
  }
  section(name: 'What articles said' | 'When you met them' | 'Often in the same articles' | 'Connected to' | 'Correct Dramatis'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
  /** One entry of "What articles said" per article. */
  get articles(): Locator {
    return this.section('What articles said').locator('li.who-article');
  }
  /** The headlines of "What articles said", newest first. */
  articleTitles(): Promise<string[]> {
    return this.articles.locator('.who-article-title').allTextContents();
  }
  /** The article entry whose headline is `title`. */
  article(title: string): Locator {
    return this.articles.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }
  get otherNames(): Locator {
    return this.page.locator('.who-other-names').first();
  }
  get timeline(): Locator {
    return this.section('When you met them').getByRole('img');
  }
  affiliation(name: string): Locator {
    return this.section('Connected to').getByRole('link', { name, exact: true });
  }
  companion(name: string): Locator {
    return this.section('Often in the same articles').getByRole('link', { name, exact: true });
  }
  get mergeBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Same as…' });
  }
  mergeButton(name: string): Locator {
    return this.page.getByRole('list', { name: 'Entries to merge' }).getByRole('button', { name: `Merge “${name}” into this` });
  }
  /** The status line at the top that says what the last correction did. */
  get status(): Locator {
    return this.page.locator('.who-status-line');
  }
}
