// The first released schema (v1, commit "Let parallel builds and browser tests use their own output folder", b483339 at the time of writing) must open with the current code, every record intact.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { actorCardExtras } from '../../../lib/store/actor-card';
import { readActorStats } from '../../../lib/store/actor-stats';
import { findDataset, saveDataset } from '../../../lib/store/datasets';
import { castEntries, openDatabase, SCHEMA_VERSION, UPGRADE_PAGE, type DramatisDatabase } from '../../../lib/store/db';
import { searchActors } from '../../../lib/store/search-actors';
import { forgetSite } from '../../../lib/store/retention';
import { article, expectConsistent, storedAppearances } from './fixtures';

/** v1 exactly as released in lib/store/db.ts at commit "Let parallel builds and browser tests use their own output folder", b483339 at the time of writing (frozen here on purpose). */
function openVersion1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    articles: 'url, textHash, seenAt',
    actors: 'id, name, kind, *aliases',
    appearances: '[actorId+url], actorId, url',
    glossary: 'id, term, *aliases, updatedAt',
  });
  return db;
}

/** v2 exactly as declared in lib/store/db.ts (frozen here on purpose; a fresh database gets it directly). */
function openVersion2(name: string): Dexie {
  const db = new Dexie(name);
  db.version(2).stores({
    articles: 'url, seenAt, host',
    actors: 'id, *searchKeys',
    appearances: '[actorId+url], [actorId+analyzedAt]',
    glossary: 'id, term, *aliases, updatedAt',
    actorStats: 'id',
    counters: 'key',
  });
  return db;
}

/** v3 exactly as declared in lib/store/db.ts (frozen here on purpose). */
function openVersion3(name: string): Dexie {
  const db = new Dexie(name);
  db.version(3).stores({
    articles: 'url, seenAt, host',
    actors: 'id, *searchKeys',
    casts: 'url, *actorDates',
    glossary: 'id, term, *aliases, updatedAt',
    actorStats: 'id',
    counters: 'key',
  });
  return db;
}

const NAME = 'dramatis-upgrade-test';
const evidence = (text: string, start: number) => ({ text, start, end: start + text.length });

/** Records as v1's saveDataset wrote them (no host, no searchKeys). */
const v1Articles = [
  {
    url: 'https://news.example/politics/aso',
    title: 'Aso visits Taipei',
    lang: 'en',
    textHash: 'hash-aso',
    analyzedAt: 1000,
    seenAt: 1500,
    mentions: [{ start: 0, end: 8, actorId: 'person:taro aso' }, { start: 20, end: 23, actorId: 'organization:liberal democratic party' }],
    actorIds: ['person:taro aso', 'organization:liberal democratic party'],
  },
  {
    url: 'https://www.other.example/sato',
    title: 'Satō speaks',
    lang: 'en',
    textHash: 'hash-sato',
    analyzedAt: 2000,
    seenAt: 2500,
    mentions: [{ start: 0, end: 13, actorId: 'person:masahisa satō' }],
    actorIds: ['person:masahisa satō'],
  },
  { url: 'https://news.example/ja', title: '', lang: 'ja', textHash: 'hash-ja', analyzedAt: 3000, seenAt: 3000, mentions: [], actorIds: [], unsupported: 'language' },
];
const v1Actors = [
  { id: 'person:taro aso', name: 'Taro Aso', kind: 'person', aliases: ['Aso'] },
  { id: 'organization:liberal democratic party', name: 'Liberal Democratic Party', kind: 'organization', aliases: ['LDP'], expansion: 'Liberal Democratic Party' },
  { id: 'person:masahisa satō', name: 'Masahisa Satō', kind: 'person', aliases: ['Satō'] },
];
const v1Appearances = [
  { actorId: 'person:taro aso', url: v1Articles[0]!.url, name: 'Taro Aso', kind: 'person', aliases: ['Aso'], descriptors: [evidence('the vice-president', 10)], quotes: [evidence('We will go', 40)], mentions: 3, analyzedAt: 1000 },
  { actorId: 'organization:liberal democratic party', url: v1Articles[0]!.url, name: 'Liberal Democratic Party', kind: 'organization', aliases: ['LDP'], expansion: 'Liberal Democratic Party', descriptors: [], quotes: [], mentions: 1, analyzedAt: 1000 },
  { actorId: 'person:masahisa satō', url: v1Articles[1]!.url, name: 'Masahisa Satō', kind: 'person', aliases: ['Satō'], descriptors: [evidence('a senator', 15)], quotes: [], mentions: 2, analyzedAt: 2000 },
];
const v1Glossary = [{ id: 'g1', term: 'CPTPP', aliases: ['TPP-11'], kind: 'organization', note: 'trade pact', link: '', updatedAt: 5, deleted: false }];

let db: DramatisDatabase | undefined;
afterEach(async () => {
  db?.close();
  await Dexie.delete(NAME);
});

async function createVersion1Database(): Promise<void> {
  const v1 = openVersion1(NAME);
  await v1.open();
  await v1.transaction('rw', ['articles', 'actors', 'appearances', 'glossary'], async () => {
    await v1.table('articles').bulkAdd(v1Articles);
    await v1.table('actors').bulkAdd(v1Actors);
    await v1.table('appearances').bulkAdd(v1Appearances);
    await v1.table('glossary').bulkAdd(v1Glossary);
  });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('upgrading from the first released schema (v1)', () => {
  it('keeps every record and makes it readable through the current code', async () => {
    await createVersion1Database();
    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    // Every record is still there, field for field (plus the derived v2 fields).
    expect(await db.articles.toArray()).toEqual(
      [...v1Articles].sort((a, b) => a.url.localeCompare(b.url)).map((a) => ({ ...a, host: new URL(a.url).hostname })),
    );
    const actors = await db.actors.toArray();
    expect(actors.map(({ searchKeys: _keys, ...rest }) => rest)).toEqual([...v1Actors].sort((a, b) => a.id.localeCompare(b.id)));
    const byKey = (a: { actorId: string; url: string }, b: { actorId: string; url: string }) => a.actorId.localeCompare(b.actorId) || a.url.localeCompare(b.url);
    expect((await storedAppearances(db)).map(({ title: _title, ...rest }) => rest).sort(byKey)).toEqual([...v1Appearances].sort(byKey));
    // v3: one cast per article (the unsupported one has an empty cast), stats with identity, one totals record.
    expect(castEntries((await db.casts.get(v1Articles[0]!.url))!).map((actor) => actor.actorId)).toEqual(v1Articles[0]!.actorIds);
    expect(await db.casts.get(v1Articles[2]!.url)).toMatchObject({ entries: [], actorDates: [] });
    expect(await db.actorStats.get('person:masahisa satō')).toMatchObject({ name: 'Masahisa Satō', kind: 'person', aliases: ['Satō'], articleCount: 1 });
    expect(await db.counters.toArray()).toEqual([{ key: 'totals', articles: 3, actors: 3, appearances: 3 }]);
    expect(await db.actorStats.get('person:taro aso')).toEqual({
      ...v1Actors[0],
      articleCount: 1,
      latest: { url: v1Articles[0]!.url, title: 'Aso visits Taipei', analyzedAt: 1000 },
    });
    await expectConsistent(db);
    expect(await db.glossary.toArray()).toEqual(v1Glossary);

    // …and readable by what the extension actually does with it.
    const found = await findDataset(db, v1Articles[0]!.url, 'hash-aso');
    expect(found?.actors.map((a) => a.name)).toEqual(['Taro Aso', 'Liberal Democratic Party']);
    expect(found?.actors[0]?.quotes[0]?.text).toBe('We will go');
    expect((await searchActors(db, 'sato')).map((r) => r.name)).toEqual(['Masahisa Satō']);
    expect((await searchActors(db, 'ldp')).map((r) => r.id)).toEqual(['organization:liberal democratic party']);
    const card = await actorCardExtras(db, 'person:taro aso', 'https://news.example/new');
    expect(card.earlierCount).toBe(1);
    expect(card.earlier[0]).toMatchObject({ title: 'Aso visits Taipei', descriptors: [{ text: 'the vice-president' }] });
    expect(await forgetSite(db, 'www.other.example')).toEqual({ articles: 1, actors: 1, appearances: 1 });

    // New writes after the upgrade link to the upgraded records.
    const later = await saveDataset(db, article('https://news.example/later', ['Aso']));
    expect(later.actors[0]?.id).toBe('person:taro aso');
    expect((await readActorStats(db, ['person:taro aso']))[0]?.articleCount).toBe(2);
    await expectConsistent(db);
  });

  it('upgrades a v2 database: casts from appearances, identity into stats, one totals record', async () => {
    const v2 = openVersion2(NAME);
    await v2.open();
    const titled = v1Appearances.map((appearance) => ({ ...appearance, title: v1Articles.find((a) => a.url === appearance.url)!.title }));
    await v2.transaction('rw', ['articles', 'actors', 'appearances', 'actorStats', 'counters'], async () => {
      await v2.table('articles').bulkAdd(v1Articles.map((a) => ({ ...a, host: new URL(a.url).hostname })));
      await v2.table('actors').bulkAdd(v1Actors.map((actor) => ({ ...actor, searchKeys: [actor.name.toLowerCase()] })));
      await v2.table('appearances').bulkAdd(titled);
      await v2.table('actorStats').bulkAdd(
        titled.map((a) => ({ id: a.actorId, articleCount: 1, latest: { url: a.url, title: a.title, analyzedAt: a.analyzedAt } })),
      );
      await v2.table('counters').bulkAdd([
        { key: 'articles', value: 3 },
        { key: 'actors', value: 3 },
        { key: 'appearances', value: 3 },
      ]);
    });
    v2.close();
    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name)).not.toContain('appearances');
    const byKey = (a: { actorId: string; url: string }, b: { actorId: string; url: string }) => a.actorId.localeCompare(b.actorId) || a.url.localeCompare(b.url);
    expect((await storedAppearances(db)).sort(byKey)).toEqual([...titled].sort(byKey));
    expect(await db.counters.toArray()).toEqual([{ key: 'totals', articles: 3, actors: 3, appearances: 3 }]);
    await expectConsistent(db);
    expect((await findDataset(db, v1Articles[0]!.url, 'hash-aso'))?.actors.map((a) => a.id)).toEqual(v1Articles[0]!.actorIds);
    expect(await actorCardExtras(db, 'organization:liberal democratic party', 'https://news.example/new')).toMatchObject({ earlierCount: 1, aliases: ['LDP'] });
    expect((await searchActors(db, 'taro aso')).map((r) => [r.name, r.articleCount])).toEqual([['Taro Aso', 1]]);
  });

  it('upgrades a v2 database larger than a page (casts built page by page, every appearance kept)', async () => {
    const count = UPGRADE_PAGE * 2 + 1;
    const v2 = openVersion2(NAME);
    await v2.open();
    const shared = { id: 'person:taro aso', name: 'Taro Aso', kind: 'person', aliases: ['Aso'] };
    const articles = Array.from({ length: count }, (_, i) => ({
      url: `https://news${i % 7}.example/${i}`,
      title: `Article ${i}`,
      lang: 'en',
      textHash: `hash-${i}`,
      analyzedAt: 1000 + i,
      seenAt: 2000 + i,
      mentions: [{ start: 0, end: 8, actorId: shared.id }],
      actorIds: [`person:reporter number${i}`, shared.id],
      host: `news${i % 7}.example`,
    }));
    const own = articles.map((a, i) => ({ id: `person:reporter number${i}`, name: `Reporter Number${i}`, kind: 'person', aliases: [] as string[] }));
    const appearances = articles.flatMap((a, i) =>
      [own[i]!, shared].map((actor) => ({ actorId: actor.id, url: a.url, title: a.title, name: actor.name, kind: actor.kind, aliases: actor.aliases, descriptors: [evidence('a reporter', 10)], quotes: [], mentions: 1, analyzedAt: a.analyzedAt })),
    );
    const last = articles[count - 1]!;
    await v2.transaction('rw', ['articles', 'actors', 'appearances', 'actorStats', 'counters'], async () => {
      await v2.table('articles').bulkAdd(articles);
      await v2.table('actors').bulkAdd([shared, ...own].map((actor) => ({ ...actor, searchKeys: [actor.name.toLowerCase()] })));
      await v2.table('appearances').bulkAdd(appearances);
      await v2.table('actorStats').bulkAdd([
        { id: shared.id, articleCount: count, latest: { url: last.url, title: last.title, analyzedAt: last.analyzedAt } },
        ...articles.map((a, i) => ({ id: own[i]!.id, articleCount: 1, latest: { url: a.url, title: a.title, analyzedAt: a.analyzedAt } })),
      ]);
      await v2.table('counters').bulkAdd([
        { key: 'articles', value: count },
        { key: 'actors', value: count + 1 },
        { key: 'appearances', value: count * 2 },
      ]);
    });
    v2.close();
    db = openDatabase(NAME);
    await db.open();
    expect(await db.casts.count()).toBe(count);
    const byKey = (a: { actorId: string; url: string }, b: { actorId: string; url: string }) => a.actorId.localeCompare(b.actorId) || a.url.localeCompare(b.url);
    expect((await storedAppearances(db)).sort(byKey)).toEqual([...appearances].sort(byKey));
    expect((await readActorStats(db, [shared.id, own[count - 1]!.id])).map((stats) => stats && [stats.name, stats.aliases, stats.articleCount])).toEqual([
      ['Taro Aso', ['Aso'], count],
      [`Reporter Number${count - 1}`, [], 1],
    ]);
    await expectConsistent(db);
    expect((await actorCardExtras(db, shared.id, 'https://now.example/')).earlierCount).toBe(count);
  });

  it('upgrades a v3 database: its pending stats go into their rows, the cache token goes, cast entries become JSON text', async () => {
    const v3 = openVersion3(NAME);
    await v3.open();
    const taro = { id: 'person:taro aso', name: 'Taro Aso', kind: 'person', aliases: ['Mr Aso'] };
    const articles = [1, 2].map((n) => ({ ...v1Articles[0]!, url: `https://news.example/${n}`, title: `Article ${n}`, analyzedAt: 1000 * n, mentions: [], actorIds: [taro.id], host: 'news.example' }));
    const entry = { actorId: taro.id, name: 'Taro Aso', kind: 'person', aliases: [], descriptors: [], quotes: [], mentions: 1 };
    const latest = (n: number) => ({ url: `https://news.example/${n}`, title: `Article ${n}`, analyzedAt: 1000 * n });
    await v3.transaction('rw', ['articles', 'actors', 'casts', 'actorStats', 'counters'], async () => {
      await v3.table('articles').bulkAdd(articles);
      await v3.table('casts').bulkAdd(articles.map((a) => ({ url: a.url, title: a.title, analyzedAt: a.analyzedAt, actors: [entry], actorDates: [[taro.id, a.analyzedAt]] })));
      await v3.table('actors').add({ ...taro, searchKeys: ['taro aso', 'aso', 'mr aso'] });
      // The row is one save behind: the pending entry in the totals supersedes it.
      await v3.table('actorStats').add({ ...taro, aliases: [], articleCount: 1, latest: latest(1) });
      await v3.table('counters').add({ key: 'totals', articles: 2, actors: 1, appearances: 2, token: 'abc-1', pending: [{ ...taro, articleCount: 2, latest: latest(2) }] });
    });
    v3.close();
    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.counters.toArray()).toEqual([{ key: 'totals', articles: 2, actors: 1, appearances: 2 }]);
    expect(await db.actorStats.get(taro.id)).toEqual({ ...taro, articleCount: 2, latest: latest(2) });
    // v5: the cast entries as JSON text, the same entries.
    expect(await db.casts.get('https://news.example/2')).toEqual({ url: 'https://news.example/2', title: 'Article 2', analyzedAt: 2000, entries: [JSON.stringify(entry)], actorDates: [[taro.id, 2000]] });
    await expectConsistent(db);
    expect(await actorCardExtras(db, taro.id, 'https://now.example/')).toMatchObject({ earlierCount: 2, aliases: ['Mr Aso'] });
  });

  it('upgrades an empty v1 database', async () => {
    const v1 = openVersion1(NAME);
    await v1.open();
    v1.close();
    db = openDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.articles.count()).toBe(0);
  });
});
