import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine';
import { expectValidResult } from './check-invariants';

const ARTICLE = `Deputy Prime Minister Taro Aso said on Monday that Japan would help Taiwan.
The ruling Liberal Democratic Party, meanwhile, kept its distance. Masahisa Sato, a senior LDP lawmaker, met officials in Taipei.
"We promised each other that we would have regular discussions," Sato said.`;

describe('analyzeText', () => {
  const result = analyzeText(ARTICLE);
  const byName = new Map(result.actors.map((a) => [a.name, a]));

  it('finds people, organizations and places with the right kind', () => {
    expect(byName.get('Taro Aso')?.kind).toBe('person');
    expect(byName.get('Masahisa Sato')?.kind).toBe('person');
    expect(byName.get('Liberal Democratic Party')?.kind).toBe('organization');
    expect(byName.get('Japan')?.kind).toBe('place');
    expect(byName.get('Taipei')?.kind).toBe('place');
  });

  it('does not take titles, weekdays or sentence-initial words for names', () => {
    const names = result.actors.map((a) => a.name);
    expect(names).not.toContain('Monday');
    expect(names).not.toContain('The');
    expect(names.some((n) => n.startsWith('Deputy'))).toBe(false);
  });

  it('links a surname and an acronym to their full forms', () => {
    expect(byName.get('Masahisa Sato')?.aliases).toContain('Sato');
    expect(byName.get('Liberal Democratic Party')?.aliases).toContain('LDP');
    expect(byName.get('Liberal Democratic Party')?.expansion).toBe('Liberal Democratic Party');
  });

  it('gives every mention offsets into the text and an existing actor', () => {
    const ids = new Set(result.actors.map((a) => a.id));
    for (const m of result.mentions) {
      expect(ids.has(m.actorId)).toBe(true);
      expect(m.end).toBeGreaterThan(m.start);
    }
    expect(result.mentions.map((m) => ARTICLE.slice(m.start, m.end))).toContain('Sato');
  });

  it('makes ids from kind and normalized name', () => {
    expect(byName.get('Masahisa Sato')?.id).toBe('person:masahisa sato');
  });
});

describe('names inside describing words', () => {
  it('takes a known place or a name of the text before the hyphen of "-based", "-owned", as a mention of its own', () => {
    const text = 'Mara Lind, a Portugal-based engineer, joined Velmar. The Velmar-owned lab and a Communist-led union agreed, Velmar said.';
    const result = analyzeText(text);
    expectValidResult(text, result);
    const portugal = result.actors.find((a) => a.name === 'Portugal');
    expect(portugal?.kind).toBe('place');
    const mention = result.mentions.find((m) => m.actorId === portugal?.id);
    expect(text.slice(mention!.start, mention!.end)).toBe('Portugal');
    const velmar = result.actors.find((a) => a.name === 'Velmar');
    expect(result.mentions.filter((m) => m.actorId === velmar?.id).map((m) => text.slice(m.start, m.end))).toEqual(['Velmar', 'Velmar', 'Velmar']);
    expect(result.actors.map((a) => a.name)).not.toContain('Communist');
    // Two words before the hyphen: "San Jose-based".
    const twoWords = 'Velmar, the San Jose-based company, and a Hong Kong-born banker agreed.';
    const places = analyzeText(twoWords).actors.filter((a) => a.kind === 'place').map((a) => a.name);
    expect(places).toEqual(['San Jose', 'Hong Kong']);
    // The mention inside the word describes nothing: "engineer" is Mara Lind's.
    expect(portugal?.descriptors).toEqual([]);
  });
});
