import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDataset } from '../../../lib/engine/types';
import { castEntries, openDatabase, type DramatisDatabase } from '../../../lib/store/db';
import { findDataset, saveDataset } from '../../../lib/store/datasets';
import { foldNow } from './fixtures';

function dataset(url: string, textHash: string, names: string[]): ArticleDataset {
  return {
    url,
    title: `Title of ${url}`,
    lang: 'en',
    textHash,
    analyzedAt: 1_700_000_000_000,
    actors: names.map((name) => ({
      id: `person:${name.toLowerCase()}`,
      name,
      kind: 'person',
      aliases: [],
      descriptors: [{ text: 'a lawmaker', start: 0, end: 10 }],
      quotes: [],
      mentions: 2,
    })),
    mentions: names.map((name, i) => ({ start: i * 10, end: i * 10 + name.length, actorId: `person:${name.toLowerCase()}` })),
  };
}

let db: DramatisDatabase;
let counter = 0;

beforeEach(() => {
  db = openDatabase(`dramatis-test-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

describe('datasets in the store', () => {
  it('returns the stored dataset for an unchanged article', async () => {
    const original = dataset('https://news.example/a', 'h1', ['Taro Aso', 'Masahisa Sato']);
    await saveDataset(db, original);
    const found = await findDataset(db, original.url, 'h1');
    expect(found).toEqual(original);
  });

  it('returns null when the text changed or the article is unknown', async () => {
    await saveDataset(db, dataset('https://news.example/a', 'h1', ['Taro Aso']));
    expect(await findDataset(db, 'https://news.example/a', 'h2')).toBeNull();
    expect(await findDataset(db, 'https://news.example/b', 'h1')).toBeNull();
  });

  it('replaces an article’s appearances when it is re-analyzed, without duplicates', async () => {
    await saveDataset(db, dataset('https://news.example/a', 'h1', ['Taro Aso', 'Masahisa Sato']));
    await saveDataset(db, dataset('https://news.example/a', 'h2', ['Taro Aso']));
    expect(castEntries((await db.casts.get('https://news.example/a'))!)).toMatchObject([{ name: 'Taro Aso' }]);
    expect((await findDataset(db, 'https://news.example/a', 'h2'))?.actors.map((a) => a.name)).toEqual(['Taro Aso']);
  });

  it('keeps one actor record across articles, gathering names', async () => {
    await saveDataset(db, dataset('https://news.example/a', 'h1', ['Taro Aso']));
    const second = dataset('https://news.example/b', 'h1', ['Taro Aso']);
    second.actors[0]!.aliases = ['Aso'];
    await saveDataset(db, second);
    await foldNow(db);
    expect(await db.actors.count()).toBe(1);
    expect(await db.actors.get('person:taro aso')).toMatchObject({ name: 'Taro Aso', aliases: ['Aso'] });
    expect(await db.casts.where('actorDates').between(['person:taro aso', Dexie.minKey], ['person:taro aso', Dexie.maxKey]).count()).toBe(2);
  });
});

describe('actor card extras', () => {
  it('lists what earlier articles said, most recent first, without the current article', async () => {
    const { actorCardExtras } = await import('../../../lib/store/actor-card');
    const older = dataset('https://news.example/old', 'h1', ['Taro Aso']);
    older.analyzedAt = 1000;
    const newer = dataset('https://news.example/new', 'h1', ['Taro Aso']);
    newer.analyzedAt = 2000;
    const current = dataset('https://news.example/now', 'h1', ['Taro Aso']);
    for (const d of [older, newer, current]) await saveDataset(db, d);
    const extras = await actorCardExtras(db, 'person:taro aso', current.url);
    expect(extras.earlierCount).toBe(2);
    expect(extras.earlier.map((e) => e.url)).toEqual([newer.url, older.url]);
    expect(extras.earlier[0]).toMatchObject({ title: 'Title of https://news.example/new', descriptors: [{ text: 'a lawmaker' }] });
  });
});
