// The writer's in-memory stats cache (lib/store/stats-cache.ts): warm saves read no stats, and
// no write path leaves it stale — after each of them the next save must count from the truth
// (expectConsistent checks every actor's count, newest article and identity afterwards).
import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorCardExtras } from '../../../lib/store/actor-card';
import { saveDataset } from '../../../lib/store/datasets';
import { openDatabase, type DramatisDatabase } from '../../../lib/store/db';
import { exportDataset, importDataset } from '../../../lib/store/export-import';
import { clearAll, enforceRetention, forgetSite, tidyStore } from '../../../lib/store/retention';
import { MAX_PENDING_STATS, readActorStats } from '../../../lib/store/actor-stats';
import { readTotals } from '../../../lib/store/counters';
import { searchActors } from '../../../lib/store/search-actors';
import { addAliasDirectly, article, expectConsistent, freshDatabase } from './fixtures';

let db: DramatisDatabase;
/** Stats records read from IndexedDB since the last reset (a middleware counts them). */
let statsReads = 0;
/** When set, puts to this table fail with a quota error (a failed transaction). */
let failPutsTo: string | null = null;

function instrumented(database: DramatisDatabase): DramatisDatabase {
  database.use({
    stack: 'dbcore',
    name: 'count-stats-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: (request) => {
            if (name === 'actorStats') statsReads++;
            return table.get(request);
          },
          getMany: (request) => {
            if (name === 'actorStats') statsReads += request.keys.length;
            return table.getMany(request);
          },
          mutate: (request) =>
            name === failPutsTo && request.type === 'put' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(request),
        };
      },
    }),
  });
  return database;
}

beforeEach(() => {
  db = instrumented(freshDatabase());
  statsReads = 0;
  failPutsTo = null;
});
afterEach(async () => {
  failPutsTo = null;
  await expectConsistent(db);
  await db.delete();
});

const card = (id: string) => actorCardExtras(db, id, 'https://now.example/');

describe('the stats cache', () => {
  it('lets a warm save read no stats, and a cold one (new database object) read them', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Masahisa Sato']));
    statsReads = 0;
    await saveDataset(db, article('https://a.example/2', ['Taro Aso', 'Masahisa Sato']));
    expect(statsReads).toBe(0);
    expect((await card('person:taro aso')).earlierCount).toBe(2);

    // A service-worker restart: a new database object starts cold and reads what it needs.
    db.close();
    db = instrumented(openDatabase(db.name));
    statsReads = 0;
    await saveDataset(db, article('https://a.example/3', ['Taro Aso', 'Masahisa Sato']));
    expect(statsReads).toBe(2);
    expect((await card('person:taro aso')).earlierCount).toBe(3);
  });

  it('remembers actors it found not stored (a second article naming them reads nothing)', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso']));
    statsReads = 0;
    await saveDataset(db, article('https://a.example/2', ['Taro Aso', 'Fumio Kishida']));
    expect(statsReads).toBe(1);
    statsReads = 0;
    await saveDataset(db, article('https://a.example/3', ['Fumio Kishida']));
    expect(statsReads).toBe(0);
    expect((await card('person:fumio kishida')).earlierCount).toBe(2);
  });

  it('follows retention: evicted articles no longer count, evicted actors are new again', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Only In One']), { now: 1 });
    await saveDataset(db, article('https://a.example/2', ['Taro Aso']), { now: 2 });
    await saveDataset(db, article('https://a.example/3', ['Taro Aso']), { now: 3 });
    expect(await enforceRetention(db, 1)).toMatchObject({ articles: 2 });
    await saveDataset(db, article('https://a.example/4', ['Taro Aso', 'Only In One']), { now: 4 });
    expect((await card('person:taro aso')).earlierCount).toBe(2);
    expect((await card('person:only in one')).earlierCount).toBe(1);
    // The cap applied inside a save keeps the cache in step too.
    await saveDataset(db, article('https://a.example/5', ['Taro Aso']), { now: 5, maxArticles: 1 });
    await saveDataset(db, article('https://a.example/6', ['Taro Aso', 'Only In One']), { now: 6 });
    expect((await card('person:taro aso')).earlierCount).toBe(2);
  });

  it('follows "forget this site"', async () => {
    await saveDataset(db, article('https://gone.example/1', ['Taro Aso', 'Gone Person'], { analyzedAt: 3000 }));
    await saveDataset(db, article('https://kept.example/1', ['Taro Aso'], { analyzedAt: 1000 }));
    await forgetSite(db, 'gone.example');
    await saveDataset(db, article('https://kept.example/2', ['Taro Aso', 'Gone Person'], { analyzedAt: 2000 }));
    const [result] = await searchActors(db, 'taro aso');
    expect(result).toMatchObject({ articleCount: 2, latest: { url: 'https://kept.example/2' } });
    expect((await card('person:gone person')).earlierCount).toBe(1);
  });

  it('follows "clear everything"', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Masahisa Sato']));
    await clearAll(db);
    statsReads = 0;
    await saveDataset(db, article('https://a.example/2', ['Taro Aso']));
    expect(statsReads).toBe(1);
    expect((await card('person:taro aso')).earlierCount).toBe(1);
    expect(await db.actors.count()).toBe(1);
  });

  it('follows an import (merged counts and aliases)', async () => {
    const source = freshDatabase();
    await saveDataset(source, article('https://b.example/1', [{ name: 'Taro Aso', aliases: ['Mr Aso'] }], { analyzedAt: 5000 }));
    await saveDataset(source, article('https://b.example/2', ['Taro Aso', 'Fumio Kishida'], { analyzedAt: 6000 }));
    const { json } = await exportDataset(source);
    await source.delete();

    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Fumio Kishida'], { analyzedAt: 1000 }));
    await importDataset(db, json);
    await saveDataset(db, article('https://a.example/2', [{ name: 'Taro Aso', aliases: ['Aso Taro'] }], { analyzedAt: 2000 }));
    expect((await card('person:taro aso'))).toMatchObject({ earlierCount: 4, aliases: ['Mr Aso', 'Aso Taro'] });
    expect((await card('person:fumio kishida')).earlierCount).toBe(2);
  });

  it('is not trusted after a failed save (its writes never landed)', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso']));
    failPutsTo = 'casts';
    await expect(saveDataset(db, article('https://a.example/2', ['Taro Aso', 'Fumio Kishida']))).rejects.toThrow();
    failPutsTo = null;
    await saveDataset(db, article('https://a.example/3', ['Taro Aso', 'Fumio Kishida']));
    expect((await card('person:taro aso')).earlierCount).toBe(2);
    expect((await card('person:fumio kishida')).earlierCount).toBe(1);
  });

  it('is not trusted after another database object wrote (another context, or code outside the store)', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso']));
    const elsewhere = openDatabase(db.name);
    await saveDataset(elsewhere, article('https://a.example/2', [{ name: 'Taro Aso', aliases: ['Mr Aso'] }]));
    // Code outside the store's functions writes actors and stats through a session (fresh token).
    await addAliasDirectly(elsewhere, 'person:taro aso', 'Aso');
    elsewhere.close();
    await saveDataset(db, article('https://a.example/3', ['Taro Aso']));
    expect(await card('person:taro aso')).toMatchObject({ earlierCount: 3, aliases: ['Mr Aso', 'Aso'] });
  });

  it('stays right with saves, removals and reads interleaved', async () => {
    for (let i = 0; i < 4; i++) await saveDataset(db, article(`https://gone.example/${i}`, ['Taro Aso', `Person Number${i}`]));
    await Promise.all([
      saveDataset(db, article('https://kept.example/1', ['Taro Aso', 'Person Number1'])),
      forgetSite(db, 'gone.example'),
      card('person:taro aso'),
      saveDataset(db, article('https://kept.example/2', ['Taro Aso', 'Person Number2'])),
      enforceRetention(db, 1),
      saveDataset(db, article('https://kept.example/3', ['Taro Aso', 'Person Number3'])),
      tidyStore(db, 3, 1),
      clearAll(db).then(() => saveDataset(db, article('https://kept.example/4', ['Taro Aso']))),
      saveDataset(db, article('https://kept.example/5', ['Taro Aso', 'Person Number1'])),
      tidyStore(db, 100),
      saveDataset(db, article('https://kept.example/6', ['Taro Aso', 'Person Number2'])),
    ]);
    expect((await card('person:taro aso')).earlierCount).toBe(await db.articles.count());
  });
});

describe('pending stats', () => {
  it('a save leaves its stats pending in the totals; readers see them; tidyStore folds them into rows', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Masahisa Sato'], { analyzedAt: 1000 }));
    await tidyStore(db, 100, 1);
    await saveDataset(db, article('https://a.example/2', ['Taro Aso'], { analyzedAt: 2000 }));
    expect((await readTotals(db))?.pending?.map((stats) => stats.id)).toEqual(['person:taro aso']);
    expect((await db.actorStats.get('person:taro aso'))?.articleCount).toBe(1);
    await expectConsistent(db);
    expect((await card('person:taro aso')).earlierCount).toBe(2);
    expect((await searchActors(db, 'taro'))[0]).toMatchObject({ articleCount: 2, latest: { url: 'https://a.example/2' } });

    // Below the threshold the housekeeping leaves them (and writes nothing).
    await tidyStore(db, 100, 2);
    expect((await readTotals(db))?.pending).toHaveLength(1);
    expect(await tidyStore(db, 100, 1)).toEqual({ articles: 0, actors: 0, appearances: 0 });
    expect((await readTotals(db))?.pending).toBeUndefined();
    expect((await db.actorStats.get('person:taro aso'))?.articleCount).toBe(2);
    // Nothing to do: nothing written (the token stays).
    const token = (await readTotals(db))?.token;
    await tidyStore(db, 100, 1);
    expect((await readTotals(db))?.token).toBe(token);
  });

  it('a new writer (service-worker restart) finds pending stats that supersede the rows it reads', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso']));
    await tidyStore(db, 100, 1);
    await saveDataset(db, article('https://a.example/2', [{ name: 'Taro Aso', aliases: ['Mr Aso'] }]));
    db.close();
    db = instrumented(openDatabase(db.name));
    await saveDataset(db, article('https://a.example/3', ['Taro Aso']));
    expect((await readActorStats(db, ['person:taro aso']))[0]).toMatchObject({ articleCount: 3, aliases: ['Mr Aso'] });
    expect((await card('person:taro aso')).aliases).toEqual(['Mr Aso']);
  });

  it('retention in the housekeeping folds and evicts in one go', async () => {
    for (let i = 1; i <= 4; i++) await saveDataset(db, article(`https://a.example/${i}`, ['Taro Aso', `Person Number${i}`]), { now: i });
    expect(await tidyStore(db, 2)).toEqual({ articles: 2, actors: 2, appearances: 4 });
    expect((await readTotals(db))?.pending).toBeUndefined();
    expect((await card('person:taro aso')).earlierCount).toBe(2);
  });

  it('never grows beyond MAX_PENDING_STATS when the housekeeping does not run', async () => {
    const perArticle = 50;
    const articles = Math.ceil(MAX_PENDING_STATS / perArticle) + 1;
    for (let a = 0; a < articles; a++) {
      await saveDataset(db, article(`https://a.example/${a}`, ['Taro Aso', ...Array.from({ length: perArticle - 1 }, (_, i) => `Person Number${a}x${i}`)]));
    }
    expect((await readTotals(db))?.pending?.length ?? 0).toBeLessThanOrEqual(MAX_PENDING_STATS);
    expect(await db.actorStats.count()).toBeGreaterThan(0);
    expect((await card('person:taro aso')).earlierCount).toBe(articles);
  });
});
