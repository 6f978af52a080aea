import { beforeEach, describe, expect, it } from 'vitest';
import {
  EMPTY_FIELDS,
  draftOf,
  filterEntries,
  normalizeName,
  splitAliases,
  validateFields,
  type GlossaryFields,
} from '../../../components/glossary-form';
import type { GlossaryEntry } from '../../../lib/glossary/glossary-types';
import { useRealMessages } from './real-messages';

const entry = (id: string, term: string, aliases: string[] = [], note = ''): GlossaryEntry => ({
  id,
  term,
  aliases,
  kind: 'person',
  note,
  link: '',
  updatedAt: 1,
});
const fields = (change: Partial<GlossaryFields>): GlossaryFields => ({ ...EMPTY_FIELDS, ...change });
const ENTRIES = [entry('a', 'Taro Aso', ['Aso']), entry('b', 'Liberal Democratic Party', ['LDP'], 'ruling party since 1955')];

beforeEach(useRealMessages);

describe('normalizeName', () => {
  it('ignores case, accents and spacing', () => {
    expect(normalizeName('  Satō   Masahisa ')).toBe('sato masahisa');
    expect(normalizeName('ÉLYSÉE')).toBe(normalizeName('elysee'));
    expect(normalizeName('Zhao Lijian')).not.toBe(normalizeName('Zhao Li'));
  });
});

describe('splitAliases', () => {
  it('splits on commas, trims, drops empties and repeats', () => {
    expect(splitAliases(' Sato , LDP,, sato ,  Jimintō ')).toEqual(['Sato', 'LDP', 'Jimintō']);
    expect(splitAliases('')).toEqual([]);
  });
});

describe('validateFields', () => {
  it('accepts a complete new entry', () => {
    expect(validateFields(fields({ term: 'Masahisa Sato', aliases: 'Sato', link: 'https://example.org/sato' }), ENTRIES, null)).toEqual({});
  });

  it('requires a term', () => {
    expect(validateFields(fields({ term: '   ' }), ENTRIES, null)).toEqual({ term: 'Enter a term.' });
  });

  it('finds duplicate terms whatever the case or accents', () => {
    expect(validateFields(fields({ term: 'TARŌ  ASO' }), ENTRIES, null).term).toBe('“Taro Aso” is already in your glossary.');
    expect(validateFields(fields({ term: 'ldp' }), ENTRIES, null).term).toBe('“ldp” is already a name of “Liberal Democratic Party”.');
  });

  it('finds aliases that another entry already has', () => {
    expect(validateFields(fields({ term: 'Masahisa Sato', aliases: 'Sato, aso' }), ENTRIES, null).aliases).toBe(
      '“aso” is already a name of “Taro Aso”.',
    );
  });

  it('lets an edited entry keep its own names', () => {
    expect(validateFields(fields({ term: 'Taro Aso', aliases: 'Aso, Aso Taro' }), ENTRIES, 'a')).toEqual({});
  });

  it('accepts only http(s) links', () => {
    expect(validateFields(fields({ term: 'X', link: 'javascript:alert(1)' }), ENTRIES, null).link).toBe(
      'Enter a web address starting with http:// or https://.',
    );
    expect(validateFields(fields({ term: 'X', link: 'example.org' }), ENTRIES, null).link).toBeDefined();
    expect(validateFields(fields({ term: 'X', link: 'http://example.org/a?b=c' }), ENTRIES, null).link).toBeUndefined();
  });

  it('enforces the size limits', () => {
    expect(validateFields(fields({ term: 'x'.repeat(201) }), [], null).term).toBe('Keep this under 200 characters.');
    expect(validateFields(fields({ term: 'X', note: 'n'.repeat(2001) }), [], null).note).toBe('Keep this under 2000 characters.');
    const many = Array.from({ length: 31 }, (_, i) => `alias ${i}`).join(',');
    expect(validateFields(fields({ term: 'X', aliases: many }), [], null).aliases).toBe('Use at most 30 aliases.');
  });
});

describe('draftOf', () => {
  it('tidies the fields into a draft, with the id only when editing', () => {
    const typed = fields({ term: '  Masahisa\n Sato ', aliases: 'Sato, ,Sato', kind: 'person', note: ' note ', link: ' https://e.org ' });
    expect(draftOf(typed, null)).toEqual({ term: 'Masahisa Sato', aliases: ['Sato'], kind: 'person', note: 'note', link: 'https://e.org' });
    expect(draftOf(typed, 'id-1').id).toBe('id-1');
  });
});

describe('filterEntries', () => {
  it('matches term, aliases and note, sorted by term', () => {
    expect(filterEntries(ENTRIES, '').map((e) => e.term)).toEqual(['Liberal Democratic Party', 'Taro Aso']);
    expect(filterEntries(ENTRIES, 'ldp').map((e) => e.id)).toEqual(['b']);
    expect(filterEntries(ENTRIES, '1955').map((e) => e.id)).toEqual(['b']);
    expect(filterEntries(ENTRIES, 'ASŌ').map((e) => e.id)).toEqual(['a']);
    expect(filterEntries(ENTRIES, 'nobody')).toEqual([]);
  });
});
