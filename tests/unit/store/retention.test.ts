// Bounded size: least-recently-seen eviction without orphans, forget a site, clear everything,
// and the browser's quota error leaving the database exactly as it was.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { findDataset, markEngaged, saveDataset } from '../../../lib/store/datasets';
import { openDatabase, type DramatisDatabase } from '../../../lib/store/db';
import { batchTarget, clearAll, enforceRetention, forgetSite, MAX_EVICTION_BATCH } from '../../../lib/store/retention';
import { storageUsage } from '../../../lib/store/storage-usage';
import { isQuotaError, QUOTA_MESSAGE, toStoreFailure } from '../../../lib/store/store-errors';
import { article, failWritesTo, useFreshDatabase } from './fixtures';

let db: DramatisDatabase;
useFreshDatabase((fresh) => (db = fresh));

async function snapshot(database: DramatisDatabase) {
  return {
    articles: await database.articles.toArray(),
    actors: await database.actors.toArray(),
    casts: await database.casts.toArray(),
    actorStats: await database.actorStats.toArray(),
    counters: await database.counters.toArray(),
  };
}

describe('retention cap', () => {
  it('evicts articles the reader never opened a card on before any they did, however recent', async () => {
    await saveDataset(db, article('https://a.example/old-hovered', ['Ann Lee']), { now: 1 });
    await saveDataset(db, article('https://a.example/idle-1', ['Bo Chan']), { now: 2 });
    await saveDataset(db, article('https://a.example/idle-2', ['Cy Dow']), { now: 3 });
    await markEngaged(db, 'https://a.example/old-hovered');
    await saveDataset(db, article('https://a.example/new', ['Di Eng']), { now: 4, maxArticles: 2 });
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(['https://a.example/new', 'https://a.example/old-hovered']);
    // Only once no idle article is left do engaged ones go, oldest first: the newest article,
    // never hovered, goes before both engaged ones, then the older engaged one.
    await markEngaged(db, 'https://a.example/new');
    await saveDataset(db, article('https://a.example/newest', ['Ed Fu']), { now: 5, maxArticles: 1 });
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['https://a.example/new']);
  });

  it('evicts the least recently seen articles and the actors only they mentioned', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Only In One']), { now: 1 });
    await saveDataset(db, article('https://a.example/2', ['Taro Aso', 'Only In Two']), { now: 2 });
    await saveDataset(db, article('https://a.example/3', ['Masahisa Sato']), { now: 3 });
    // Reading article 1 again makes it recent: article 2 is now the least recently seen.
    await db.articles.update('https://a.example/1', { seenAt: 4 });
    await saveDataset(db, article('https://a.example/4', ['Eisaku Sato']), { now: 5, maxArticles: 3 });
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(['https://a.example/1', 'https://a.example/3', 'https://a.example/4']);
    expect(await db.actors.get('person:only in two')).toBeUndefined();
    expect(await db.actors.get('person:taro aso')).toBeDefined();
    expect(await db.casts.get('https://a.example/2')).toBeUndefined();
    expect(await enforceRetention(db, 1)).toEqual({ articles: 2, actors: 3, appearances: 3 });
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['https://a.example/4']);
    expect(await db.actors.toCollection().primaryKeys()).toEqual(['person:eisaku sato']);
  });
});

describe('retention cap, lowered', () => {
  it('evicts several at once when the cap drops below the count, and never the article being saved', async () => {
    for (let i = 1; i <= 5; i++) await saveDataset(db, article(`https://a.example/${i}`, ['Taro Aso', `Person Number${i}`]), { now: i });
    // Re-saving the least recently seen article makes it the most recent: it stays.
    await saveDataset(db, article('https://a.example/1', ['Taro Aso'], { textHash: 'h2' }), { now: 10, maxArticles: 5 });
    expect(await db.articles.count()).toBe(5);
    await saveDataset(db, article('https://a.example/6', ['Masahisa Sato']), { now: 11, maxArticles: 3 });
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(['https://a.example/1', 'https://a.example/5', 'https://a.example/6']);
    expect(await db.actors.get('person:person number1')).toBeUndefined();
  });
});

describe('retention after saving (the background)', () => {
  it('does nothing up to the cap, then evicts in a batch down to 1% below it', async () => {
    for (let i = 0; i < 101; i++) await saveDataset(db, article(`https://a.example/${i}`, [`Person Number${i}`]), { now: i });
    expect(await enforceRetention(db, 101)).toEqual({ articles: 0, actors: 0, appearances: 0 });
    expect(await enforceRetention(db, 100)).toEqual({ articles: 2, actors: 2, appearances: 2 });
    expect((await db.articles.orderBy('seenAt').first())?.url).toBe('https://a.example/2');
  });

  it('evicts 1% of the cap at once, but never more than MAX_EVICTION_BATCH articles (the tables are held meanwhile)', () => {
    expect(batchTarget(100)).toBe(99);
    expect(batchTarget(1_000)).toBe(990);
    expect(batchTarget(5_000)).toBe(5_000 - MAX_EVICTION_BATCH);
    expect(batchTarget(10_000)).toBe(10_000 - MAX_EVICTION_BATCH);
    expect(batchTarget(50)).toBe(50);
  });
});

describe('forget a site, clear everything, usage', () => {
  it('forgets exactly one hostname and reports what went', async () => {
    await saveDataset(db, article('https://www.news.example/a', ['Taro Aso', 'Gone Person']));
    await saveDataset(db, article('https://www.news.example/b?x=1', ['Taro Aso']));
    await saveDataset(db, article('https://news.example/c', ['Taro Aso']));
    expect(await forgetSite(db, 'WWW.news.example')).toEqual({ articles: 2, actors: 1, appearances: 3 });
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['https://news.example/c']);
    expect(await db.actors.toCollection().primaryKeys()).toEqual(['person:taro aso']);
    expect(await forgetSite(db, 'unknown.example')).toEqual({ articles: 0, actors: 0, appearances: 0 });
  });

  it('clears the dataset but keeps the glossary', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Masahisa Sato']));
    await db.glossary.put({ id: 'g', term: 'CPTPP', aliases: [], kind: 'organization', note: '', link: '', updatedAt: 1, deleted: false });
    expect(await clearAll(db)).toEqual({ articles: 1, actors: 2, appearances: 2 });
    const usage = await storageUsage(db, 5000);
    expect(usage.counts).toEqual({ articles: 0, actors: 0, appearances: 0, glossary: 1 });
    expect(usage.maxArticles).toBe(5000);
  });
});

describe('storage pressure', () => {
  it('a quota failure mid-save changes nothing (all or nothing) and is reported clearly', async () => {
    const before = article('https://a.example/1', ['Taro Aso', 'Masahisa Sato']);
    await saveDataset(db, before);
    await saveDataset(db, article('https://a.example/2', ['Fumio Kishida']), { now: 1 });
    const stored = await snapshot(db);

    // A second connection to the same database, whose writes fail.
    const pressured = openDatabase(db.name);
    // The article row is written first, then its cast fails: the transaction must roll back.
    failWritesTo(pressured, 'casts', (request) => request.type === 'put');
    const changed = article('https://a.example/1', ['Taro Aso', 'Shigeru Ishiba'], { textHash: 'h2' });
    const error = await saveDataset(pressured, changed, { maxArticles: 1 }).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(toStoreFailure(error)).toEqual({ ok: false, error: QUOTA_MESSAGE, code: 'quota' });
    pressured.close();

    expect(await snapshot(db)).toEqual(stored);
    expect(await findDataset(db, before.url, 'h1')).toMatchObject({ actors: [{ name: 'Taro Aso' }, { name: 'Masahisa Sato' }] });
  });

  it('recognizes the quota error however it is wrapped', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('1 of 2 failed', [new Error('x'), quota]))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quota }))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('other')))).toBe(false);
    expect(isQuotaError(new DOMException('nope', 'ConstraintError'))).toBe(false);
    expect(toStoreFailure(new Error('boom'))).toMatchObject({ ok: false, code: 'failed' });
  });
});
