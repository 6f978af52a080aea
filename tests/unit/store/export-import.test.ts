// Export to one JSON file and merge back: every record checked, all or nothing, clear errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../lib/store/store-types';
import { actorCardExtras } from '../../../lib/store/actor-card';
import { DATASET_FILE_KIND, DATASET_FILE_VERSION, parseDatasetFile } from '../../../lib/store/dataset-file';
import { findDataset, saveDataset } from '../../../lib/store/datasets';
import { openDatabase, type DramatisDatabase } from '../../../lib/store/db';
import { exportDataset, importDataset } from '../../../lib/store/export-import';
import { searchActors } from '../../../lib/store/search-actors';
import { isQuotaError, StoreError } from '../../../lib/store/store-errors';
import { article, expectConsistent, failWritesTo, freshDatabase, storedAppearances, storedStats } from './fixtures';

let db: DramatisDatabase;
let other: DramatisDatabase;
beforeEach(() => {
  db = freshDatabase();
  other = freshDatabase();
});
afterEach(async () => {
  await expectConsistent(db);
  await expectConsistent(other);
  await db.delete();
  await other.delete();
});

async function contents(database: DramatisDatabase) {
  return {
    articles: await database.articles.toArray(),
    actors: await database.actors.toArray(),
    casts: await database.casts.toArray(),
    // Stats as readers see them (the journal applied to the rows), and the totals without the journal.
    actorStats: await storedStats(database),
    counters: (await database.counters.toArray()).map(({ journal: _journal, ...counts }) => counts),
  };
}

async function sampleFile(): Promise<string> {
  await saveDataset(db, article('https://a.example/1', [{ name: 'Taro Aso', descriptor: 'the vice-president', quote: 'We will' }, { name: 'LDP', kind: 'organization' }], { analyzedAt: 1000 }), { now: 1100 });
  await saveDataset(db, article('https://b.example/2', ['Aso', 'Masahisa Satō'], { analyzedAt: 2000 }), { now: 2100 });
  return (await exportDataset(db, Date.UTC(2026, 10, 25))).json;
}

/** The error a bad file gets, as the reader would read it. */
async function importError(text: string): Promise<StoreError> {
  const error = await importDataset(other, text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('export', () => {
  it('writes one JSON file with a kind marker and a format version', async () => {
    await sampleFile();
    const exported = await exportDataset(db, Date.UTC(2026, 10, 25));
    expect(exported.fileName).toBe('dramatis-dataset-2026-11-25.json');
    expect(exported.counts).toEqual({ articles: 2, actors: 3, appearances: 4 });
    const file = JSON.parse(exported.json);
    expect(file).toMatchObject({ kind: DATASET_FILE_KIND, schemaVersion: DATASET_FILE_VERSION });
    expect(file.actors[0].searchKeys).toBeUndefined();
    // Compact: appearances nested in their article as [index into actors, descriptors, quotes,
    // mentions, own fields?], mentions as [start, end, index into the article's actors].
    expect(file.articles[0]).toMatchObject({ url: 'https://a.example/1', mentions: [[0, 8, 0], expect.any(Array)] });
    const aso = file.actors.findIndex((actor: { id: string }) => actor.id === 'person:taro aso');
    expect(file.articles[0].actors[0]).toEqual([aso, [['the vice-president', 10, 28]], [['We will', 30, 37]], 1, { aliases: [] }]);
  });
});

describe('import', () => {
  it('round-trips into an empty database exactly', async () => {
    const json = await sampleFile();
    expect(await importDataset(other, json)).toEqual({ articlesAdded: 2, articlesUpdated: 0, articlesKept: 0, actors: 3, appearances: 4 });
    expect(await contents(other)).toEqual(await contents(db));
    expect((await actorCardExtras(other, 'person:taro aso', 'https://b.example/2')).earlier[0]?.quotes?.[0]?.text).toBe('We will');
    expect((await searchActors(other, 'sato'))[0]?.name).toBe('Masahisa Satō');
  });

  it('merges instead of overwriting: newer analysis wins, our own articles stay, aliases gather', async () => {
    const json = await sampleFile();
    await saveDataset(other, article('https://a.example/1', [{ name: 'Taro Aso', aliases: ['Mr Aso'] }], { analyzedAt: 500, textHash: 'old' }), { now: 9000 });
    await saveDataset(other, article('https://b.example/2', ['Fumio Kishida'], { analyzedAt: 5000, textHash: 'mine' }), { now: 10 });
    await saveDataset(other, article('https://c.example/3', ['Shigeru Ishiba']));
    const summary = await importDataset(other, json);
    expect(summary).toMatchObject({ articlesAdded: 0, articlesUpdated: 1, articlesKept: 1 });
    expect((await other.articles.get('https://a.example/1'))?.seenAt).toBe(9000);
    expect((await findDataset(other, 'https://a.example/1', 'h1'))?.actors.map((a) => a.name)).toEqual(['Taro Aso', 'LDP']);
    expect((await other.articles.get('https://b.example/2'))).toMatchObject({ textHash: 'mine', seenAt: 2100 });
    expect(await other.articles.get('https://c.example/3')).toBeDefined();
    expect(new Set((await other.actors.get('person:taro aso'))?.aliases)).toEqual(new Set(['Mr Aso', 'Aso']));
    // The file's actors only the kept (newer, ours) article mentioned are not imported as orphans.
    expect(await other.actors.get('person:masahisa satō')).toBeUndefined();
    expect((await storedAppearances(other)).filter((a) => a.url === 'https://a.example/1')).toHaveLength(2);
    // Importing the same file again changes nothing.
    const before = await contents(other);
    await importDataset(other, json);
    expect(await contents(other)).toEqual(before);
  });

  it('applies the retention cap after merging', async () => {
    const json = await sampleFile();
    await saveDataset(other, article('https://c.example/3', ['Shigeru Ishiba']), { now: 1 });
    await importDataset(other, json, { maxArticles: 2 });
    expect((await other.articles.toCollection().primaryKeys()).sort()).toEqual(['https://a.example/1', 'https://b.example/2']);
    expect(await other.actors.get('person:shigeru ishiba')).toBeUndefined();
  });

  it('a storage failure while importing leaves the database as it was', async () => {
    const json = await sampleFile();
    await saveDataset(other, article('https://c.example/3', ['Shigeru Ishiba']));
    const before = await contents(other);
    other.close();
    other = openDatabase(other.name);
    failWritesTo(other, 'casts', (request) => request.type === 'put');
    const error = await importDataset(other, json).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(await contents(other)).toEqual(before);
  });
});

describe('bad files are refused with the problem named, and nothing is written', () => {
  async function mutated(change: (file: any) => void): Promise<string> {
    const file = JSON.parse(await sampleFile());
    change(file);
    return JSON.stringify(file);
  }

  it.each([
    ['empty', () => '', /the file is empty/],
    ['truncated', async () => (await sampleFile()).slice(0, 300), /not valid JSON — it looks truncated/],
    ['not JSON at all', () => '<html>hello</html>', /not valid JSON/],
    ['foreign JSON', () => JSON.stringify({ name: 'my-package', version: '1.0.0' }), /not a Dramatis dataset export/],
    ['a JSON list', () => '[1,2,3]', /not a Dramatis dataset export/],
    ['a newer format', () => mutated((f) => (f.schemaVersion = 99)), /made by a newer Dramatis \(file format 99/],
    ['a version that is not a number', () => mutated((f) => (f.schemaVersion = '1')), /schemaVersion: expected a whole number/],
    ['a missing list', () => mutated((f) => delete f.actors), /^This file cannot be imported: actors: expected a list/],
    ['a title of the wrong type', () => mutated((f) => (f.articles[1].title = 42)), /articles\[1\]\.title: expected text of at most 4096 characters, found number 42/],
    ['an oversize field', () => mutated((f) => (f.articles[0].lang = 'x'.repeat(65))), /articles\[0\]\.lang: expected text of at most 64 characters, found text of 65/],
    ['a non-http url', () => mutated((f) => (f.articles[0].url = 'javascript:alert(1)')), /articles\[0\]\.url: expected an http\(s\) address/],
    ['offsets out of order', () => mutated((f) => (f.articles[1].mentions[0][1] = 0)), /articles\[1\]\.mentions\[0\]\[1\] \(end\): expected a whole number from 1/],
    ['a mention that is not a tuple', () => mutated((f) => (f.articles[1].mentions[0] = { start: 0, end: 3 })), /articles\[1\]\.mentions\[0\]: expected a list, found an object/],
    ['offsets that do not span the text', () => mutated((f) => (f.articles[1].actors[1][1][0][2] += 5)), /articles\[1\]\.actors\[1\]\[1\]\[0\] \(descriptor\): offsets \d+–\d+ do not span its text/],
    ['a negative offset', () => mutated((f) => (f.articles[0].actors[0][2][0][1] = -1)), /articles\[0\]\.actors\[0\]\[2\]\[0\]\[1\] \(quote start\): expected a whole number from 0/],
    ['an unknown kind', () => mutated((f) => (f.actors[1].kind = 'alien')), /actors\[1\]\.kind: expected one of person, organization, place, other/],
    ['an id without a kind', () => mutated((f) => (f.actors[0].id = 'taro aso')), /actors\[0\]\.id: "taro aso" does not start with a kind/],
    ['a duplicate article', () => mutated((f) => f.articles.push(f.articles[0])), /articles\[2\]\.url: "https:\/\/a\.example\/1" appears twice/],
    ['an appearance of an actor not in the file', () => mutated((f) => (f.articles[1].actors[0][0] = f.actors.length)), /articles\[1\]\.actors\[0\]\[0\] \(index into actors\): expected a whole number from 0 to 2, found number 3/],
    ['a mention of an actor the article does not have', () => mutated((f) => (f.articles[0].mentions[0][2] = 7)), /articles\[0\]\.mentions\[0\]\[2\] \(actor index\): expected a whole number from 0 to 1, found number 7/],
    ['an actor listed twice in one article', () => mutated((f) => f.articles[0].actors.push(f.articles[0].actors[0])), /articles\[0\]\.actors: an actor is listed twice/],
    ['a bad time', () => mutated((f) => (f.articles[0].seenAt = 'yesterday')), /articles\[0\]\.seenAt: expected a time in milliseconds/],
  ])('%s', async (_label, makeFile, message) => {
    await saveDataset(other, article('https://mine.example/1', ['Shigeru Ishiba']));
    const before = await contents(other);
    const error = await importError(await makeFile());
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(message);
    expect(await contents(other)).toEqual(before);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const error = await importError(`{"kind":"${DATASET_FILE_KIND}","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/too large to import: 50\.0 MB, the limit is 50 MB/);
  });

  it('counts bytes, not characters, against the limit', () => {
    const accented = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1);
    expect(() => parseDatasetFile(accented)).toThrow(/too large/);
  });
});
