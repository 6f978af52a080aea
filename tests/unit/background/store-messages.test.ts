// The store's messages: validated on arrival, answered by lib/store/store-requests.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_SEARCH_RESULTS } from '../../../lib/store/store-types';
import { parseBackgroundRequest, type StoreRequest } from '../../../lib/messages/protocol';
import { saveDataset } from '../../../lib/store/datasets';
import type { DramatisDatabase } from '../../../lib/store/db';
import { answerStoreRequest, isStoreRequest, type StoreRequestContext } from '../../../lib/background/store-requests';
import { createBackups } from '../../../lib/store/backup';
import { article, expectConsistent, freshDatabase } from '../store/fixtures';

describe('parsing store requests', () => {
  it.each([
    [{ type: 'search-actors', query: 'sato' }, { type: 'search-actors', query: 'sato' }],
    [{ type: 'search-actors', query: 'sato', limit: 5, extra: 1 }, { type: 'search-actors', query: 'sato', limit: 5 }],
    [{ type: 'forget-site', hostname: 'WWW.Example.com' }, { type: 'forget-site', hostname: 'www.example.com' }],
    [{ type: 'clear-all', all: true }, { type: 'clear-all' }],
    [{ type: 'storage-usage' }, { type: 'storage-usage' }],
    [{ type: 'export-dataset' }, { type: 'export-dataset' }],
    [{ type: 'import-dataset', json: '{}' }, { type: 'import-dataset', json: '{}' }],
  ])('accepts %j', (message, parsed) => {
    expect(parseBackgroundRequest(message)).toEqual(parsed);
  });

  it.each([
    ['a query that is not text', { type: 'search-actors', query: 3 }],
    ['an oversize query', { type: 'search-actors', query: 'x'.repeat(201) }],
    ['a zero limit', { type: 'search-actors', query: 'a', limit: 0 }],
    ['too many results', { type: 'search-actors', query: 'a', limit: MAX_SEARCH_RESULTS + 1 }],
    ['a fractional limit', { type: 'search-actors', query: 'a', limit: 1.5 }],
    ['a URL for a hostname', { type: 'forget-site', hostname: 'https://example.com/' }],
    ['an empty hostname', { type: 'forget-site', hostname: '' }],
    ['a missing file', { type: 'import-dataset' }],
    ['an oversize file', { type: 'import-dataset', json: 'x'.repeat(MAX_IMPORT_BYTES + 1) }],
  ])('rejects %s', (_label, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });
});

describe('answering store requests', () => {
  let db: DramatisDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(async () => {
    await expectConsistent(db);
    await db.delete();
  });
  let page: StoreRequestContext;
  beforeEach(() => {
    page = { fromExtensionPage: true, maxArticles: async () => 5000, backups: createBackups(db) };
  });
  const contentScript = () => ({ ...page, fromExtensionPage: false });

  it('answers search for the extension pages, with where each actor was seen', async () => {
    await saveDataset(db, article('https://a.example/1', ['Masahisa Satō'], { title: 'First', analyzedAt: 1 }));
    await saveDataset(db, article('https://a.example/2', ['Masahisa Satō', 'Eisaku Sato'], { title: 'Second', analyzedAt: 2 }));
    const reply = await answerStoreRequest(db, { type: 'search-actors', query: 'SATO' }, page);
    expect(reply).toEqual({
      ok: true,
      results: [
        { id: 'person:masahisa satō', name: 'Masahisa Satō', kind: 'person', aliases: [], articleCount: 2, latest: { url: 'https://a.example/2', title: 'Second', analyzedAt: 2 } },
        { id: 'person:eisaku sato', name: 'Eisaku Sato', kind: 'person', aliases: [], articleCount: 1, latest: { url: 'https://a.example/2', title: 'Second', analyzedAt: 2 } },
      ],
    });
  });

  it.each<StoreRequest>([
    { type: 'search-actors', query: 'aso' },
    { type: 'storage-usage' },
    { type: 'clear-all' },
    { type: 'forget-site', hostname: 'a.example' },
    { type: 'export-dataset' },
    { type: 'import-dataset', json: '{}' },
  ])(
    'refuses %j from a content script (which never needs one) and leaves the data alone',
    async (request) => {
      await saveDataset(db, article('https://a.example/1', ['Taro Aso']));
      expect(isStoreRequest(request)).toBe(true);
      expect(await answerStoreRequest(db, request, contentScript())).toMatchObject({ ok: false, code: 'failed' });
      expect(await db.articles.count()).toBe(1);
    },
  );

  it('reports usage, and an import problem as a failure reply rather than a throw', async () => {
    await saveDataset(db, article('https://a.example/1', ['Taro Aso']));
    expect(await answerStoreRequest(db, { type: 'storage-usage' }, page)).toMatchObject({
      ok: true,
      usage: { counts: { articles: 1, actors: 1, appearances: 1, glossary: 0 }, maxArticles: 5000 },
    });
    expect(await answerStoreRequest(db, { type: 'import-dataset', json: '{"kind":"other"}' }, page)).toEqual({
      ok: false,
      code: 'invalid-file',
      error: 'This file cannot be imported: it is not a Dramatis dataset export (no "kind": "dramatis-dataset" at the top).',
    });
    // A backup, exported in parts (format 3), checked and imported back in parts.
    const exported = await answerStoreRequest(db, { type: 'export-dataset' }, page);
    if (!exported.ok || !('part' in exported) || !('text' in exported.part)) throw new Error('no export');
    expect(exported.part).toMatchObject({ done: true, articles: 1, total: 1 });
    expect(await answerStoreRequest(db, { type: 'clear-all' }, page)).toEqual({ ok: true, removed: { articles: 1, actors: 1, appearances: 1 } });
    const lines = exported.part.text.split('\n');
    for (const step of ['check', 'apply'] as const) {
      const reply = await answerStoreRequest(db, { type: 'import-dataset-part', step, lines, last: true }, page);
      expect(reply).toMatchObject({ ok: true, part: { articles: 1 } });
      if (step === 'apply') expect(reply).toMatchObject({ part: { imported: { articlesAdded: 1 } } });
    }
  });
});
