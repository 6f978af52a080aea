// The options page in real Chromium: the glossary editor (add, validate, duplicates, edit,
// search, delete with undo, prefill from the context menu), settings, data, shortcuts,
// keyboard order and axe checks in both color schemes.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousA11yViolations } from './axe';
import { describeInBrowser, openDemoArticle, type DemoArticle, type Launched } from './harness';
import { OptionsPage } from './pages/options';

interface StoredSettings {
  hoverDelayMs: number;
  highlightStyle: string;
  kinds: Record<string, boolean>;
}

const SCREENSHOTS = '.output/screenshots';

describeInBrowser('options page', (executablePath) => {
  let demo: DemoArticle | undefined;
  let browser: Launched;
  let article: Page;
  let options: OptionsPage;
  const storedSettings = async () =>
    ((await browser.worker.evaluate("chrome.storage.local.get('settings')")) as { settings: StoredSettings }).settings;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Read one article first, so the data section has something to count, export and clear.
    demo = await openDemoArticle(executablePath);
    ({ browser, article } = demo);
    options = await OptionsPage.open(browser.context, browser.extensionId);
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('refuses an entry without a term and says why next to the field', async () => {
    await options.addButton.click();
    await expect(options.errorOf('Term')).resolves.toBe('Enter a term.');
    await expect(options.page.evaluate(() => document.activeElement?.id)).resolves.toBe('glossary-term');
    await options.fill({ term: 'Taro Aso', link: 'not a link' });
    await expect(options.errorOf('Term')).resolves.toBeNull();
    await options.addButton.click();
    await expect(options.errorOf('Link')).resolves.toBe('Enter a web address starting with http:// or https://.');
    expect(await options.entries.count()).toBe(0);
  });

  // The status line renders a moment after the list it reports on (and still holds the previous
  // test's message until then), so the tests wait for it instead of reading it once.
  it('adds an entry with every field', async () => {
    await options.fill({
      term: 'Taro Aso',
      aliases: 'Aso, Aso-san',
      kind: 'Person',
      note: 'Vice-president of the LDP, "kingmaker", former prime minister\nSecond line',
      link: 'https://example.org/taro-aso',
    });
    await options.addButton.click();
    await options.entry('Taro Aso').waitFor();
    await expect.poll(() => options.status.textContent()).toContain('Added “Taro Aso”.');
    const text = await options.entry('Taro Aso').textContent();
    expect(text).toContain('Aso, Aso-san');
    expect(text).toContain('"kingmaker"');
    await expect(options.entry('Taro Aso').getByRole('link').getAttribute('href')).resolves.toBe('https://example.org/taro-aso');
    // The form is ready for the next entry.
    await expect(options.field('Term').inputValue()).resolves.toBe('');
  });

  it('detects duplicate terms and aliases, ignoring case and accents', async () => {
    await options.fill({ term: 'TARŌ ASO', aliases: '', note: '', link: '' });
    await options.addButton.click();
    await expect(options.errorOf('Term')).resolves.toBe('“Taro Aso” is already in your glossary.');
    await options.fill({ term: 'Aso' });
    await options.addButton.click();
    await expect(options.errorOf('Term')).resolves.toBe('“Aso” is already a name of “Taro Aso”.');
    await options.fill({ term: 'Liberal Democratic Party', aliases: 'LDP, aso-san', kind: 'Organization' });
    await options.addButton.click();
    await expect(options.errorOf('Aliases')).resolves.toBe('“aso-san” is already a name of “Taro Aso”.');
    await options.fill({ aliases: 'LDP, Jiminto' });
    await options.addButton.click();
    await options.entry('Liberal Democratic Party').waitFor();
    expect(await options.terms()).toEqual(['Liberal Democratic Party', 'Taro Aso']);
  });

  it('edits an entry', async () => {
    await options.entry('Taro Aso').getByRole('button', { name: 'Edit Taro Aso' }).click();
    await options.glossary.getByRole('heading', { name: 'Edit “Taro Aso”' }).waitFor();
    await expect(options.page.evaluate(() => document.activeElement?.id)).resolves.toBe('glossary-term');
    await expect(options.field('Aliases').inputValue()).resolves.toBe('Aso, Aso-san');
    // Its own names are not duplicates of itself.
    await options.fill({ note: 'Deputy prime minister 2012–2021' });
    await options.saveButton.click();
    await expect.poll(() => options.entry('Taro Aso').textContent()).toContain('Deputy prime minister 2012–2021');
    await options.glossary.getByRole('heading', { name: 'Add an entry' }).waitFor();
    // Escape leaves an edit without saving and returns to the entry's Edit button.
    const edit = options.entry('Taro Aso').getByRole('button', { name: 'Edit Taro Aso' });
    await edit.click();
    await options.fill({ note: 'not saved' });
    await options.page.keyboard.press('Escape');
    await options.glossary.getByRole('heading', { name: 'Add an entry' }).waitFor();
    await expect(edit.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await expect(options.entry('Taro Aso').textContent()).resolves.not.toContain('not saved');
    await expect(options.field('Note').inputValue()).resolves.toBe('');
  });

  it('searches the glossary by term, alias or note', async () => {
    await options.searchBox.fill('jimin');
    await expect.poll(() => options.terms()).toEqual(['Liberal Democratic Party']);
    await options.searchBox.fill('deputy');
    await expect.poll(() => options.terms()).toEqual(['Taro Aso']);
    await options.searchBox.fill('nobody');
    await options.glossary.getByText('No entry matches “nobody”.').waitFor();
    await options.searchBox.fill('');
    await expect.poll(() => options.terms()).toEqual(['Liberal Democratic Party', 'Taro Aso']);
  });

  it('deletes an entry with undo', async () => {
    await options.entry('Liberal Democratic Party').getByRole('button', { name: 'Delete Liberal Democratic Party' }).click();
    await expect.poll(() => options.terms()).toEqual(['Taro Aso']);
    await expect.poll(() => options.status.textContent()).toContain('Deleted “Liberal Democratic Party”.');
    const undo = options.glossary.getByRole('button', { name: 'Undo' });
    // Focus moves to Undo (the deleted row's buttons are gone), so Enter restores.
    await expect(undo.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await options.page.keyboard.press('Enter');
    await expect.poll(() => options.terms()).toEqual(['Liberal Democratic Party', 'Taro Aso']);
    await expect.poll(() => options.status.textContent()).toContain('Restored “Liberal Democratic Party”.');
  });

  it('exports the glossary and imports a file only after showing what it holds', async () => {
    const [download] = await Promise.all([
      options.page.waitForEvent('download'),
      options.glossary.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Taro Aso');
    await options.glossary.getByText(/^Saved .+\.csv \(entries: 2\)\.$/).waitFor();
    const header = csv.split(/\r?\n/)[0]!;
    const columns = header.split(',');
    const row = (values: Record<string, string>) => columns.map((column) => values[column] ?? '').join(',');
    const file = [
      header,
      row({ term: 'Zhao Lijian', kind: 'person', note: 'Chinese foreign ministry spokesman' }),
      row({ term: '', kind: 'person', note: 'no term' }),
      row({ term: 'Lai Ching-te', kind: 'person' }),
    ].join('\n');
    await options.glossary.getByLabel('Import a glossary file (JSON or CSV)').setInputFiles({
      name: 'glossary.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file),
    });
    const preview = options.glossary.getByRole('group', { name: /^In this file: new 2, changed 0/ });
    await preview.waitFor();
    await preview.getByText(/^Line 3: /).waitFor();
    expect(await seriousA11yViolations(options.page)).toEqual([]);
    // Nothing is written before the reader confirms.
    expect(await options.terms()).toEqual(['Liberal Democratic Party', 'Taro Aso']);
    await preview.getByRole('button', { name: 'Import the valid rows' }).click();
    await options.glossary.getByText('Imported: new 2, changed 0.').waitFor();
    await expect.poll(() => options.terms()).toEqual(['Lai Ching-te', 'Liberal Democratic Party', 'Taro Aso', 'Zhao Lijian']);
    for (const term of ['Lai Ching-te', 'Zhao Lijian']) {
      await options.entry(term).getByRole('button', { name: `Delete ${term}` }).click();
      await options.entry(term).waitFor({ state: 'detached' });
    }
  });

  it('opens prefilled with the text selected for "Add to Dramatis glossary"', async () => {
    // The menu item exists (update rejects an unknown id)…
    await expect(browser.worker.evaluate("chrome.contextMenus.update('dramatis-add-to-glossary', {}).then(() => true)")).resolves.toBe(true);
    // …and its click opens this address (lib/context-menu.ts glossaryFormUrl, unit-tested).
    const prefilled = await OptionsPage.open(browser.context, browser.extensionId, `?term=${encodeURIComponent(' Masahisa \n Sato ')}#glossary`);
    await expect(prefilled.field('Term').inputValue()).resolves.toBe('Masahisa Sato');
    await expect(prefilled.field('Term').evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await prefilled.page.close();
  });

  it('changes reading settings, refusing out-of-range numbers', async () => {
    const delay = options.settings.getByLabel('Card delay (milliseconds)');
    await delay.fill('50');
    await delay.press('Tab');
    await expect(delay.getAttribute('aria-invalid')).resolves.toBe('true');
    await options.settings.getByText('Enter a whole number from 100 to 2000.').waitFor();
    expect((await storedSettings())?.hoverDelayMs ?? 350).toBe(350);
    await delay.fill('600');
    await delay.press('Tab');
    await expect.poll(async () => (await storedSettings()).hoverDelayMs).toBe(600);
    await expect(delay.getAttribute('aria-invalid')).resolves.toBe('false');
    await options.settings.getByRole('radio', { name: 'Dotted underline' }).check();
    await expect.poll(async () => (await storedSettings()).highlightStyle).toBe('underline');
    // Kinds apply at once in the open article: no places marked, then all again.
    const highlighted = () => article.evaluate(() => [...(CSS.highlights.get('dramatis-mention') ?? [])].map((range) => String(range)));
    const before = await highlighted();
    expect(before).toContain('Taipei');
    await options.settings.getByRole('checkbox', { name: 'Places' }).uncheck();
    await expect.poll(async () => (await storedSettings()).kinds.place).toBe(false);
    await expect.poll(highlighted).not.toContain('Taipei');
    expect((await highlighted()).length).toBeGreaterThan(0);
    await options.settings.getByRole('checkbox', { name: 'Places' }).check();
    await expect.poll(async () => (await storedSettings()).kinds.place).toBe(true);
    await expect.poll(async () => (await highlighted()).length).toBe(before.length);
  });

  it('shows the storage used, exports and imports the dataset', async () => {
    await expect.poll(() => options.data.locator('.data-usage').textContent()).toMatch(/^Storage used: .+ \(articles: [1-9]\d*, names: [1-9]\d*\)\.$/);
    const [download] = await Promise.all([
      options.page.waitForEvent('download'),
      options.data.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    const file = await download.path();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ kind: 'dramatis-dataset', schemaVersion: 3 });
    expect(lines.at(-1)).toMatchObject({ end: { articles: 1 } });
    await options.data.getByText(/^Saved .+\.jsonl\.$/).waitFor();
    await options.data.getByLabel('Import a Dramatis export file').setInputFiles({ name: 'backup.jsonl', mimeType: 'application/x-ndjson', buffer: readFileSync(file) });
    await options.data.getByText(/^Imported\. Articles added or updated: \d+, names: \d+\.$/).waitFor();
    await options.data.getByLabel('Import a Dramatis export file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"not": "a dramatis file"'),
    });
    await options.data.getByText(/^That did not work: /).waitFor();
  });

  it('clears everything only after confirming', async () => {
    const clear = options.data.getByRole('button', { name: 'Clear everything…' });
    await clear.click();
    const confirm = options.data.getByRole('group', { name: /^This deletes every article Dramatis remembers/ });
    await confirm.waitFor();
    // It says what goes and what stays, with the counts.
    expect(await confirm.locator('#clear-confirm-text').textContent()).toMatch(/remembers \(1\), every name it found in them \(\d+\).* It keeps your glossary \(2 entries\) and your settings\.$/);
    expect(await seriousA11yViolations(options.page)).toEqual([]);
    // The safe choice has the focus.
    await expect(confirm.getByRole('button', { name: 'Cancel' }).evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await options.page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await expect(options.data.locator('.data-usage').textContent()).resolves.not.toMatch(/\(articles: 0,/);
    await clear.click();
    await confirm.getByRole('button', { name: 'Delete everything' }).click();
    await options.data.getByText('Everything was deleted.').waitFor();
    await expect.poll(() => options.data.locator('.data-usage').textContent()).toMatch(/\(articles: 0, names: 0\)/);
    // The glossary is kept.
    expect(await options.terms()).toEqual(['Liberal Democratic Party', 'Taro Aso']);
  });

  it('shows the keyboard shortcut and how to change it', async () => {
    const row = options.shortcuts.locator('.shortcut').filter({ hasText: 'Open the Dramatis panel' });
    await expect(row.locator('kbd').textContent()).resolves.toBe('Alt+Shift+D');
    await options.shortcuts.getByText('chrome://extensions/shortcuts').waitFor();
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      options.shortcuts.getByRole('button', { name: 'Change shortcuts' }).click(),
    ]);
    await expect.poll(() => opened.url()).toBe('chrome://extensions/shortcuts');
    await opened.close();
  });

  it('is operable by keyboard in a sensible order with a visible focus ring', async () => {
    await options.page.reload();
    await options.heading.waitFor();
    // Earlier tests' glossary edits may still wait to sync (batched, 1.5 s): while they do, the
    // sync line offers a Retry button, one more stop in the order. Start once sync has settled.
    await expect.poll(() => options.glossary.locator('.sync-status').textContent(), { timeout: 20_000 }).toContain('Synced with your other browsers.');
    const steps: string[] = [];
    for (let i = 0; i < 11; i++) {
      await options.page.keyboard.press('Tab');
      const now = await options.page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement;
        const style = getComputedStyle(element);
        const name = element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '';
        return { name: name.trim(), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      });
      expect(now.ring, `focus ring on ${now.name}`).toBe(true);
      steps.push(now.name);
    }
    expect(steps).toEqual([
      'Open Who’s who: everyone you have read about',
      'Your glossary',
      'Reading',
      'Your data',
      'Keyboard shortcuts',
      'Term',
      'Aliases',
      'Kind',
      'Note',
      'Link',
      'Add entry',
    ]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations, ${scheme}`, async () => {
      await options.page.emulateMedia({ colorScheme: scheme });
      await options.page.setViewportSize({ width: 900, height: 900 });
      // The glossary has loaded (its list, the empty note, or why it could not load).
      await options.glossary.locator('.glossary-list, .glossary-empty, .glossary-load-error').first().waitFor();
      await options.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      expect(await seriousA11yViolations(options.page)).toEqual([]);
      await options.page.screenshot({ path: `${SCREENSHOTS}/options-${scheme}.png`, fullPage: true });
      // With validation messages showing, too.
      await options.fill({ term: '', link: 'ftp://example.org' });
      await options.addButton.click();
      await expect(options.errorOf('Link')).resolves.not.toBeNull();
      expect(await seriousA11yViolations(options.page)).toEqual([]);
      await options.glossary.locator('form').screenshot({ path: `${SCREENSHOTS}/options-validation-${scheme}.png` });
      await options.fill({ link: '' });
      await options.glossary.getByRole('button', { name: 'Cancel' }).click();
    });
  }
});
