// The page's hash routes and the virtual list's arithmetic.
import { describe, expect, it } from 'vitest';
import { OVERSCAN, PAGE_SIZE, ROW_HEIGHT, pagesOf, rowWindow, scrollToReveal } from '../../../../components/who/list-window';
import { actorHash, parseWhoHash } from '../../../../components/who/who-route';

describe('who routes', () => {
  it('round-trips any actor id through the hash', () => {
    for (const id of ['person:taro aso', 'org:AT&T#1', 'place:São Paulo', 'x%y=z']) {
      expect(parseWhoHash(actorHash(id))).toEqual({ view: 'actor', id });
    }
  });

  it('reads everything else as the list', () => {
    expect(parseWhoHash('')).toEqual({ view: 'list' });
    expect(parseWhoHash('#')).toEqual({ view: 'list' });
    expect(parseWhoHash('#actor=')).toEqual({ view: 'list' });
    expect(parseWhoHash('#actor=%E0%A4%A')).toEqual({ view: 'list' });
    expect(parseWhoHash('#glossary')).toEqual({ view: 'list' });
  });
});

describe('list window', () => {
  it('draws the visible rows and an overscan either side, within the list', () => {
    expect(rowWindow(0, 10 * ROW_HEIGHT, 100_000)).toEqual({ first: 0, last: 9 + OVERSCAN });
    expect(rowWindow(500 * ROW_HEIGHT, 10 * ROW_HEIGHT, 100_000)).toEqual({ first: 500 - OVERSCAN, last: 509 + OVERSCAN });
    expect(rowWindow(0, 10 * ROW_HEIGHT, 3)).toEqual({ first: 0, last: 2 });
    expect(rowWindow(0, 600, 0).last).toBeLessThan(0);
  });

  it('names the pages a window needs', () => {
    expect(pagesOf(0, 17)).toEqual([0]);
    expect(pagesOf(PAGE_SIZE - 5, PAGE_SIZE + 5)).toEqual([0, 1]);
    expect(pagesOf(5, 4)).toEqual([]);
  });

  it('scrolls as little as needed to show a row whole', () => {
    const viewport = 10 * ROW_HEIGHT;
    expect(scrollToReveal(3, 0, viewport)).toBe(0);
    expect(scrollToReveal(10, 0, viewport)).toBe(ROW_HEIGHT);
    expect(scrollToReveal(2, 5 * ROW_HEIGHT, viewport)).toBe(2 * ROW_HEIGHT);
  });
});
