// What the background stores for a tab: nothing from private windows, one record per story
// however its URL is dressed, and no more than a burst of new records from one tab.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DramatisDatabase } from '../../../lib/store/db';
import { analyzeForTab } from '../../../lib/tabs/analyze-for-tab';
import { RECORD_BURST, TabArticles } from '../../../lib/tabs/tab-articles';
import { freshDatabase } from '../store/fixtures';

const STORY = 'Ann Lee, the mayor of Porthaven, said on Monday that the Harbour Trust would rebuild the pier. "We start in May," Lee said.';
const request = (url: string, text = STORY) => ({ url, title: 'Pier to be rebuilt', lang: 'en', text });

let db: DramatisDatabase;
let tabs: TabArticles;
const options = () => ({ db, tabs, mergeGlossary: async (dataset: never) => dataset });
beforeEach(() => {
  db = freshDatabase();
  tabs = new TabArticles();
});
afterEach(async () => {
  await db.delete();
});

describe('analyzing a tab’s article', () => {
  it('stores nothing from a private window, and still answers the tab about its actors', async () => {
    const dataset = await analyzeForTab(request('https://news.example/pier'), { id: 1, incognito: true }, options());
    expect(dataset?.actors.map((actor) => actor.name)).toContain('Ann Lee');
    expect(await db.articles.count()).toBe(0);
    expect(tabs.current(1)).toMatchObject({ incognito: true, stored: false });
    expect(tabs.owns(1, dataset!.actors[0]!.id, 'https://news.example/pier')).toBe(true);
  });

  it('keeps one record for a story read with tracking parameters, a #hash, or under a pushed URL', async () => {
    const tab = { id: 2, incognito: false };
    await analyzeForTab(request('https://news.example/pier?utm_source=mail'), tab, options());
    await analyzeForTab(request('https://news.example/pier?utm_source=social#comments'), tab, options());
    const pushed = await analyzeForTab(request('https://news.example/pier/amp'), tab, options());
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['https://news.example/pier']);
    expect(pushed?.url).toBe('https://news.example/pier');
  });

  it('creates new records from one tab at a bounded rate: a flood is analyzed, not stored', async () => {
    const tab = { id: 3, incognito: false };
    for (let i = 0; i < 25; i++) {
      const dataset = await analyzeForTab(request(`https://flood.example/page-${i}`, `${STORY} Page ${i} of the flood.`), tab, options());
      expect(dataset?.actors.length).toBeGreaterThan(0);
    }
    expect(await db.articles.count()).toBe(RECORD_BURST);
    // Another tab is not held back by the flooding one.
    await analyzeForTab(request('https://other.example/a'), { id: 4, incognito: false }, options());
    expect(await db.articles.count()).toBe(RECORD_BURST + 1);
  });
});
