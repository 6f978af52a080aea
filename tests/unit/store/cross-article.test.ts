// One actor record across articles: by id, by an unambiguous alias or surname; never by a shared surname.
import { describe, expect, it } from 'vitest';
import { actorCardExtras } from '../../../lib/store/actor-card';
import { findDataset, saveDataset } from '../../../lib/store/datasets';
import type { DramatisDatabase } from '../../../lib/store/db';
import type { ArticleDataset } from '../../../lib/engine/types';
import { article, foldNow, storedAppearances, useFreshDatabase } from './fixtures';

let db: DramatisDatabase;
useFreshDatabase((fresh) => (db = fresh));

// Linking reads stored actors from the index and from the journal of saves not folded yet: both ways.
describe.each([
  ['each save folded (as the housekeeping does)', true],
  ['saves left in the journal', false],
])('cross-article memory, %s', (_, foldEach) => {
  const save = async (dataset: ArticleDataset): Promise<ArticleDataset> => {
    const stored = await saveDataset(db, dataset);
    if (foldEach) await foldNow(db);
    return stored;
  };

  it('links a later lone surname to the one stored person who bears it', async () => {
    await save(article('https://a.example/1', [{ name: 'Taro Aso', descriptor: 'the vice-president' }], { analyzedAt: 1000 }));
    const later = await save(article('https://b.example/2', [{ name: 'Aso', descriptor: 'the former prime minister' }], { analyzedAt: 2000 }));
    expect(later.actors.map((a) => [a.id, a.name])).toEqual([['person:taro aso', 'Aso']]);
    expect(later.mentions.every((m) => m.actorId === 'person:taro aso')).toBe(true);
    await foldNow(db);
    expect(await db.actors.count()).toBe(1);
    expect(await db.actors.get('person:taro aso')).toMatchObject({ name: 'Taro Aso', aliases: ['Aso'] });
    // The stored dataset comes back linked too (the content script asks cards by these ids).
    expect((await findDataset(db, 'https://b.example/2', 'h1'))?.actors[0]?.id).toBe('person:taro aso');

    const card = await actorCardExtras(db, 'person:taro aso', 'https://b.example/2');
    expect(card).toMatchObject({ earlierCount: 1, knownAs: 'Taro Aso', aliases: ['Aso'] });
    expect(card.earlier).toEqual([
      {
        url: 'https://a.example/1',
        title: 'Title of https://a.example/1',
        analyzedAt: 1000,
        name: 'Taro Aso',
        descriptors: [{ text: 'the vice-president', start: 10, end: 28 }],
      },
    ]);
  });

  it('links by a stored alias (an acronym) of the same kind only', async () => {
    await save(article('https://a.example/1', [{ name: 'Liberal Democratic Party', kind: 'organization', aliases: ['LDP'] }]));
    const later = await save(article('https://a.example/2', [{ name: 'LDP', kind: 'organization' }, { name: 'LDP', kind: 'other' }]));
    expect(later.actors.map((a) => a.id)).toEqual(['organization:liberal democratic party', 'other:ldp']);
  });

  it('does not merge different people who share a surname', async () => {
    await save(article('https://a.example/1', ['Masahisa Sato']));
    await save(article('https://a.example/2', ['Eisaku Sato']));
    const third = await save(article('https://a.example/3', ['Sato', 'Kenji Sato']));
    expect(third.actors.map((a) => a.id)).toEqual(['person:sato', 'person:kenji sato']);
    await foldNow(db);
    expect((await db.actors.toCollection().primaryKeys()).sort()).toEqual(['person:eisaku sato', 'person:kenji sato', 'person:masahisa sato', 'person:sato']);
    expect((await actorCardExtras(db, 'person:masahisa sato', 'https://a.example/3')).earlierCount).toBe(1);
  });

  it('does not link a surname to a place or a given name', async () => {
    await save(article('https://a.example/1', ['Taro Aso', { name: 'Aso', kind: 'place' }]));
    await save(article('https://a.example/2', ['Taro']));
    await foldNow(db);
    expect(await db.actors.get('person:taro')).toBeDefined();
    expect((await db.actors.get('person:taro aso'))?.aliases).toEqual([]);
  });

  it('keeps an article’s own separate actors apart even if a name could link them', async () => {
    await save(article('https://a.example/1', ['Taro Aso']));
    // The engine did not link "Aso" to "Taro Aso" in this article: the store does not second-guess it.
    const second = await save(article('https://a.example/2', ['Taro Aso', 'Aso']));
    expect(second.actors.map((a) => a.id)).toEqual(['person:taro aso', 'person:aso']);
  });

  it('matches names regardless of accents only for search, not identity', async () => {
    await save(article('https://a.example/1', ['Masahisa Satō']));
    const second = await save(article('https://a.example/2', ['Sato']));
    expect(second.actors[0]?.id).toBe('person:sato');
  });
});

describe('revisits and changed articles', () => {
  it('an unchanged article is a lookup that refreshes when it was seen', async () => {
    const original = article('https://a.example/1', ['Taro Aso', 'Masahisa Sato']);
    await saveDataset(db, original, { now: 10 });
    expect(await findDataset(db, original.url, 'h1')).toEqual(original);
    expect((await db.articles.get(original.url))!.seenAt).toBeGreaterThan(10);
    expect(await findDataset(db, original.url, 'h2')).toBeNull();
  });

  it('a changed article replaces its appearances, drops actors only it mentioned, and keeps shared ones', async () => {
    await saveDataset(db, article('https://a.example/other', ['Masahisa Sato']));
    await saveDataset(db, article('https://a.example/1', ['Taro Aso', 'Masahisa Sato', 'Fumio Kishida']));
    await saveDataset(db, article('https://a.example/1', ['Taro Aso'], { textHash: 'h2' }));
    await saveDataset(db, article('https://a.example/1', ['Taro Aso'], { textHash: 'h3' }));
    expect((await storedAppearances(db)).filter((a) => a.url === 'https://a.example/1')).toHaveLength(1);
    expect(await db.articles.count()).toBe(2);
    await foldNow(db);
    expect(await db.actors.get('person:fumio kishida')).toBeUndefined();
    expect(await db.actors.get('person:masahisa sato')).toBeDefined();
    expect((await actorCardExtras(db, 'person:taro aso', 'https://x.example/')).earlierCount).toBe(1);
  });
});

describe('actor card extras', () => {
  it('lists the newest earlier articles first, counts the rest, leaves out the current one', async () => {
    for (let i = 1; i <= 8; i++) {
      await saveDataset(db, article(`https://a.example/${i}`, [{ name: 'Taro Aso', quote: `Quote ${i}` }], { analyzedAt: i * 1000 }));
    }
    const card = await actorCardExtras(db, 'person:taro aso', 'https://a.example/8');
    expect(card.earlierCount).toBe(7);
    expect(card.earlier.map((e) => e.url)).toEqual([7, 6, 5, 4, 3].map((i) => `https://a.example/${i}`));
    expect(card.earlier[0]?.quotes?.[0]?.text).toBe('Quote 7');
    const unknown = await actorCardExtras(db, 'person:nobody', 'https://a.example/8');
    expect(unknown).toEqual({ earlier: [], earlierCount: 0 });
  });

  it('leaves out the current article when it is older than the newest ones, and only when it names the actor', async () => {
    await saveDataset(db, article('https://a.example/other', ['Masahisa Sato'], { analyzedAt: 500 }));
    for (let i = 1; i <= 8; i++) await saveDataset(db, article(`https://a.example/${i}`, ['Taro Aso'], { analyzedAt: i * 1000 }));
    // The reader is back on the oldest article: not among the newest six read for the card.
    const back = await actorCardExtras(db, 'person:taro aso', 'https://a.example/1');
    expect(back.earlierCount).toBe(7);
    expect(back.earlier.map((e) => e.url)).toEqual([8, 7, 6, 5, 4].map((i) => `https://a.example/${i}`));
    // An article that does not name him (nor is stored at all): every stored one is earlier.
    expect((await actorCardExtras(db, 'person:taro aso', 'https://a.example/other')).earlierCount).toBe(8);
    expect((await actorCardExtras(db, 'person:taro aso', 'https://never.example/')).earlierCount).toBe(8);
    // Fewer articles than a card reads: all of them were read, so no article read is needed.
    expect((await actorCardExtras(db, 'person:masahisa sato', 'https://a.example/1')).earlierCount).toBe(1);
    expect((await actorCardExtras(db, 'person:masahisa sato', 'https://a.example/other')).earlierCount).toBe(0);
  });
});
