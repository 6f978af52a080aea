// The Who's who list and actor page, over a small invented memory.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCorrection } from '../../../lib/store/corrections';
import { saveDataset } from '../../../lib/store/datasets';
import type { DramatisDatabase } from '../../../lib/store/db';
import { actorPage, affiliationsOf, weeklyCounts, weekStart } from '../../../lib/store/who-actor';
import { listActors } from '../../../lib/store/who-list';
import type { WhoListQuery } from '../../../lib/store/who-types';
import { article, expectConsistent, freshDatabase } from './fixtures';

let db: DramatisDatabase;
const day = 24 * 60 * 60 * 1000;
const now = 1_760_000_000_000;
const query = (over: Partial<WhoListQuery> = {}): WhoListQuery => ({ query: '', kind: 'all', site: '', period: 'all', sort: 'recent', offset: 0, limit: 50, ...over });

beforeEach(async () => {
  db = freshDatabase();
  const save = async (url: string, actors: Parameters<typeof article>[1], at: number, title?: string) => {
    await saveDataset(db, article(url, actors, { analyzedAt: at, ...(title ? { title } : {}) }), { now: at });
  };
  await save('https://news.example/old', ['Rhea Tolland', { name: 'Harbor Authority', kind: 'organization' }], now - 40 * day);
  await save('https://news.example/mid', [{ name: 'Rhea Tolland', descriptor: 'head of the Harbor Authority' }, { name: 'Harbor Authority', kind: 'organization' }, 'Ivo Brandt'], now - 10 * day, 'Port strike ends after talks - News Example');
  await save('https://other.example/new', ['Ivo Brandt', { name: 'Kjeldsø', kind: 'place' }], now - 2 * day);
  // The journal is left unfolded on purpose: the list folds it.
});
afterEach(async () => {
  await expectConsistent(db);
  await db.delete();
});

const names = async (q: WhoListQuery) => (await listActors(db, q, now)).rows.map((row) => row.name);

describe('the Who’s who list', () => {
  it('sorts by last seen or by how often met, with the total and the sites', async () => {
    const page = await listActors(db, query(), now);
    // Ties (read together) in id order, greatest first, whichever path answers.
    expect(page.rows.map((row) => row.name)).toEqual(['Kjeldsø', 'Ivo Brandt', 'Rhea Tolland', 'Harbor Authority']);
    expect(page.total).toBe(4);
    expect(page.sites).toEqual(['news.example', 'other.example']);
    expect(page.rows[3]).toMatchObject({ articleCount: 2, lastTitle: 'Port strike ends after talks', lastSite: 'news.example' });
    const frequent = await listActors(db, query({ sort: 'frequent' }), now);
    expect(frequent.rows.map((row) => row.articleCount)).toEqual([2, 2, 2, 1]);
    expect(frequent.rows[3]!.name).toBe('Kjeldsø');
  });

  it('filters by kind, period and site, and pages', async () => {
    expect(await names(query({ kind: 'organization' }))).toEqual(['Harbor Authority']);
    expect(await names(query({ period: 'week' }))).toEqual(['Kjeldsø', 'Ivo Brandt']);
    expect(await names(query({ period: 'month', sort: 'frequent' }))).toEqual(['Rhea Tolland', 'Ivo Brandt', 'Harbor Authority', 'Kjeldsø']);
    // A page of a period's most met, read off the most-met index: the same order, the total a lower bound.
    const firstTwo = await listActors(db, query({ period: 'month', sort: 'frequent', limit: 2 }), now);
    expect(firstTwo.rows.map((row) => row.name)).toEqual(['Rhea Tolland', 'Ivo Brandt']);
    expect(firstTwo).toMatchObject({ total: 3, exact: false });
    expect(await names(query({ period: 'week', sort: 'frequent', limit: 1 }))).toEqual(['Ivo Brandt']);
    // On a site, the order is the order met there: last seen there (an article's own order within it), or most often there.
    expect(await names(query({ site: 'other.example' }))).toEqual(['Ivo Brandt', 'Kjeldsø']);
    expect(await names(query({ site: 'news.example', sort: 'frequent' }))).toEqual(['Rhea Tolland', 'Harbor Authority', 'Ivo Brandt']);
    expect(await listActors(db, query({ site: 'news.example', kind: 'organization' }), now)).toMatchObject({ rows: [{ name: 'Harbor Authority' }], total: 1, exact: true });
    expect(await names(query({ site: 'news.example', period: 'week' }))).toEqual([]);
    const second = await listActors(db, query({ offset: 1, limit: 2 }), now);
    expect(second.rows.map((row) => row.name)).toEqual(['Ivo Brandt', 'Rhea Tolland']);
    expect(second.total).toBe(4);
  });

  it('searches names and aliases ignoring case and accents, and flags hidden names', async () => {
    expect(await names(query({ query: 'kjeldso' }))).toEqual(['Kjeldsø']);
    expect(await names(query({ query: 'TOLL' }))).toEqual(['Rhea Tolland']);
    expect(await names(query({ query: 'brandt', site: 'news.example', period: 'month' }))).toEqual(['Ivo Brandt']);
    await applyCorrection(db, { type: 'hide', name: 'Ivo Brandt' });
    expect((await listActors(db, query({ query: 'ivo' }), now)).rows[0]).toMatchObject({ hidden: true });
  });
});

describe('an actor’s page', () => {
  it('lists what each article said, the weeks met, companions and affiliations', async () => {
    const page = await actorPage(db, 'person:rhea tolland');
    expect(page).toMatchObject({ name: 'Rhea Tolland', articleCount: 2, firstSeen: now - 40 * day, lastSeen: now - 10 * day });
    expect(page!.articles.map((a) => [a.title, a.site, a.descriptors.map((d) => d.text)])).toEqual([
      ['Port strike ends after talks', 'news.example', ['head of the Harbor Authority']],
      ['Title of https://news.example/old', 'news.example', ['a lawmaker']],
    ]);
    expect(page!.companions.map((c) => [c.name, c.together])).toEqual([['Harbor Authority', 2], ['Ivo Brandt', 1]]);
    expect(page!.affiliations).toEqual([{ id: 'organization:harbor authority', name: 'Harbor Authority', kind: 'organization', via: 'head of the Harbor Authority' }]);
    expect(page!.weeks.reduce((sum, week) => sum + week.count, 0)).toBe(2);
    expect(page!.weeks.length).toBeGreaterThanOrEqual(5);
    expect(await actorPage(db, 'person:nobody')).toBeNull();
  });

  it('takes no affiliation from a place inside an organization’s name', () => {
    const entry = (name: string, kind: 'organization' | 'place') => ({ actorId: `${kind}:${name.toLowerCase()}`, name, kind, aliases: [], descriptors: [], quotes: [], mentions: 1 });
    const said = [{ descriptors: [{ text: 'head of the Calloway Harbor Authority', start: 0, end: 37 }], others: [entry('Calloway Harbor Authority', 'organization'), entry('Calloway', 'place')] }];
    expect(affiliationsOf(said).map((a) => a.name)).toEqual(['Calloway Harbor Authority']);
  });

  it('counts weeks from Monday, empty weeks included', () => {
    const monday = Date.UTC(2026, 10, 30);
    expect(weekStart(monday + 3 * day)).toBe(monday);
    expect(weeklyCounts([monday, monday + day, monday + 15 * day])).toEqual([
      { start: monday, count: 2 },
      { start: monday + 7 * day, count: 0 },
      { start: monday + 14 * day, count: 1 },
    ]);
  });
});
