// The Who's who list: virtualised (only a window of rows in the document), paged as the reader
// scrolls, re-asked from the top when a filter changes, moved through with the arrow keys.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WhoList } from '../../../../components/who/WhoList';
import { PAGE_SIZE, ROW_HEIGHT } from '../../../../components/who/list-window';
import type { WhoListReply } from '../../../../lib/messages/protocol';
import type { WhoListQuery } from '../../../../lib/store/who-types';
import { mountLive, type LiveDom } from '../live-dom';
import { useRealMessages } from '../real-messages';
import { fakeList, fakeListLowerBound, row } from './who-fixtures';

beforeEach(useRealMessages);

let dom: LiveDom | null = null;
afterEach(() => {
  dom?.unmount();
  dom = null;
});

async function mountList(load: (query: WhoListQuery) => Promise<WhoListReply>): Promise<LiveDom> {
  dom = await mountLive(<WhoList load={load} shown locale="en-US" refreshKey={0} />);
  await dom.settle();
  return dom;
}

const items = (live: LiveDom) => [...live.document.querySelectorAll('[role="listitem"]')];
const rowLink = (live: LiveDom, index: number) => live.document.querySelector(`a[data-index="${index}"]`);
/** linkedom keeps the attribute as Preact wrote it (a browser would take the tabIndex property). */
const tabStop = (live: LiveDom, index: number) => {
  const link = rowLink(live, index);
  return link?.getAttribute('tabIndex') ?? link?.getAttribute('tabindex') ?? null;
};
/**
 * A key pressed on a row bubbles to the list, which handles it. linkedom calls a bubbling
 * event's listeners with the target as `this`, which Preact's proxy cannot use: the key is
 * dispatched on the list itself (the handler moves from the active row, not the event target).
 */
const press = (live: LiveDom, key: string) => live.fire(live.document.querySelector('[role="list"]')!, 'keydown', { key });
const viewport = (live: LiveDom) => live.document.querySelector('.who-viewport')!;

async function scrollTo(live: LiveDom, top: number): Promise<void> {
  (viewport(live) as HTMLElement).scrollTop = top;
  await live.fire(viewport(live), 'scroll');
  await live.settle();
}

describe('WhoList', () => {
  it('draws only a window of rows for 100,000 names, with a spacer as tall as all of them', async () => {
    const { asked, load } = fakeList(100_000);
    const live = await mountList(load);
    expect(asked).toEqual([{ query: '', kind: 'all', site: '', period: 'all', sort: 'recent', offset: 0, limit: PAGE_SIZE }]);
    const drawn = items(live);
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    const list = live.document.querySelector('[role="list"]')!;
    expect(list.getAttribute('style')?.replace(/\s/g, '')).toBe(`height:${100_000 * ROW_HEIGHT}px`);
    expect(drawn[0]!.getAttribute('aria-setsize')).toBe('100000');
    expect(drawn[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(rowLink(live, 0)?.textContent).toContain('Actor 0');
    expect(rowLink(live, 0)?.getAttribute('href')).toBe('#actor=person%3Aactor%200');
    expect(live.document.querySelector('[role="status"].who-count')?.textContent).toBe('100,000 names');
  });

  it('asks for the next page when the reader scrolls down, and draws the rows there', async () => {
    const { asked, load } = fakeList(100_000);
    const live = await mountList(load);
    await scrollTo(live, 150 * ROW_HEIGHT);
    expect(asked.map((query) => query.offset)).toEqual([0, 100]);
    expect(rowLink(live, 0)).toBeNull();
    expect(rowLink(live, 150)?.textContent).toContain('Actor 150');
    expect(items(live).length).toBeLessThan(60);
    // Pages already fetched are not asked again.
    await scrollTo(live, 0);
    await scrollTo(live, 150 * ROW_HEIGHT);
    expect(asked.map((query) => query.offset)).toEqual([0, 100]);
  });

  it('keeps the site choices when later pages arrive without them', async () => {
    const { load } = fakeList(100_000);
    const live = await mountList(load);
    const choices = () => [...live.document.querySelectorAll('#who-site option')].map((option) => option.getAttribute('value'));
    expect(choices()).toEqual(['', 'news.example', 'paper.example']);
    await scrollTo(live, 500 * ROW_HEIGHT);
    expect(choices()).toEqual(['', 'news.example', 'paper.example']);
  });

  it('grows a count that is only a lower bound as the reader scrolls to its end', async () => {
    const { asked, load } = fakeListLowerBound(250);
    const live = await mountList(load);
    expect(live.document.querySelector('.who-count')?.textContent).toBe('At least 101 names');
    expect(items(live)[0]!.getAttribute('aria-setsize')).toBe('-1');
    await scrollTo(live, 95 * ROW_HEIGHT);
    expect(asked.map((query) => query.offset)).toEqual([0, 100]);
    expect(live.document.querySelector('.who-count')?.textContent).toBe('At least 201 names');
    expect(live.document.querySelector('[role="list"]')?.getAttribute('style')?.replace(/\s/g, '')).toBe(`height:${201 * ROW_HEIGHT}px`);
    await scrollTo(live, 195 * ROW_HEIGHT);
    expect(asked.map((query) => query.offset)).toEqual([0, 100, 200]);
    expect(live.document.querySelector('.who-count')?.textContent).toBe('250 names');
    expect(items(live)[0]!.getAttribute('aria-setsize')).toBe('250');
    await scrollTo(live, 240 * ROW_HEIGHT);
    expect(rowLink(live, 249)?.textContent).toContain('Actor 249');
    expect(asked).toHaveLength(3);
  });

  it('moves focus between rows with the arrow keys, drawing rows that were not drawn', async () => {
    const { load } = fakeList(100_000);
    const live = await mountList(load);
    expect(tabStop(live, 0)).toBe('0');
    expect(tabStop(live, 1)).toBe('-1');
    await press(live, 'ArrowDown');
    expect(live.focused()?.getAttribute('data-index')).toBe('1');
    expect(tabStop(live, 1)).toBe('0');
    expect(tabStop(live, 0)).toBe('-1');
    await press(live, 'ArrowUp');
    expect(live.focused()?.getAttribute('data-index')).toBe('0');
    await press(live, 'End');
    await live.settle();
    expect(live.focused()?.getAttribute('data-index')).toBe('99999');
    expect(rowLink(live, 0)).toBeNull();
    expect((viewport(live) as HTMLElement).scrollTop).toBeGreaterThan(99_000 * ROW_HEIGHT);
    expect(rowLink(live, 99_999)?.textContent).toContain('Actor 99999');
  });

  it('puts focus back on the row that was opened when the list is shown again', async () => {
    const { load } = fakeList(1_000);
    const live = await mountList(load);
    await live.fire(rowLink(live, 3)!, 'click');
    await live.rerender(<WhoList load={load} shown={false} locale="en-US" refreshKey={0} />);
    expect(live.document.querySelector('section.who-list')?.hasAttribute('hidden')).toBe(true);
    await live.rerender(<WhoList load={load} shown locale="en-US" refreshKey={0} />);
    expect(live.focused()?.getAttribute('data-index')).toBe('3');
  });

  it('asks again from the top when a filter changes', async () => {
    const { asked, load } = fakeList(100_000);
    const live = await mountList(load);
    await scrollTo(live, 500 * ROW_HEIGHT);
    const before = asked.length;
    await live.setValue(live.document.getElementById('who-kind')!, 'person', 'change');
    await live.settle();
    const after = asked.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((query) => query.offset === 0 && query.kind === 'person')).toBe(true);
    expect(rowLink(live, 0)).not.toBeNull();
  });

  it('searches as the reader types, once per pause, and drops a late answer to an older search', async () => {
    const answers = new Map<string, (reply: WhoListReply) => void>();
    const asked: WhoListQuery[] = [];
    const load = (query: WhoListQuery) => {
      asked.push(query);
      if (query.query === '') return fakeList(3).load(query);
      return new Promise<WhoListReply>((resolve) => answers.set(query.query, resolve));
    };
    const live = await mountList(load);
    const search = live.document.getElementById('who-search')!;
    await live.setValue(search, 'ta');
    await live.settle(150);
    await live.setValue(search, 'taro');
    await live.settle(150);
    expect(asked.map((query) => query.query)).toEqual(['', 'ta', 'taro']);
    const page = (name: string) => ({ ok: true as const, page: { rows: [{ ...row(7), name }], total: 1, exact: true, sites: [] } });
    answers.get('taro')!(page('Taro Aso'));
    await live.settle();
    answers.get('ta')!(page('Tanaka'));
    await live.settle();
    expect(rowLink(live, 0)?.textContent).toContain('Taro Aso');
    expect(live.document.body.textContent).not.toContain('Tanaka');
    expect(live.document.querySelector('.who-count')?.textContent).toBe('1 name');
  });

  it('says so when nothing matches, and shows a failure as an alert', async () => {
    const empty = await mountList(fakeList(0).load);
    expect(empty.document.body.textContent).toContain('No one yet');
    expect(items(empty)).toHaveLength(0);
    empty.unmount();
    dom = null;
    const failing = await mountList(async () => ({ ok: false, error: 'the database is closed', code: 'failed' }));
    expect(failing.document.querySelector('[role="alert"]')?.textContent).toContain('Could not load the list: the database is closed');
  });
});
