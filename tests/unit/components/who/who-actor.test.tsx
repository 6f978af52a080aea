// An actor's page in Who's who: what articles said (as text, never markup), its links, the
// timeline's text alternative, and the corrections with the exact Correction each sends.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WhoActorView, type WhoActorViewProps } from '../../../../components/who/WhoActorView';
import { WhoStatus } from '../../../../components/who/WhoStatus';
import type { WhoListReply } from '../../../../lib/messages/protocol';
import { MAX_NAME_CHARS, type Correction } from '../../../../lib/store/who-types';
import { mountLive, type LiveDom } from '../live-dom';
import { useRealMessages } from '../real-messages';
import { renderToDocument } from '../render';
import { actorPage, MONDAY, row } from './who-fixtures';

beforeEach(useRealMessages);

let dom: LiveDom | null = null;
afterEach(() => {
  dom?.unmount();
  dom = null;
});

function setup(change: Partial<WhoActorViewProps> = {}) {
  const corrections: Correction[] = [];
  const undone: string[] = [];
  const searched: string[] = [];
  const props: WhoActorViewProps = {
    actor: actorPage(),
    locale: 'en-US',
    onCorrect: async (correction) => {
      corrections.push(correction);
      return true;
    },
    onUndo: (id) => undone.push(id),
    findActors: async (query): Promise<WhoListReply> => {
      searched.push(query);
      const rows = [{ ...row(1), id: 'person:masahisa sato', name: 'Masahisa Sato' }, { ...row(2), id: 'person:m sato', name: 'M. Sato (economist)' }];
      return { ok: true, page: { rows, total: 2, exact: true, sites: [] } };
    },
    ...change,
  };
  return { props, corrections, undone, searched };
}

async function mountActor(change: Partial<WhoActorViewProps> = {}) {
  const made = setup(change);
  dom = await mountLive(<WhoActorView {...made.props} />);
  await dom.settle();
  return { ...made, live: dom };
}

const buttonNamed = (document: Document, text: string) => [...document.querySelectorAll('button')].find((button) => button.textContent === text);

describe('WhoActorView', () => {
  it('shows the name as the heading, other names, dates, and focuses the heading', async () => {
    const { live } = await mountActor();
    const heading = live.document.querySelector('h1')!;
    expect(heading.textContent).toBe('Masahisa Sato');
    expect(live.focused()).toBe(heading);
    const text = live.document.body.textContent ?? '';
    expect(text).toContain('Also called: Sato, M. Sato');
    expect(text).toContain('Jan 6, 2025');
    expect(text).toContain('5 articles');
    expect(live.document.querySelector('.who-back a')?.getAttribute('href')).toBe('#');
  });

  it('gives the timeline a text alternative', () => {
    const document = renderToDocument(<WhoActorView {...setup().props} />);
    const chart = document.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).toBe('Met in 5 articles over 3 weeks; most in the week of Jan 20, 2025 (4).');
    // One bar per week; a week without articles has no height.
    const heights = [...chart.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('height')));
    expect(heights).toHaveLength(3);
    expect(heights[1]).toBe(0);
    expect(heights[2]).toBeGreaterThan(heights[0]!);
  });

  it('lists what each article said, with web links only, and links to companions and affiliations', () => {
    const document = renderToDocument(<WhoActorView {...setup().props} />);
    const articles = [...document.querySelectorAll('.who-article')];
    expect(articles).toHaveLength(2);
    const first = articles[0]!;
    expect(first.querySelector('a')?.getAttribute('href')).toBe('https://news.example/budget');
    expect(first.querySelector('a')?.textContent).toBe('Budget talks stall');
    expect(first.querySelector('.who-article-site')?.textContent).toBe('news.example');
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-21');
    expect(first.textContent).toContain('Called “Sato”');
    expect(first.querySelector('.who-descriptors li')?.textContent).toBe('chair of the budget committee');
    expect(first.querySelector('blockquote')?.textContent).toBe('“We will keep talking,”');
    // Not a web link: the headline stays text; and the article used the page's own name.
    expect(articles[1]!.querySelector('a')).toBeNull();
    expect(articles[1]!.textContent).toContain('Not a web link');
    expect(articles[1]!.textContent).not.toContain('Called');
    const companion = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Taro Aso')!;
    expect(companion.getAttribute('href')).toBe('#actor=person%3Ataro%20aso');
    expect(companion.parentElement?.textContent).toContain('together in 3 articles');
    const party = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Liberal Democratic Party')!;
    expect(party.getAttribute('href')).toBe('#actor=organization%3Aldp');
    expect(party.parentElement?.textContent).toContain('from “a lawmaker of the Liberal Democratic Party”');
  });

  it('renders page text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const base = actorPage();
    const actor = actorPage({
      name: `<b>${hostile}</b>`,
      aliases: [hostile],
      articles: [{ ...base.articles[0]!, title: hostile, name: hostile, descriptors: [{ text: hostile, start: 0, end: 5 }], quotes: [{ text: hostile, start: 9, end: 12 }] }],
      affiliations: [{ ...base.affiliations[0]!, via: hostile }],
    });
    const document = renderToDocument(<WhoActorView {...setup({ actor }).props} />);
    expect(document.querySelector('img, b')).toBeNull();
    expect(document.querySelector('h1')?.textContent).toBe(`<b>${hostile}</b>`);
    expect(document.querySelector('.who-descriptors li')?.textContent).toBe(hostile);
    expect(document.querySelector('.who-quote')?.textContent).toBe(hostile);
  });

  it('renames, refusing an empty, unchanged or overlong name first', async () => {
    const { live, corrections } = await mountActor();
    const input = live.document.getElementById('who-rename')!;
    const form = input.closest('form')!;
    await live.setValue(input, '   ');
    await live.fire(form, 'submit');
    expect(live.document.getElementById('who-rename-error')?.textContent).toBe('Type a name.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await live.setValue(input, 'Masahisa Sato');
    await live.fire(form, 'submit');
    expect(live.document.getElementById('who-rename-error')?.textContent).toBe('That is already the name.');
    await live.setValue(input, 'x'.repeat(MAX_NAME_CHARS + 1));
    await live.fire(form, 'submit');
    expect(live.document.getElementById('who-rename-error')?.textContent).toBe(`A name has at most ${MAX_NAME_CHARS} characters.`);
    expect(corrections).toEqual([]);
    await live.setValue(input, '  Sato Masahisa ');
    await live.fire(form, 'submit');
    expect(corrections).toEqual([{ type: 'rename', id: 'person:masahisa sato', name: 'Sato Masahisa' }]);
    expect(live.document.getElementById('who-rename-error')).toBeNull();
  });

  it('changes the kind, hides the name and splits a name off', async () => {
    const { live, corrections } = await mountActor();
    const kind = live.document.getElementById('who-change-kind')!;
    await live.fire(kind.closest('form')!, 'submit');
    expect(live.document.getElementById('who-kind-error')?.textContent).toBe('It is already marked as Person.');
    await live.setValue(kind, 'organization', 'change');
    await live.fire(kind.closest('form')!, 'submit');
    await live.fire(buttonNamed(live.document, 'Hide “Masahisa Sato”')!, 'click');
    const split = live.document.getElementById('who-split')!;
    await live.setValue(split, 'M. Sato', 'change');
    await live.fire(split.closest('form')!, 'submit');
    expect(corrections).toEqual([
      { type: 'kind', id: 'person:masahisa sato', kind: 'organization' },
      { type: 'hide', name: 'Masahisa Sato' },
      { type: 'split', id: 'person:masahisa sato', name: 'M. Sato' },
    ]);
  });

  it('merges another entry found by “Same as…” into this one (never this one into itself)', async () => {
    const { live, corrections, searched } = await mountActor();
    await live.setValue(live.document.getElementById('who-merge')!, 'sato');
    await live.settle(150);
    expect(searched).toEqual(['sato']);
    const choices = [...live.document.querySelectorAll('.who-merge-results button')].map((button) => button.textContent);
    expect(choices).toEqual(['Merge “M. Sato (economist)” into this']);
    await live.fire(live.document.querySelector('.who-merge-results button')!, 'click');
    await live.settle();
    expect(corrections).toEqual([{ type: 'merge', into: 'person:masahisa sato', from: 'person:m sato' }]);
    // Done: the search is cleared.
    expect(live.document.querySelector('.who-merge-results')).toBeNull();
  });

  it('undoes a listed correction by its record id, and unhides a hidden name', async () => {
    const hide = { id: 'c9', at: MONDAY + 3_000, correction: { type: 'hide' as const, name: 'Masahisa Sato' }, by: 'reader' as const, summary: 'Hid “Masahisa Sato”' };
    const actor = actorPage({ hidden: true, corrections: [hide, ...actorPage().corrections] });
    const { live, undone } = await mountActor({ actor });
    const history = [...live.document.querySelectorAll('.who-history-item')];
    expect(history.map((item) => item.querySelector('.who-history-text span')?.textContent)).toEqual(['Hid “Masahisa Sato”', 'Merged “Sato” into “Masahisa Sato”']);
    expect(history[1]!.textContent).toContain('by Dramatis');
    expect(history[0]!.textContent).toContain('by you');
    await live.fire(history[1]!.querySelector('button')!, 'click');
    expect(undone).toEqual(['c1']);
    expect(live.document.body.textContent).toContain('This name is hidden');
    expect(buttonNamed(live.document, 'Hide “Masahisa Sato”')).toBeUndefined();
    await live.fire(buttonNamed(live.document, 'Unhide')!, 'click');
    expect(undone).toEqual(['c1', 'c9']);
  });
});

describe('WhoStatus', () => {
  const record = { id: 'r7', at: MONDAY, correction: { type: 'rename' as const, id: 'a', name: 'B' }, by: 'reader' as const, summary: 'Renamed “A” to “B”' };

  it('says what the correction did, with an Undo that names the record', async () => {
    const undone: string[] = [];
    dom = await mountLive(<WhoStatus notice={{ type: 'done', record, focus: true }} onUndo={(id) => undone.push(id)} />);
    const status = dom.document.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('Renamed “A” to “B”');
    expect(dom.focused()?.textContent).toBe('Renamed “A” to “B”');
    await dom.fire(status.querySelector('button')!, 'click');
    expect(undone).toEqual(['r7']);
  });

  it('says an undo was done, and shows a failure as an alert', () => {
    const undoneDoc = renderToDocument(<WhoStatus notice={{ type: 'undone', record, focus: false }} onUndo={() => undefined} />);
    expect(undoneDoc.querySelector('[role="status"]')?.textContent).toBe('Undone: Renamed “A” to “B”');
    expect(undoneDoc.querySelector('[role="status"] button')).toBeNull();
    const failed = renderToDocument(<WhoStatus notice={{ type: 'error', text: 'Could not undo: gone' }} onUndo={() => undefined} />);
    expect(failed.querySelector('[role="alert"]')?.textContent).toBe('Could not undo: gone');
  });
});
