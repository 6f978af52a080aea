// Page object for the options page: glossary editor, reading settings, data, shortcuts.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { escapeRegExp } from './popup';

export interface GlossaryInput {
  term?: string;
  aliases?: string;
  kind?: 'Person' | 'Organization' | 'Place' | 'Other';
  note?: string;
  link?: string;
}

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, query = ''): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html${query}`);
    const options = new OptionsPage(page);
    await options.heading.waitFor();
    return options;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Dramatis settings', level: 1 });
  }

  // ── glossary ──
  get glossary(): Locator {
    return this.page.getByRole('region', { name: 'Your glossary' });
  }
  field(label: 'Term' | 'Aliases' | 'Kind' | 'Note' | 'Link'): Locator {
    return this.glossary.getByLabel(label, { exact: true });
  }
  /** The error shown next to a field (through its aria-describedby). */
  async errorOf(label: 'Term' | 'Aliases' | 'Note' | 'Link'): Promise<string | null> {
    const field = this.field(label);
    if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
    if (ids.length === 0) return null;
    return this.page.locator(`#${ids[0]}`).textContent();
  }
  async fill(input: GlossaryInput): Promise<void> {
    if (input.term !== undefined) await this.field('Term').fill(input.term);
    if (input.aliases !== undefined) await this.field('Aliases').fill(input.aliases);
    if (input.kind !== undefined) await this.field('Kind').selectOption({ label: input.kind });
    if (input.note !== undefined) await this.field('Note').fill(input.note);
    if (input.link !== undefined) await this.field('Link').fill(input.link);
  }
  get addButton(): Locator {
    return this.glossary.getByRole('button', { name: 'Add entry' });
  }
  get saveButton(): Locator {
    return this.glossary.getByRole('button', { name: 'Save changes' });
  }
  get entries(): Locator {
    return this.glossary.getByRole('list', { name: 'Glossary entries' }).getByRole('listitem');
  }
  entry(term: string): Locator {
    return this.entries.filter({ has: this.page.locator('.glossary-term', { hasText: new RegExp(`^${escapeRegExp(term)}$`) }) });
  }
  async terms(): Promise<string[]> {
    return this.glossary.locator('.glossary-term').allTextContents();
  }
  get searchBox(): Locator {
    return this.glossary.getByRole('searchbox', { name: 'Search the glossary' });
  }
  get status(): Locator {
    return this.glossary.locator('.glossary-notice');
  }

  // ── settings ──
  get settings(): Locator {
    return this.page.getByRole('region', { name: 'Reading' });
  }

  // ── data ──
  get data(): Locator {
    return this.page.getByRole('region', { name: 'Your data' });
  }

  // ── shortcuts ──
  get shortcuts(): Locator {
    return this.page.getByRole('region', { name: 'Keyboard shortcuts' });
  }
}
