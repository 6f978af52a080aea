import { beforeEach, describe, expect, it } from 'vitest';
import { glossaryToCsv, glossaryToJson, parseGlossaryFile, readCsvRecords } from '../../../lib/glossary/glossary-files';
import { ACTOR_KINDS } from '../../../lib/engine/types';
import type { GlossaryEntry } from '../../../lib/glossary/glossary-types';
import { createRandom } from '../sync/simulated-sync';
import { useRealMessages } from '../components/real-messages';

// Error messages come from public/_locales/en/messages.json.
beforeEach(useRealMessages);

const NOW = new Date('2026-01-02T03:04:05Z');
const tricky: GlossaryEntry[] = [
  { id: 'a1', term: 'Taro Aso', aliases: ['Aso', 'Mr. Aso'], kind: 'person', note: 'Former PM, "gaffe-prone";\nline two\n\nline four', link: 'https://example.org/aso?x=1,2', updatedAt: 1 },
  { id: 'b2', term: '習近平', aliases: ['Xi Jinping', 'Xi'], kind: 'person', note: 'Ünïcödé 🎌 — em dash, tab\there', link: '', updatedAt: 2 },
  { id: 'c3', term: 'LDP', aliases: ['semi;colon', 'back\\slash', 'both\\;'], kind: 'organization', note: ' leading and trailing spaces ', link: '', updatedAt: 3 },
  { id: 'd4', term: 'Comma, Inc.', aliases: [], kind: 'other', note: '"', link: '', updatedAt: 4 },
  { id: 'e5', term: 'Empty note', aliases: [], kind: 'place', note: '', link: '', updatedAt: 5 },
];

function drafts(entries: GlossaryEntry[]) {
  return entries.map(({ id, term, aliases, kind, note, link }) => ({ id, term, aliases, kind, note, link }));
}

describe('glossary files round trip', () => {
  it.each(['json', 'csv'] as const)('%s: export then import gives back exactly the entries', (format) => {
    const text = format === 'json' ? glossaryToJson(tricky, NOW) : glossaryToCsv(tricky);
    const parsed = parseGlossaryFile(format, text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((row) => row.draft)).toEqual(drafts(tricky));
  });

  it.each(['json', 'csv'] as const)('%s: 300 random entries survive the round trip (seeded)', (format) => {
    const random = createRandom(7);
    const alphabet = ['a', 'Z', ' ', ',', '"', '\n', ';', '\\', 'é', '習', '🎌', "'", '\t', '=', '-'];
    const word = (min: number) => {
      let s = random.pick(['A', 'b', 'É', '習']);
      for (let i = random.int(min, 12); i > 0; i--) s += random.pick(alphabet);
      return s;
    };
    const clean = (s: string) => s.replace(/\s+/gu, ' ').trim();
    const entries: GlossaryEntry[] = Array.from({ length: 300 }, (_, i) => {
      const term = `${clean(word(1))} ${i}`;
      const aliases = [...new Set(Array.from({ length: random.int(0, 3) }, () => clean(word(1))))].filter((a) => a && a !== term && /[\p{L}\p{N}]/u.test(a));
      return { id: `id${i}`, term, aliases, kind: random.pick(ACTOR_KINDS), note: word(0).replaceAll('\r', ''), link: random.chance(0.3) ? `https://ex.org/${i}?q="a,b"` : '', updatedAt: i };
    });
    const text = format === 'json' ? glossaryToJson(entries, NOW) : glossaryToCsv(entries);
    const parsed = parseGlossaryFile(format, text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((row) => row.draft)).toEqual(drafts(entries));
  });

  it('writes RFC 4180 CSV: CRLF records, quoted fields, doubled quotes', () => {
    const csv = glossaryToCsv([tricky[3]!]);
    expect(csv).toBe('id,term,aliases,kind,note,link,updatedAt\r\nd4,"Comma, Inc.",,other,"""",,4\r\n');
  });
});

describe('reading CSV', () => {
  it('reports each record by the line it starts on, counting line breaks inside quotes', () => {
    const { records } = readCsvRecords('a,b\r\n"x\ny",z\n\nlast,"q"\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\ny', 'z'] },
      { line: 5, fields: ['last', 'q'] },
    ]);
  });

  it('reports invalid rows by line number and keeps the valid ones', () => {
    const csv = [
      'term,kind,note,link', // 1
      'Taro Aso,person,"A note', // 2 (quoted note spans lines 2-3)
      'on two lines",', // 3
      ',person,no term,', // 4
      'Bad Kind,wizard,,', // 5
      'Bad Link,person,,javascript:alert(1)', // 6
      'Too,many,fields,here,!', // 7
      'Bad "quote",person,,', // 8
      'LDP,organization,,https://www.jimin.jp', // 9
    ].join('\n');
    const parsed = parseGlossaryFile('csv', csv);
    expect(parsed.rows.map((row) => [row.line, row.draft.term])).toEqual([[2, 'Taro Aso'], [9, 'LDP']]);
    expect(parsed.rows[0]!.draft.note).toBe('A note\non two lines');
    expect(parsed.errors.map((error) => error.line)).toEqual([4, 5, 6, 7, 8]);
    expect(parsed.errors[0]!.message).toMatch(/term/);
    expect(parsed.errors[1]!.message).toMatch(/wizard/);
  });

  it('needs a header naming known columns, term among them', () => {
    expect(parseGlossaryFile('csv', 'name,note\nX,y').errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/Unknown column “name”/) });
    expect(parseGlossaryFile('csv', 'note\ny').errors[0]!.message).toMatch(/no “term” column/);
    expect(parseGlossaryFile('csv', '').errors[0]!.message).toMatch(/empty/);
  });

  it('reports an unclosed quote at the line where the record starts', () => {
    const parsed = parseGlossaryFile('csv', 'term,note\nA,ok\nB,"never closed\nmore');
    expect(parsed.rows.map((row) => row.draft.term)).toEqual(['A']);
    expect(parsed.errors).toEqual([{ line: 3, message: expect.stringMatching(/not closed/) }]);
  });

  it('accepts a byte-order mark and LF line ends', () => {
    expect(parseGlossaryFile('csv', '\uFEFFterm\nA\n').rows.map((row) => row.draft.term)).toEqual(['A']);
  });
});

describe('reading JSON', () => {
  it('reports invalid entries by the line they start on', () => {
    const json = '{\n  "entries": [\n    {"term": "Taro Aso"},\n    {"term": ""},\n    {\n      "term": "X",\n      "kind": "wizard"\n    },\n    "nope"\n  ]\n}';
    const parsed = parseGlossaryFile('json', json);
    expect(parsed.rows.map((row) => [row.line, row.draft.term])).toEqual([[3, 'Taro Aso']]);
    expect(parsed.errors.map((error) => error.line)).toEqual([4, 5, 9]);
  });

  it('accepts a bare list and reports syntax errors with a line', () => {
    expect(parseGlossaryFile('json', '[{"term":"A"},\n{"term":"B"}]').rows.map((row) => row.line)).toEqual([1, 2]);
    const broken = parseGlossaryFile('json', '{\n  "entries": [\n    {"term": "A",}\n  ]\n}');
    expect(broken.rows).toEqual([]);
    expect(broken.errors[0]!.line).toBe(3);
    expect(parseGlossaryFile('json', '{"x": 1}').errors[0]!.message).toMatch(/entries/);
  });
});
