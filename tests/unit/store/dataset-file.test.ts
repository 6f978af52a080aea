// The dataset file format on its own (no database): format 2 round-trips, format 1 files still
// read into the same records, and every malformed or hostile record is refused by its place.
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../../lib/engine/types';
import { MAX_IMPORT_BYTES } from '../../../lib/store/store-types';
import type { ActorRecord, AppearanceRecord, ArticleRecord } from '../../../lib/store/db';
import { buildDatasetFile, DATASET_FILE_KIND, DATASET_FILE_VERSION, FILE_LIMITS, parseDatasetFile, type DatasetFile } from '../../../lib/store/dataset-file';
import { StoreError } from '../../../lib/store/store-errors';

const EXPORTED_AT = Date.UTC(2026, 10, 25);
const ASO = 'person:taro aso';
const LDP = 'organization:ldp';
const SATO = 'person:masahisa satō';

const actors: ActorRecord[] = [
  { id: ASO, name: 'Taro Aso', kind: 'person', aliases: ['Aso'], searchKeys: ['taro aso', 'aso'] },
  { id: LDP, name: 'LDP', kind: 'organization', aliases: [], expansion: 'Liberal Democratic Party', searchKeys: ['ldp'] },
  { id: SATO, name: 'Masahisa Satō', kind: 'person', aliases: ['Satō'], searchKeys: ['masahisa sato', 'sato'] },
  // In no article: still exported.
  { id: 'place:tokyo', name: 'Tokyo', kind: 'place', aliases: [], searchKeys: ['tokyo'] },
];

const articles: ArticleRecord[] = [
  {
    url: 'https://a.example/1',
    title: 'Aso and the LDP',
    lang: 'en',
    textHash: 'h1',
    analyzedAt: 1000,
    seenAt: 1100,
    mentions: [
      { start: 0, end: 8, actorId: ASO },
      { start: 40, end: 43, actorId: LDP },
      { start: 60, end: 63, actorId: ASO },
    ],
    actorIds: [ASO, LDP],
    host: 'a.example',
  },
  {
    url: 'https://b.example/2',
    title: 'Satō',
    lang: 'ja',
    textHash: 'h2',
    analyzedAt: 2000,
    seenAt: 2000,
    mentions: [
      { start: 0, end: 13, actorId: SATO },
      { start: 20, end: 23, actorId: ASO },
    ],
    actorIds: [SATO, ASO],
    unsupported: 'partly in an unsupported script',
    host: 'b.example',
  },
  { url: 'http://c.example/3', title: '', lang: 'en', textHash: 'h3', analyzedAt: 3000, seenAt: 3500, mentions: [], actorIds: [], host: 'c.example' },
];

/** In the store's order (by key), not the articles' actor order the file follows. */
const appearances: AppearanceRecord[] = [
  // As the actor record has it: nothing of its own in the file.
  { actorId: ASO, url: 'https://a.example/1', title: 'Aso and the LDP', name: 'Taro Aso', kind: 'person', aliases: ['Aso'], descriptors: [{ text: 'the vice-president', start: 10, end: 28 }], quotes: [{ text: 'We will', start: 30, end: 37 }], mentions: 2, analyzedAt: 1000 },
  // Its own aliases where the actor has none (aliases are not emptied on the way back).
  { actorId: ASO, url: 'https://b.example/2', title: 'Satō', name: 'Aso', kind: 'person', aliases: [], descriptors: [], quotes: [], mentions: 1, analyzedAt: 2000 },
  { actorId: LDP, url: 'https://a.example/1', title: 'Aso and the LDP', name: 'Liberal Democrats', kind: 'organization', aliases: ['LDP'], expansion: 'Liberal Democratic Party', descriptors: [], quotes: [], mentions: 1, analyzedAt: 1000 },
  { actorId: SATO, url: 'https://b.example/2', title: 'Satō', name: 'Masahisa Satō', kind: 'person', aliases: ['Satō'], descriptors: [{ text: 'a lawmaker', start: 15, end: 25 }], quotes: [], mentions: 1, analyzedAt: 2000 },
];

const records = { articles, actors, appearances };

/** What import receives: records without derived fields, appearances in each article's actor order. */
function expected(schemaVersion: number): DatasetFile {
  const stored = (actorId: string, url: string) => appearances.find((a) => a.actorId === actorId && a.url === url)!;
  return {
    kind: DATASET_FILE_KIND,
    schemaVersion,
    exportedAt: EXPORTED_AT,
    articles: articles.map(({ host: _host, ...article }) => article),
    actors: actors.map(({ searchKeys: _keys, ...actor }) => actor),
    appearances: articles.flatMap((article) => article.actorIds.map((id) => stored(id, article.url))).map(({ title: _title, ...appearance }) => appearance),
  };
}

/** The same records as format 1 wrote them, by hand: what existing exports look like. */
const V1_FILE = {
  kind: 'dramatis-dataset',
  schemaVersion: 1,
  exportedAt: EXPORTED_AT,
  actors: [
    { id: ASO, name: 'Taro Aso', kind: 'person', aliases: ['Aso'] },
    { id: LDP, name: 'LDP', kind: 'organization', aliases: [], expansion: 'Liberal Democratic Party' },
    { id: SATO, name: 'Masahisa Satō', kind: 'person', aliases: ['Satō'] },
    { id: 'place:tokyo', name: 'Tokyo', kind: 'place', aliases: [] },
  ],
  articles: [
    {
      url: 'https://a.example/1',
      title: 'Aso and the LDP',
      lang: 'en',
      textHash: 'h1',
      analyzedAt: 1000,
      seenAt: 1100,
      actors: [
        { actorId: ASO, name: 'Taro Aso', aliases: ['Aso'], descriptors: [{ text: 'the vice-president', start: 10, end: 28 }], quotes: [{ text: 'We will', start: 30, end: 37 }], mentions: 2 },
        { actorId: LDP, name: 'Liberal Democrats', aliases: ['LDP'], expansion: 'Liberal Democratic Party', descriptors: [], quotes: [], mentions: 1 },
      ],
      mentions: [[0, 8, 0], [40, 43, 1], [60, 63, 0]],
    },
    {
      url: 'https://b.example/2',
      title: 'Satō',
      lang: 'ja',
      textHash: 'h2',
      analyzedAt: 2000,
      seenAt: 2000,
      unsupported: 'partly in an unsupported script',
      actors: [
        { actorId: SATO, name: 'Masahisa Satō', aliases: ['Satō'], descriptors: [{ text: 'a lawmaker', start: 15, end: 25 }], quotes: [], mentions: 1 },
        { actorId: ASO, name: 'Aso', aliases: [], descriptors: [], quotes: [], mentions: 1 },
      ],
      mentions: [[0, 13, 0], [20, 23, 1]],
    },
    { url: 'http://c.example/3', title: '', lang: 'en', textHash: 'h3', analyzedAt: 3000, seenAt: 3500, actors: [], mentions: [] },
  ],
};

/** A file's JSON, edited freely to break it. */
type AnyFile = any;

/** The current format's file of `records`, as plain JSON to edit. */
function v2File(): AnyFile {
  return JSON.parse(buildDatasetFile(records, EXPORTED_AT));
}

/** The message a file is refused with (fails the test if it is accepted). */
function refusal(file: unknown): string {
  try {
    parseDatasetFile(typeof file === 'string' ? file : JSON.stringify(file));
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('invalid-file');
    return (error as StoreError).message;
  }
  throw new Error('the file was accepted');
}

function edited(file: AnyFile, change: (file: AnyFile) => void): AnyFile {
  change(file);
  return file;
}

const refused = (detail: string) => `This file cannot be imported: ${detail}`;

describe('format 2', () => {
  it('is what export writes: appearances as tuples naming their actor by position', () => {
    const file = v2File();
    expect(DATASET_FILE_VERSION).toBe(2);
    expect(file).toMatchObject({ kind: DATASET_FILE_KIND, schemaVersion: 2, exportedAt: EXPORTED_AT });
    expect(file.actors).toEqual(expected(2).actors);
    expect(file.articles[0]).toEqual({
      url: 'https://a.example/1',
      title: 'Aso and the LDP',
      lang: 'en',
      textHash: 'h1',
      analyzedAt: 1000,
      seenAt: 1100,
      actors: [
        // Name and aliases as the actor's: left out; evidence as [text, start, end].
        [0, [['the vice-president', 10, 28]], [['We will', 30, 37]], 2],
        [1, [], [], 1, { name: 'Liberal Democrats', aliases: ['LDP'], expansion: 'Liberal Democratic Party' }],
      ],
      mentions: [[0, 8, 0], [40, 43, 1], [60, 63, 0]],
    });
    // Empty aliases where the actor has some are written, so they do not come back as the actor's.
    expect(file.articles[1].actors).toEqual([
      [2, [['a lawmaker', 15, 25]], [], 1],
      [0, [], [], 1, { name: 'Aso', aliases: [] }],
    ]);
    expect(file.articles[1].unsupported).toBe('partly in an unsupported script');
    expect(file.articles[2]).toMatchObject({ actors: [], mentions: [] });
  });

  it('reads back into the records it was built from', () => {
    expect(parseDatasetFile(buildDatasetFile(records, EXPORTED_AT))).toStrictEqual(expected(2));
  });

  it("does not share the actor's aliases list with its appearances", () => {
    const file = parseDatasetFile(buildDatasetFile(records, EXPORTED_AT));
    expect(file.appearances[0]!.aliases).toEqual(file.actors[0]!.aliases);
    expect(file.appearances[0]!.aliases).not.toBe(file.actors[0]!.aliases);
  });

  it('refuses to build a file import would refuse: an appearance whose actor is not in the records', () => {
    expect(() => buildDatasetFile({ ...records, actors: actors.slice(1) }, EXPORTED_AT)).toThrow(
      'Export: https://a.example/1 lists actor "person:taro aso" without its appearance or actor record.',
    );
    expect(() => buildDatasetFile({ ...records, appearances: appearances.slice(1) }, EXPORTED_AT)).toThrow(/lists actor "person:taro aso" without its appearance/);
  });

  it('keeps a bench-sized store (10,000 articles of 25 actors, 100,000 actors) under 40 MB, well within the import limit', () => {
    // 100 articles as scripts/bench-store-workload.ts fills them: 10 actors each of their own, 15 shared.
    const many: ActorRecord[] = Array.from({ length: 1090 }, (_, i) => {
      const name = `Anna Tōmi${i}`;
      return { id: `person:${name.toLowerCase()}`, name, kind: 'person', aliases: [`Tōmi${i}`], searchKeys: [] };
    });
    const bench = { articles: [] as ArticleRecord[], actors: many, appearances: [] as AppearanceRecord[] };
    for (let a = 0; a < 100; a++) {
      const url = `https://news${a % 50}.example/${a}`;
      const analyzedAt = 1_600_000_000_000 + a * 60_000;
      const shared = 1000 + (a % 6) * 15;
      const cast = [...many.slice(a * 10, a * 10 + 10), ...many.slice(shared, shared + 15)];
      const mentions = cast.flatMap((actor, i) => [{ start: i * 200, end: i * 200 + actor.name.length, actorId: actor.id }, { start: i * 200 + 100, end: i * 200 + 110, actorId: actor.id }]);
      bench.articles.push({ url, title: `Synthetic article number ${a} about ${cast[0]!.name}`, lang: 'en', textHash: `hash-${a}`, analyzedAt, seenAt: analyzedAt, mentions, actorIds: cast.map((actor) => actor.id), host: '' });
      for (const [i, { id: actorId, name, kind, aliases }] of cast.entries()) {
        const descriptor = `a ${['senior', 'former', 'newly elected', 'long-serving'][i % 4]} official quoted in the report`;
        const quotes = i % 10 < 3 ? [{ text: 'We will not back down on this issue.', start: 400, end: 436 }] : [];
        bench.appearances.push({ actorId, url, title: '', name, kind, aliases, descriptors: [{ text: descriptor, start: 100, end: 100 + descriptor.length }], quotes, mentions: 1 + (i % 4), analyzedAt });
      }
    }
    const bytes = new TextEncoder().encode(buildDatasetFile(bench, EXPORTED_AT)).length;
    // Format 1 took about 7,000 bytes per such article: 68 MB for the bench's 10,000, over the 50 MB limit.
    expect((bytes / 100) * 10_000).toBeLessThan(40 * 2 ** 20);
    expect(40 * 2 ** 20).toBeLessThan(MAX_IMPORT_BYTES);
  });
});

describe('format 1 files (exports made before format 2)', () => {
  it('read into the same records as format 2', () => {
    expect(parseDatasetFile(JSON.stringify(V1_FILE))).toStrictEqual(expected(1));
  });

  it.each([
    ['an appearance of an unknown actor', (f: AnyFile) => (f.articles[1].actors[0].actorId = 'person:ghost'), 'articles[1].actors[0].actorId: no actor "person:ghost" in the file\'s actors.'],
    ['offsets that do not span the text', (f: AnyFile) => (f.articles[1].actors[0].descriptors[0].end += 5), 'articles[1].actors[0].descriptors[0]: offsets 15–30 do not span its text (10 characters).'],
    ['a negative offset', (f: AnyFile) => (f.articles[0].actors[0].quotes[0].start = -1), `articles[0].actors[0].quotes[0].start: expected a whole number from 0 to ${MAX_ARTICLE_CHARS}, found number -1.`],
    ['evidence as a tuple', (f: AnyFile) => (f.articles[0].actors[0].quotes[0] = ['We will', 30, 37]), 'articles[0].actors[0].quotes[0]: expected an object, found a list.'],
    ['an appearance as a tuple', (f: AnyFile) => (f.articles[0].actors[0] = [0, [], [], 1]), 'articles[0].actors[0]: expected an object, found a list.'],
    ['an actor listed twice', (f: AnyFile) => f.articles[0].actors.push(f.articles[0].actors[0]), 'articles[0].actors: an actor is listed twice.'],
  ])('are still checked: %s', (_label, change, message) => {
    expect(refusal(edited(structuredClone(V1_FILE), change))).toBe(refused(message));
  });
});

describe('versions', () => {
  it('refuses a newer format, naming the newest it reads', () => {
    expect(refusal(edited(v2File(), (f) => (f.schemaVersion = 3)))).toBe(
      refused('it was made by a newer Dramatis (file format 3; this version reads up to 2). Update Dramatis and try again.'),
    );
  });

  it.each([0, -1, 1.5, '2', null])('refuses schemaVersion %j', (version) => {
    expect(refusal(edited(v2File(), (f) => (f.schemaVersion = version)))).toMatch(/^This file cannot be imported: schemaVersion: expected a whole number from 1, found /);
  });

  it('reads a file by its version, not by its look: format 1 records in a format 2 file are refused', () => {
    expect(refusal({ ...V1_FILE, schemaVersion: 2 })).toBe(
      refused('articles[0].actors[0]: expected [index into actors, descriptors, quotes, mentions] and optionally {name, aliases, expansion}, found an object.'),
    );
  });
});

describe('format 2 files are checked record by record, naming the place', () => {
  const shape = '[index into actors, descriptors, quotes, mentions] and optionally {name, aliases, expansion}';
  it.each([
    // The appearance tuple.
    ['an appearance as an object', (f: AnyFile) => (f.articles[0].actors[1] = { actor: 1 }), `articles[0].actors[1]: expected ${shape}, found an object.`],
    ['an appearance too short', (f: AnyFile) => f.articles[0].actors[0].pop(), `articles[0].actors[0]: expected ${shape}, found 3 items.`],
    ['an appearance too long', (f: AnyFile) => f.articles[0].actors[1].push({}), `articles[0].actors[1]: expected ${shape}, found 6 items.`],
    // The actor reference: in range, a whole number, not a name.
    ['an actor past the end', (f: AnyFile) => (f.articles[1].actors[1][0] = 4), 'articles[1].actors[1][0] (index into actors): expected a whole number from 0 to 3, found number 4.'],
    ['a negative actor', (f: AnyFile) => (f.articles[1].actors[1][0] = -1), 'articles[1].actors[1][0] (index into actors): expected a whole number from 0 to 3, found number -1.'],
    ['a fractional actor', (f: AnyFile) => (f.articles[0].actors[0][0] = 0.5), 'articles[0].actors[0][0] (index into actors): expected a whole number from 0 to 3, found number 0.5.'],
    ['an actor id instead of a position', (f: AnyFile) => (f.articles[0].actors[0][0] = ASO), 'articles[0].actors[0][0] (index into actors): expected a whole number from 0 to 3, found text of 15 characters.'],
    ['no actors to refer to', (f: AnyFile) => (f.actors = []), 'articles[0].actors[0][0] (index into actors): the file has no actors.'],
    ['one actor twice in an article', (f: AnyFile) => (f.articles[1].actors[1][0] = 2), 'articles[1].actors: an actor is listed twice.'],
    // Evidence lists and their [text, start, end] tuples.
    ['descriptors not a list', (f: AnyFile) => (f.articles[0].actors[0][1] = { text: 'x' }), 'articles[0].actors[0][1] (descriptors): expected a list, found an object.'],
    ['too many quotes', (f: AnyFile) => (f.articles[0].actors[1][2] = Array.from({ length: FILE_LIMITS.evidence + 1 }, () => ['x', 0, 1])), `articles[0].actors[1][2] (quotes): at most ${FILE_LIMITS.evidence} items allowed, found ${FILE_LIMITS.evidence + 1}.`],
    ['evidence as an object', (f: AnyFile) => (f.articles[0].actors[0][2][0] = { text: 'We will', start: 30, end: 37 }), 'articles[0].actors[0][2][0] (quote): expected [text, start, end], found an object.'],
    ['evidence without its end', (f: AnyFile) => f.articles[0].actors[0][1][0].pop(), 'articles[0].actors[0][1][0] (descriptor): expected [text, start, end], found 2 items.'],
    ['evidence with a fourth item', (f: AnyFile) => f.articles[0].actors[0][1][0].push(0), 'articles[0].actors[0][1][0] (descriptor): expected [text, start, end], found 4 items.'],
    ['evidence text not text', (f: AnyFile) => (f.articles[0].actors[0][2][0][0] = 7), `articles[0].actors[0][2][0][0] (quote text): expected text of at most ${FILE_LIMITS.evidenceText} characters, found number 7.`],
    ['oversize evidence text', (f: AnyFile) => (f.articles[0].actors[0][2][0] = ['x'.repeat(FILE_LIMITS.evidenceText + 1), 0, FILE_LIMITS.evidenceText + 1]), `articles[0].actors[0][2][0][0] (quote text): expected text of at most ${FILE_LIMITS.evidenceText} characters, found text of ${FILE_LIMITS.evidenceText + 1} characters.`],
    ['a negative start', (f: AnyFile) => (f.articles[0].actors[0][2][0][1] = -1), `articles[0].actors[0][2][0][1] (quote start): expected a whole number from 0 to ${MAX_ARTICLE_CHARS}, found number -1.`],
    ['an end before its start', (f: AnyFile) => (f.articles[0].actors[0][1][0][2] = 9), `articles[0].actors[0][1][0][2] (descriptor end): expected a whole number from 10 to ${MAX_ARTICLE_CHARS}, found number 9.`],
    ['an end past any article', (f: AnyFile) => (f.articles[0].actors[0][1][0][2] = MAX_ARTICLE_CHARS + 1), `articles[0].actors[0][1][0][2] (descriptor end): expected a whole number from 10 to ${MAX_ARTICLE_CHARS}, found number ${MAX_ARTICLE_CHARS + 1}.`],
    ['offsets that do not span the text', (f: AnyFile) => (f.articles[1].actors[0][1][0][2] += 5), 'articles[1].actors[0][1][0] (descriptor): offsets 15–30 do not span its text (10 characters).'],
    // The mention count.
    ['a negative mention count', (f: AnyFile) => (f.articles[0].actors[0][3] = -2), `articles[0].actors[0][3] (mentions): expected a whole number from 0 to ${FILE_LIMITS.mentions}, found number -2.`],
    ['a mention count as text', (f: AnyFile) => (f.articles[0].actors[0][3] = '2'), `articles[0].actors[0][3] (mentions): expected a whole number from 0 to ${FILE_LIMITS.mentions}, found text of 1 characters.`],
    // What the appearance has of its own.
    ['its own fields as a list', (f: AnyFile) => (f.articles[0].actors[1][4] = ['Liberal Democrats']), 'articles[0].actors[1][4]: expected an object, found a list.'],
    ['its own fields as null', (f: AnyFile) => (f.articles[0].actors[1][4] = null), 'articles[0].actors[1][4]: expected an object, found null.'],
    ['an empty name of its own', (f: AnyFile) => (f.articles[0].actors[1][4].name = ''), `articles[0].actors[1][4].name: expected non-empty text of at most ${FILE_LIMITS.name} characters, found text of 0 characters.`],
    ['aliases not a list', (f: AnyFile) => (f.articles[0].actors[1][4].aliases = 'LDP'), 'articles[0].actors[1][4].aliases: expected a list, found text of 3 characters.'],
    ['an alias not text', (f: AnyFile) => (f.articles[1].actors[1][4].aliases = [1]), `articles[1].actors[1][4].aliases[0]: expected text of at most ${FILE_LIMITS.name} characters, found number 1.`],
    ['an expansion not text', (f: AnyFile) => (f.articles[0].actors[1][4].expansion = false), `articles[0].actors[1][4].expansion: expected text of at most ${FILE_LIMITS.name} characters, found boolean false.`],
    // Mentions (the same tuples as format 1), pointing into the article's own actors.
    ['a mention of an actor the article does not have', (f: AnyFile) => (f.articles[1].mentions[1][2] = 2), 'articles[1].mentions[1][2] (actor index): expected a whole number from 0 to 1, found number 2.'],
    ['a mention in an article without actors', (f: AnyFile) => f.articles[2].mentions.push([0, 1, 0]), 'articles[2].mentions[0]: the article has no actors to mention.'],
  ])('%s', (_label, change, message) => {
    expect(refusal(edited(v2File(), change))).toBe(refused(message));
  });

  it('refuses numbers JSON can only read as infinite', () => {
    const text = buildDatasetFile(records, EXPORTED_AT).replace('"actors":[[0,', '"actors":[[1e400,');
    expect(refusal(text)).toBe(refused('articles[0].actors[0][0] (index into actors): expected a whole number from 0 to 3, found number Infinity.'));
  });

  it('refuses the whole file for one bad record at its end (all or nothing)', () => {
    const file = edited(v2File(), (f) => f.articles.push({ ...f.articles[0], url: 'https://d.example/4', actors: [[9, [], [], 1]] }));
    expect(refusal(file)).toBe(refused('articles[3].actors[0][0] (index into actors): expected a whole number from 0 to 3, found number 9.'));
  });
});
