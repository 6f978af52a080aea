// The Who's who page (who.html) in real Chromium, over three invented articles that share their
// cast (tests/e2e/fixtures/who/): a person found by another name, what each article said and a
// working affiliation link; "Same as…" and a later article under the merged-away name; hiding a
// name from the card and from Who's who, and undoing both; axe in light and dark; the keyboard.
//
// What the engine makes of the fixtures (checked with `npm run -s analyze -- FILE`):
//   harbor-dredging  "Dana Kessler, head of the Calloway Harbor Authority (CHA)" (+ "Kessler", a quote), Marcus Oyelaran, Calloway, Brightwater University
//   council-vote     "Kessler" and "CHA" (one word each: linked to the stored Dana Kessler and Calloway Harbor Authority), Marcus Oyelaran, Priya Venkataraman
//   seagrass-study   "D. Kessler" (two words: a separate actor until the reader merges it), Priya Venkataraman, Marcus Oyelaran
//   port-fees        "D. Kessler" again, read only after the merge
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hoverText, launchWithExtension, pageCastOf, serveDirectory, tabIdOf, waitForHighlights } from '../../scripts/browser.mjs';
import { seriousA11yViolations } from './axe';
import { describeInBrowser } from './harness';
import { cardDialog, highlightTexts, openCardName, pointOf } from './overlay-helpers';
import { WhoPage } from './pages/who';

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

const SCREENSHOTS = '.output/screenshots';
const HARBOR = 'Calloway will dredge its harbor channel before the autumn storms';
const COUNCIL = 'Council delays vote on harbor dredging';
const SEAGRASS = 'Study warns dredging could harm seagrass in Calloway bay';
const FEES = 'Port fees to rise to pay for new cranes';
const DANA = 'person:dana kessler';

describeInBrowser('Who’s who page', (executablePath) => {
  let browser: Launched;
  let server: { url: string; close: () => Promise<void> };
  /** The article tabs, by file name, each read (highlighted) once. */
  const articles = new Map<string, Page>();
  const urlOf = (file: string) => `${server.url}/${file}.html`;
  const openWho = (hash = '') => WhoPage.open(browser.context, browser.extensionId, hash);

  /** Opens an article in a tab of its own and waits until its names are highlighted (it is stored by then). */
  async function read(file: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(urlOf(file));
    await waitForHighlights(page);
    articles.set(file, page);
    return page;
  }

  /** The tab of an article read before; read now when the test runs alone (`-t`). */
  async function tabOf(file: string): Promise<Page> {
    return articles.get(file) ?? read(file);
  }
  const FIRST_THREE = ['harbor-dredging', 'council-vote', 'seagrass-study'];
  const readFirstThree = async () => {
    for (const file of FIRST_THREE) await tabOf(file);
  };

  /** Reloads an article and waits until the content script has read it again. */
  async function reread(page: Page): Promise<string[]> {
    await page.reload();
    await waitForHighlights(page);
    return highlightTexts(page);
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveDirectory('tests/e2e/fixtures/who');
    browser = await launchWithExtension({ executablePath });
    // A missing element fails its test in 10 s, well inside the test's own minute.
    browser.context.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a person by another name, shows what each article said, and follows an affiliation', async () => {
    for (const [file, name] of [
      ['harbor-dredging', 'Dana Kessler'],
      ['council-vote', 'Kessler'],
      ['seagrass-study', 'D. Kessler'],
    ] as const) {
      const page = await read(file);
      expect(await highlightTexts(page)).toContain(name);
    }

    const who = await openWho();
    await who.listHeading.waitFor();
    await who.rows.first().waitFor();
    // An acronym finds the organization it stands for (no word of its name starts so).
    await who.search('cha');
    await expect.poll(() => who.rowNames()).toEqual(['Calloway Harbor Authority']);
    await expect(who.row('Calloway Harbor Authority').textContent()).resolves.toMatch(/Organization.*CHA.*3 articles/);
    // "Kessler" is another name of Dana Kessler (the second article only says "Kessler");
    // "D. Kessler" is a separate entry until the reader says otherwise.
    await who.search('Kessler');
    await expect.poll(() => who.rowNames().then((names) => names.sort())).toEqual(['D. Kessler', 'Dana Kessler']);
    await expect.poll(() => who.count.textContent()).toBe('2 names');
    const row = who.row('Dana Kessler');
    await expect(row.textContent()).resolves.toMatch(/Person.*Kessler.*2 articles/);

    await row.click();
    await expect(who.actorHeading.textContent()).resolves.toBe('Dana Kessler');
    expect(new URL(who.page.url()).hash).toBe(`#actor=${encodeURIComponent(DANA)}`);
    await expect(who.actorHeading.evaluate((h1) => h1 === document.activeElement)).resolves.toBe(true);
    await expect(who.actorKind.textContent()).resolves.toBe('Person');
    await expect(who.otherNames.textContent()).resolves.toBe('Also called: Kessler');

    // Each article that met her, newest first, with its headline (a link to it), the name it
    // used, what it said she is, and her quote.
    expect(await who.articleTitles()).toEqual([COUNCIL, HARBOR]);
    const council = who.article(COUNCIL);
    await expect(council.getByRole('link').getAttribute('href')).resolves.toBe(urlOf('council-vote'));
    await expect(council.textContent()).resolves.toContain('Called “Kessler”');
    await expect(council.getByRole('list', { name: 'What it said' }).getByRole('listitem').allTextContents()).resolves.toEqual([
      'who has run the port for six years',
    ]);
    await expect(council.locator('blockquote').textContent()).resolves.toContain('Every week we wait, the channel gets shallower');
    const harbor = who.article(HARBOR);
    await expect(harbor.getByRole('link').getAttribute('href')).resolves.toBe(urlOf('harbor-dredging'));
    await expect(harbor.getByRole('list', { name: 'What it said' }).getByRole('listitem').allTextContents()).resolves.toEqual([
      'head of the Calloway Harbor Authority',
    ]);
    expect(await harbor.textContent()).not.toContain('Called');
    // The seagrass study's "D. Kessler" is not (yet) her.
    expect(await who.articleTitles()).not.toContain(SEAGRASS);

    await expect(who.timeline.getAttribute('aria-label')).resolves.toMatch(/^Met in 2 articles in the week of /);
    await expect(who.section('Often in the same articles').textContent()).resolves.toContain('Marcus Oyelaran');
    await expect(who.companion('Marcus Oyelaran').locator('xpath=..').textContent()).resolves.toContain('together in 2 articles');

    // "head of the Calloway Harbor Authority" connects her to it: its link opens its page.
    await expect(who.section('Connected to').textContent()).resolves.toContain('from “head of the Calloway Harbor Authority”');
    await who.affiliation('Calloway Harbor Authority').click();
    await expect.poll(() => who.actorHeading.textContent()).toBe('Calloway Harbor Authority');
    await expect(who.actorKind.textContent()).resolves.toBe('Organization');
    expect(new URL(who.page.url()).hash).toBe(`#actor=${encodeURIComponent('organization:calloway harbor authority')}`);
    expect((await who.articleTitles()).sort()).toEqual([COUNCIL, HARBOR, SEAGRASS].sort());
    // Back goes back to her page.
    await who.page.goBack();
    await expect.poll(() => who.actorHeading.textContent()).toBe('Dana Kessler');
    await who.page.close();
  });

  it('merges “D. Kessler” into Dana Kessler with “Same as…”, undoes it, and a later article’s “D. Kessler” is her', async () => {
    const undoMerge = 'Undo: Merged “D. Kessler” into “Dana Kessler”';
    await readFirstThree();
    const who = await openWho(`#actor=${encodeURIComponent(DANA)}`);
    await expect.poll(() => who.actorHeading.textContent()).toBe('Dana Kessler');
    const merge = async () => {
      await who.mergeBox.fill('D. Kes');
      await who.mergeButton('D. Kessler').click();
      await expect.poll(() => who.status.textContent()).toContain('Merged “D. Kessler” into “Dana Kessler”');
      await expect.poll(() => who.articleTitles()).toEqual([SEAGRASS, COUNCIL, HARBOR]);
    };
    await merge();
    await expect(who.article(SEAGRASS).textContent()).resolves.toContain('Called “D. Kessler”');
    await expect(who.otherNames.textContent()).resolves.toMatch(/^Also called: .*D\. Kessler/);
    await expect(who.section('Correct Dramatis').getByRole('button', { name: undoMerge }).count()).resolves.toBe(1);
    // The merged-away entry is gone, from its page and from the list.
    await who.goToActor('person:d. kessler');
    await who.page.getByText('This entry no longer exists.', { exact: false }).waitFor();
    await who.goToList();
    await who.search('Kessler');
    await expect.poll(() => who.rowNames()).toEqual(['Dana Kessler']);
    await expect(who.row('Dana Kessler').textContent()).resolves.toContain('3 articles');

    // Undo (from the corrections list) gives "D. Kessler" back its article and shows its page.
    await who.row('Dana Kessler').click();
    await expect.poll(() => who.actorHeading.textContent()).toBe('Dana Kessler');
    await who.section('Correct Dramatis').getByRole('button', { name: undoMerge }).click();
    await expect.poll(() => who.actorHeading.textContent()).toBe('D. Kessler');
    await expect.poll(() => who.status.textContent()).toContain('Undone: Merged “D. Kessler” into “Dana Kessler”');
    expect(await who.articleTitles()).toEqual([SEAGRASS]);
    await who.goToActor(DANA);
    await expect.poll(() => who.articleTitles()).toEqual([COUNCIL, HARBOR]);
    await expect(who.otherNames.textContent()).resolves.toBe('Also called: Kessler');
    await merge();

    // A fourth article names "D. Kessler": the reader's merge makes it her.
    const fees = await read('port-fees');
    const cast = (await pageCastOf(browser.worker, await tabIdOf(browser.worker, fees))) as { dataset: { actors: Array<{ id: string; name: string }> } };
    expect(cast.dataset.actors.filter((actor) => actor.name.includes('Kessler'))).toEqual([expect.objectContaining({ id: DANA, name: 'D. Kessler' })]);
    await hoverText(fees, 'D. Kessler');
    const card = await cardDialog(fees, 'D. Kessler');
    await card.waitFor();
    // Her card lists the three earlier articles, the one that called her "Dana Kessler" among them.
    const earlier = card.getByRole('region', { name: 'In earlier articles' });
    await earlier.waitFor();
    const links = await earlier.getByRole('link').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.sort()).toEqual([urlOf('council-vote'), urlOf('harbor-dredging'), urlOf('seagrass-study')].sort());
    await expect(earlier.textContent()).resolves.toContain('head of the Calloway Harbor Authority');
    await card.getByRole('button', { name: 'All 4 articles' }).waitFor();
    // One actor: the "Kessler" of the next paragraph opens the same card.
    await fees.keyboard.press('Escape');
    await expect.poll(() => openCardName(fees)).toBeNull();
    const { x, y } = await pointOf(fees, 'Kessler said', 'article', 0, 3);
    await fees.mouse.move(x, y, { steps: 3 });
    const again = await cardDialog(fees, 'D. Kessler');
    const all = again.getByRole('button', { name: 'All 4 articles' });
    await all.waitFor();

    // "All 4 articles" opens her page in Who's who.
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), all.click()]);
    await opened.waitForURL(/who\.html#actor=/);
    expect(new URL(opened.url()).hash).toBe(`#actor=${encodeURIComponent(DANA)}`);
    await opened.locator('h1#who-actor-name', { hasText: 'Dana Kessler' }).waitFor();
    await expect.poll(() => opened.locator('.who-article-title').allTextContents()).toEqual([FEES, SEAGRASS, COUNCIL, HARBOR]);
    await opened.close();
    await who.page.close();
  });

  it('hides a name from the card, and the name is back after “Unhide” in Who’s who', async () => {
    await readFirstThree();
    const harbor = await tabOf('harbor-dredging');
    await harbor.bringToFront();
    await hoverText(harbor, 'Marcus Oyelaran');
    const card = await cardDialog(harbor, 'Marcus Oyelaran');
    await card.getByRole('button', { name: 'Hide this name' }).click();
    // The page reads itself again once the hide is stored: the name goes at once…
    await expect.poll(() => highlightTexts(harbor)).not.toContain('Marcus Oyelaran');
    // …and after a reload, every form of it, while the others stay.
    const after = await reread(harbor);
    expect(after).not.toContain('Marcus Oyelaran');
    expect(after).not.toContain('Oyelaran');
    expect(after).toEqual(expect.arrayContaining(['Dana Kessler', 'Kessler', 'Calloway Harbor Authority', 'Brightwater University']));

    const who = await openWho();
    await who.search('Oyelaran');
    await expect(who.row('Marcus Oyelaran').textContent()).resolves.toContain('Hidden');
    await who.row('Marcus Oyelaran').click();
    await expect.poll(() => who.actorHeading.textContent()).toBe('Marcus Oyelaran');
    await who.page.getByText('This name is hidden: Dramatis does not highlight it on pages.').waitFor();
    await who.page.getByRole('button', { name: 'Unhide' }).click();
    await expect.poll(() => who.status.textContent()).toBe('Undone: Hid “Marcus Oyelaran”');
    await who.page.getByText('This name is hidden', { exact: false }).waitFor({ state: 'detached' });
    await who.section('Correct Dramatis').getByRole('button', { name: 'Hide “Marcus Oyelaran”' }).waitFor();
    await who.page.close();

    await harbor.bringToFront();
    expect(await reread(harbor)).toEqual(expect.arrayContaining(['Marcus Oyelaran', 'Oyelaran', 'Dana Kessler']));
  });

  it('hides a name from Who’s who, and the status line’s Undo brings it back', async () => {
    await readFirstThree();
    const seagrass = await tabOf('seagrass-study');
    const who = await openWho(`#actor=${encodeURIComponent('organization:brightwater university')}`);
    await expect.poll(() => who.actorHeading.textContent()).toBe('Brightwater University');
    await who.section('Correct Dramatis').getByRole('button', { name: 'Hide “Brightwater University”' }).click();
    await expect.poll(() => who.status.textContent()).toContain('Hid “Brightwater University”');
    // The control that did it is gone: focus is on the line that says what was done.
    // (Preact runs the effect that moves it after the paint that shows the text: wait for it, as below.)
    await expect.poll(() => who.page.evaluate(() => document.activeElement?.closest('.who-status-line') !== null)).toBe(true);
    await who.page.getByText('This name is hidden', { exact: false }).waitFor();

    await seagrass.bringToFront();
    const hidden = await reread(seagrass);
    expect(hidden).not.toContain('Brightwater University');
    expect(hidden).toEqual(expect.arrayContaining(['Priya Venkataraman', 'D. Kessler', 'Calloway']));

    await who.page.bringToFront();
    await who.status.getByRole('button', { name: 'Undo: Hid “Brightwater University”' }).click();
    await expect.poll(() => who.status.textContent()).toBe('Undone: Hid “Brightwater University”');
    await who.page.close();
    await seagrass.bringToFront();
    expect(await reread(seagrass)).toContain('Brightwater University');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations on the list and an actor’s page, ${scheme}`, async () => {
      await readFirstThree();
      const who = await openWho();
      await who.page.setViewportSize({ width: 1200, height: 900 });
      await who.page.emulateMedia({ colorScheme: scheme });
      await who.rows.first().waitFor();
      await expect.poll(() => who.rows.count()).toBeGreaterThan(5);
      expect(await seriousA11yViolations(who.page)).toEqual([]);
      await who.page.screenshot({ path: `${SCREENSHOTS}/who-list-${scheme}.png` });
      await who.row('Dana Kessler').click();
      await expect.poll(() => who.actorHeading.textContent()).toBe('Dana Kessler');
      await who.section('Connected to').waitFor();
      await who.timeline.waitFor();
      expect(await seriousA11yViolations(who.page)).toEqual([]);
      await who.page.screenshot({ path: `${SCREENSHOTS}/who-actor-${scheme}.png`, fullPage: true });
      await who.page.close();
    });
  }

  it('is operable by keyboard: Tab to the search, arrows through the rows, Enter opens, focus on the name', async () => {
    await readFirstThree();
    const who = await openWho();
    await who.rows.first().waitFor();
    const focused = () =>
      who.page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          id: element.id,
          index: element.getAttribute('data-index'),
          name: element.querySelector('.who-row-name')?.textContent ?? null,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        };
      });
    await who.page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ id: 'who-search', ring: true });
    // On through the filters to the list, where one row is in the tab order.
    let now = await focused();
    for (let i = 0; i < 10 && now.index === null; i++) {
      await who.page.keyboard.press('Tab');
      now = await focused();
    }
    expect(now).toMatchObject({ index: '0', ring: true });
    const names = await who.rowNames();
    expect(now.name).toBe(names[0]);
    await who.page.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatchObject({ index: '1', name: names[1], ring: true });
    await who.page.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatchObject({ index: '2', name: names[2] });
    await who.page.keyboard.press('ArrowUp');
    await expect.poll(focused).toMatchObject({ index: '1', name: names[1] });
    await who.page.keyboard.press('End');
    await expect.poll(focused).toMatchObject({ index: String(names.length - 1), name: names[names.length - 1] });
    await who.page.keyboard.press('Home');
    await expect.poll(focused).toMatchObject({ index: '0', name: names[0] });
    await who.page.keyboard.press('ArrowDown');
    await expect.poll(focused).toMatchObject({ index: '1' });
    // Only the active row is in the tab order.
    await expect(who.rows.evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).tabIndex === 0).length)).resolves.toBe(1);

    await who.page.keyboard.press('Enter');
    await expect.poll(() => who.actorHeading.textContent()).toBe(names[1]);
    await expect.poll(() => who.actorHeading.evaluate((h1) => h1 === document.activeElement)).toBe(true);
    // Back to the list: focus returns to the row that was opened.
    await who.page.goBack();
    await who.listHeading.waitFor();
    await expect.poll(focused).toMatchObject({ index: '1', name: names[1] });
    await who.page.close();
  });
});
