// The journal of actor changes (lib/store/journal.ts): a save reads and writes no record per
// actor, every reader sees the journal applied, and folding it (the housekeeping, removals,
// import, export) leaves the tables as if each save had written them (expectConsistent checks
// every actor's count, newest article and identity, before and after folding).
import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorCardExtras } from '../../../lib/store/actor-card';
import { readActorStats } from '../../../lib/store/actor-stats';
import { readTotals } from '../../../lib/store/counters';
import { saveDataset } from '../../../lib/store/datasets';
import { openDatabase, type ActorStatsRecord, type DramatisDatabase } from '../../../lib/store/db';
import { currentStats, MAX_JOURNAL_ENTRIES, recordRemoved, recordWritten, type Journal } from '../../../lib/store/journal';
import { clearAll, enforceRetention, forgetSite, tidyStore } from '../../../lib/store/retention';
import { searchActors } from '../../../lib/store/search-actors';
import { article, expectConsistent, failWritesTo, freshDatabase } from './fixtures';

const taro = { id: 'person:taro aso', name: 'Taro Aso', kind: 'person' as const, aliases: [] };
const at = (url: string, analyzedAt: number) => ({ url, title: `Title of ${url}`, analyzedAt });
const row = (articleCount: number, latest: ReturnType<typeof at>): ActorStatsRecord => ({ ...taro, articleCount, latest });

describe('journal entries', () => {
  it('count new appearances, not replaced ones, and keep the newest article and every name', () => {
    const journal: Journal = new Map();
    recordWritten(journal, taro, at('a', 1), false);
    recordWritten(journal, { ...taro, name: 'Aso', aliases: ['Mr Aso'] }, at('b', 3), false);
    recordWritten(journal, taro, at('c', 2), true);
    expect(journal.get(taro.id)).toEqual({
      id: taro.id,
      articles: 2,
      // Each analysis votes for the kind it gave (three said person).
      identity: { ...taro, aliases: ['Mr Aso', 'Aso'], kindVotes: { person: 3 } },
      latest: at('b', 3),
      dropped: ['c'],
    });
  });

  it('lose track of the newest article when it is removed or rewritten as older', () => {
    const removed: Journal = new Map();
    recordWritten(removed, taro, at('a', 5), false);
    recordRemoved(removed, taro.id, 'a');
    expect(removed.get(taro.id)).toMatchObject({ articles: 0, dropped: ['a'], stale: true });
    expect(removed.get(taro.id)?.latest).toBeUndefined();
    const older: Journal = new Map();
    recordWritten(older, taro, at('a', 5), false);
    recordWritten(older, taro, at('b', 4), false);
    recordWritten(older, taro, at('a', 1), true);
    expect(older.get(taro.id)).toMatchObject({ latest: at('a', 1), stale: true });
  });

  it('apply to a stats row: counts add, names merge, a dropped newest article is looked up', () => {
    const journal: Journal = new Map();
    recordWritten(journal, { ...taro, name: 'Aso', aliases: [] }, at('b', 3), false);
    expect(currentStats(row(2, at('a', 2)), journal.get(taro.id))).toEqual({
      // The row (written before kinds were counted) votes once, the journal's article once.
      stats: { ...taro, aliases: ['Aso'], kindVotes: { person: 2 }, articleCount: 3, latest: at('b', 3) },
      latestUnknown: false,
    });
    // The row's newest article lost its appearance: the journal's is newer, so it is known.
    recordRemoved(journal, taro.id, 'a');
    expect(currentStats(row(2, at('a', 2)), journal.get(taro.id))).toMatchObject({ stats: { articleCount: 2, latest: at('b', 3) }, latestUnknown: false });
    // …but not when the journal's is older than the row's lost one.
    expect(currentStats(row(2, at('a', 9)), journal.get(taro.id)).latestUnknown).toBe(true);
    // No article left: not stored.
    recordRemoved(journal, taro.id, 'x');
    recordRemoved(journal, taro.id, 'y');
    expect(currentStats(row(2, at('a', 2)), journal.get(taro.id)).stats).toBeUndefined();
    // No row and no entry: not stored; a row alone is as it is.
    expect(currentStats(undefined, undefined).stats).toBeUndefined();
    expect(currentStats(row(1, at('a', 2)), undefined)).toEqual({ stats: row(1, at('a', 2)), latestUnknown: false });
  });
});

let db: DramatisDatabase;
/** Requests to the actor tables since the last reset, by kind (a middleware counts them). */
let actorTableRequests: string[] = [];

function instrumented(database: DramatisDatabase): DramatisDatabase {
  database.use({
    stack: 'dbcore',
    name: 'count-actor-requests',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const note = (what: string) => (name === 'actorStats' || name === 'actors') && actorTableRequests.push(`${name}.${what}`);
        return {
          ...table,
          get: (request) => (note('get'), table.get(request)),
          getMany: (request) => (note('getMany'), table.getMany(request)),
          mutate: (request) => (note(request.type), table.mutate(request)),
        };
      },
    }),
  });
  return database;
}

beforeEach(() => {
  db = instrumented(freshDatabase());
  actorTableRequests = [];
});
afterEach(async () => {
  await expectConsistent(db);
  await db.delete();
});

const card = (id: string) => actorCardExtras(db, id, 'https://now.example/');

describe('saving with the journal', () => {
  it('reads no actor record and writes none, and reads stats rows in one request for all actors (only the link query of one-word names besides)', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Masahisa Sato', { name: 'LDP', kind: 'organization' }]));
    await tidyStore(db, 100, 1);
    actorTableRequests = [];
    // "Aso" is not linked here: the article has Taro Aso under his own name.
    await saveDataset(db, article('https://a.example/2', ['Taro Aso', 'Aso', 'Fumio Kishida']));
    // One bulk read of the rows the article's names have under any kind (kind-independent identity).
    expect(actorTableRequests).toEqual(['actorStats.getMany']);
    expect((await readTotals(db))?.journal?.map((entry) => entry.id).sort()).toEqual(['person:aso', 'person:fumio kishida', 'person:taro aso']);
  });

  it('lets every reader see what is not folded yet: card, search, linking, stats', async () => {
    await saveDataset(db, article('https://a.example/1', [{ name: 'Taro Aso', aliases: ['Mr Aso'] }], { analyzedAt: 1000 }));
    expect(await db.actors.count()).toBe(0);
    // A later article's lone surname links to the actor only the journal knows.
    const second = await saveDataset(db, article('https://a.example/2', ['Aso'], { analyzedAt: 2000 }));
    expect(second.actors.map((actor) => actor.id)).toEqual(['person:taro aso']);
    expect(await card('person:taro aso')).toMatchObject({ earlierCount: 2, knownAs: 'Taro Aso', aliases: ['Mr Aso', 'Aso'] });
    expect(await searchActors(db, 'mr a')).toMatchObject([{ id: 'person:taro aso', articleCount: 2, latest: { url: 'https://a.example/2' } }]);
    expect((await readActorStats(db, ['person:taro aso']))[0]?.articleCount).toBe(2);
    await tidyStore(db, 100, 1);
    expect(await db.actors.get('person:taro aso')).toMatchObject({ name: 'Taro Aso', aliases: ['Mr Aso', 'Aso'] });
    expect(await searchActors(db, 'mr a')).toMatchObject([{ id: 'person:taro aso', articleCount: 2 }]);
  });

  it('is folded by the housekeeping once it has enough entries, and otherwise left (nothing written)', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Masahisa Sato']));
    expect(await tidyStore(db, 100, 3)).toEqual({ articles: 0, actors: 0, appearances: 0 });
    expect((await readTotals(db))?.journal).toHaveLength(2);
    expect((await readTotals(db))?.actors).toBe(0);
    await tidyStore(db, 100, 2);
    expect((await readTotals(db))?.journal).toBeUndefined();
    expect((await readTotals(db))?.actors).toBe(2);
    actorTableRequests = [];
    await tidyStore(db, 100, 1);
    expect(actorTableRequests).toEqual([]);
  });

  it('finds the newest article in the casts when a re-saved article drops the actor whose newest it was', async () => {
    await saveDataset(db, article('https://a.example/old', ['Taro Aso'], { analyzedAt: 1000 }));
    await saveDataset(db, article('https://a.example/new', ['Taro Aso', 'Masahisa Sato'], { analyzedAt: 3000 }));
    await tidyStore(db, 100, 1);
    await saveDataset(db, article('https://a.example/new', ['Masahisa Sato'], { analyzedAt: 4000, textHash: 'h2' }));
    await tidyStore(db, 100, 1);
    expect(await db.actorStats.get('person:taro aso')).toMatchObject({ articleCount: 1, latest: { url: 'https://a.example/old' } });
  });

  it('survives a new writer (service-worker restart): the journal is in the database', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso']));
    await tidyStore(db, 100, 1);
    await saveDataset(db, article('https://a.example/2', [{ name: 'Taro Aso', aliases: ['Mr Aso'] }]));
    db.close();
    db = instrumented(openDatabase(db.name));
    await saveDataset(db, article('https://a.example/3', ['Taro Aso']));
    expect((await readActorStats(db, ['person:taro aso']))[0]).toMatchObject({ articleCount: 3, aliases: ['Mr Aso'] });
    expect((await card('person:taro aso')).aliases).toEqual(['Mr Aso']);
  });

  it('is left as it was by a failed save', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso']));
    const before = await readTotals(db);
    const failing = openDatabase(db.name);
    failWritesTo(failing, 'casts', (request) => request.type === 'put');
    await expect(saveDataset(failing, article('https://a.example/2', ['Taro Aso', 'Masahisa Sato']))).rejects.toThrow();
    failing.close();
    expect(await readTotals(db)).toEqual(before);
  });

  it('is folded with the retention cap in one go', async () => {
    for (let i = 1; i <= 4; i++) await saveDataset(db, article(`https://a.example/${i}`, ['Taro Aso', `Person Number${i}`]), { now: i });
    expect(await tidyStore(db, 2)).toEqual({ articles: 2, actors: 2, appearances: 4 });
    expect((await readTotals(db))?.journal).toBeUndefined();
    expect((await card('person:taro aso')).earlierCount).toBe(2);
  });

  it('never grows beyond MAX_JOURNAL_ENTRIES when the housekeeping does not run', async () => {
    const perArticle = 100;
    const articles = Math.ceil(MAX_JOURNAL_ENTRIES / perArticle) + 1;
    for (let a = 0; a < articles; a++) {
      await saveDataset(db, article(`https://a.example/${a}`, ['Taro Aso', ...Array.from({ length: perArticle - 1 }, (_, i) => `Person Number${a}x${i}`)]));
    }
    expect((await readTotals(db))?.journal?.length ?? 0).toBeLessThanOrEqual(MAX_JOURNAL_ENTRIES);
    expect(await db.actorStats.count()).toBeGreaterThan(0);
    expect((await card('person:taro aso')).earlierCount).toBe(articles);
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
