// Several tabs analyzing at once, the popup reading while the background writes: every write
// lands exactly once and every read sees a whole dataset, never half of one.
import { describe, expect, it } from 'vitest';
import { actorCardExtras } from '../../../lib/store/actor-card';
import { findDataset, saveDataset } from '../../../lib/store/datasets';
import type { DramatisDatabase } from '../../../lib/store/db';
import { forgetSite } from '../../../lib/store/retention';
import { readActorStats } from '../../../lib/store/actor-stats';
import { searchActors } from '../../../lib/store/search-actors';
import { addAliasDirectly, article, foldNow, storedAppearances, useFreshDatabase } from './fixtures';

let db: DramatisDatabase;
useFreshDatabase((fresh) => (db = fresh));

const TABS = 12;

describe('concurrent writers and readers', () => {
  it('tabs saving at once lose no alias, article or appearance, and duplicate none', async () => {
    const reads: Promise<unknown>[] = [];
    const writes = Array.from({ length: TABS }, (_, tab) => {
      const dataset = article(`https://tab${tab}.example/a`, [
        { name: 'Taro Aso', aliases: [`Alias ${tab}`] },
        `Reporter Number${tab}`,
        'Masahisa Sato',
      ]);
      // The popup searches and a card loads while the writes are in flight.
      reads.push(searchActors(db, 'aso'), actorCardExtras(db, 'person:taro aso', dataset.url));
      return saveDataset(db, dataset);
    });
    await Promise.all([...writes, ...reads]);
    await foldNow(db);

    expect(await db.articles.count()).toBe(TABS);
    expect(await storedAppearances(db)).toHaveLength(TABS * 3);
    expect(await db.actors.count()).toBe(TABS + 2);
    const aso = await db.actors.get('person:taro aso');
    expect(new Set(aso?.aliases)).toEqual(new Set(Array.from({ length: TABS }, (_, tab) => `Alias ${tab}`)));
    const [result] = await searchActors(db, 'taro');
    expect(result).toMatchObject({ id: 'person:taro aso', articleCount: TABS });
  });

  it('tabs saving at once after the writer has cached the actors count every article (no save counts from a cache another has not yet committed)', async () => {
    await saveDataset(db, article('https://first.example/a', ['Taro Aso', 'Masahisa Sato']));
    await Promise.all(
      Array.from({ length: TABS }, (_, tab) => saveDataset(db, article(`https://tab${tab}.example/a`, ['Taro Aso', { name: 'Masahisa Sato', aliases: [`Alias ${tab}`] }]))),
    );
    const [aso] = await searchActors(db, 'taro aso');
    expect(aso).toMatchObject({ articleCount: TABS + 1 });
    expect((await readActorStats(db, ['person:masahisa sato']))[0]?.aliases).toHaveLength(TABS);
  });

  it('two tabs re-saving the same changed article leave one whole version, no duplicates', async () => {
    const versions = Array.from({ length: 6 }, (_, v) =>
      article('https://same.example/a', Array.from({ length: v + 1 }, (_, i) => `Person Number${v}x${i}`), { textHash: `v${v}` }),
    );
    const seen: (string[] | null)[] = [];
    await Promise.all([
      ...versions.map((version) => saveDataset(db, version)),
      ...versions.map(async (version) => seen.push((await findDataset(db, version.url, version.textHash))?.actors.map((a) => a.id) ?? null)),
    ]);
    const stored = (await db.articles.get('https://same.example/a'))!;
    const winner = versions.find((version) => version.textHash === stored.textHash)!;
    await foldNow(db);
    expect((await storedAppearances(db)).map((a) => a.actorId).sort()).toEqual(winner.actors.map((a) => a.id).sort());
    expect(await db.actors.count()).toBe(winner.actors.length);
    // Every read saw one complete version (or none), never a mixture.
    for (const ids of seen) {
      if (ids) expect(versions.some((version) => JSON.stringify(version.actors.map((a) => a.id)) === JSON.stringify(ids))).toBe(true);
    }
  });

  it('a card read while a site is forgotten sees before or after, never between', async () => {
    for (let i = 0; i < 5; i++) await saveDataset(db, article(`https://gone.example/${i}`, ['Taro Aso']));
    await saveDataset(db, article('https://kept.example/1', ['Taro Aso']));
    const cards = await Promise.all([
      actorCardExtras(db, 'person:taro aso', 'https://now.example/'),
      forgetSite(db, 'gone.example'),
      actorCardExtras(db, 'person:taro aso', 'https://now.example/'),
    ]).then(([before, , after]) => [before, after] as const);
    for (const card of cards) expect([1, 6]).toContain(card.earlierCount);
    expect((await actorCardExtras(db, 'person:taro aso', 'https://now.example/')).earlierCount).toBe(1);
  });

  it('interleaved explicit transactions merge the same actor without a lost update', async () => {
    // Both transactions read the actor, then yield, then write: without serialization one merge is lost.
    // (They write as every writer of actors or stats must: fixtures' addAliasDirectly.)
    const addAlias = (alias: string) => addAliasDirectly(db, 'person:taro aso', alias);
    await saveDataset(db, article('https://a.example/1', ['Taro Aso']));
    await foldNow(db);
    await Promise.all([addAlias('Aso'), addAlias('Mr Aso'), saveDataset(db, article('https://a.example/2', [{ name: 'Taro Aso', aliases: ['Aso Taro'] }]))]);
    await foldNow(db);
    expect(new Set((await db.actors.get('person:taro aso'))?.aliases)).toEqual(new Set(['Aso', 'Mr Aso', 'Aso Taro']));
  });
});
