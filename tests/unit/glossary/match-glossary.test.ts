import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex, isAcronym, matchGlossary } from '../../../lib/glossary/match-glossary';
import type { GlossaryEntry } from '../../../lib/protocol';

function entry(id: string, term: string, aliases: string[] = []): GlossaryEntry {
  return { id, term, aliases, kind: 'person', note: '', link: '', updatedAt: 1 };
}

function found(entries: GlossaryEntry[], text: string): string[] {
  return matchGlossary(buildGlossaryIndex(entries), text).map((m) => `${m.entryId}:${text.slice(m.start, m.end)}`);
}

describe('matchGlossary', () => {
  it('finds terms and aliases as whole words only', () => {
    const entries = [entry('a', 'Aso', ['Taro Aso'])];
    expect(found(entries, 'Taro Aso met Asok; Aso left. Asonia and NakAso not.')).toEqual(['a:Taro Aso', 'a:Aso']);
  });

  it('prefers the longest form at a position and never overlaps', () => {
    const entries = [entry('p', 'Liberal Democratic Party'), entry('l', 'Liberal')];
    expect(found(entries, 'The Liberal Democratic Party and the Liberal wing')).toEqual(['p:Liberal Democratic Party', 'l:Liberal']);
  });

  it('matches acronyms case-sensitively', () => {
    expect(isAcronym('LDP')).toBe(true);
    expect(isAcronym('U.S.')).toBe(true);
    expect(isAcronym('G7')).toBe(true);
    expect(isAcronym('Aso')).toBe(false);
    const entries = [entry('l', 'LDP'), entry('u', 'U.S.')];
    expect(found(entries, 'The LDP, the ldp, the Ldp and the U.S. and the u.s.')).toEqual(['l:LDP', 'u:U.S.']);
  });

  it('matches other terms whatever their case, but a capitalised term never an all-lower-case word', () => {
    const entries = [entry('b', 'Bush'), entry('k', 'Fumio Kishida'), entry('lc', 'deep state')];
    expect(found(entries, 'BUSH and Bush, not bush; FUMIO KISHIDA; the Deep State and the deep state')).toEqual([
      'b:BUSH',
      'b:Bush',
      'k:FUMIO KISHIDA',
      'lc:Deep State',
      'lc:deep state',
    ]);
  });

  it('lets any whitespace separate words but keeps punctuation where the term has it', () => {
    const entries = [entry('t', 'Taro Aso'), entry('j', 'Jean-Luc Mélenchon')];
    expect(found(entries, 'Taro\n  Aso; Taro-Aso; Jean-Luc Mélenchon; Jean Luc Mélenchon')).toEqual(['t:Taro\n  Aso', 'j:Jean-Luc Mélenchon']);
  });

  it('handles Unicode: accents, non-Latin scripts, astral characters, possessives and curly apostrophes', () => {
    const entries = [entry('x', '習近平'), entry('e', 'Élodie Ørsted'), entry('o', "O'Brien"), entry('s', '𝒳 Corp')];
    const text = "習近平 spoke. ÉLODIE ØRSTED's view; O’Brien agreed; 𝒳 Corp.";
    expect(found(entries, text)).toEqual(['x:習近平', 'e:ÉLODIE ØRSTED', "o:O’Brien", 's:𝒳 Corp']);
  });

  it('gives a form two entries share to the first', () => {
    expect(found([entry('a', 'Sato'), entry('b', 'Masahisa Sato', ['Sato'])], 'Sato')).toEqual(['a:Sato']);
  });

  it('runs in linear time on a large hostile text', () => {
    const entries = Array.from({ length: 500 }, (_, i) => entry(`e${i}`, `Name${i} Surname${i}`, [`N${i}`]));
    const index = buildGlossaryIndex(entries);
    const text = 'Name1 '.repeat(200_000) + 'Name1 Surname1';
    const started = performance.now();
    const matches = matchGlossary(index, text);
    expect(matches).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
