import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex, isAcronym, matchGlossary } from '../../../lib/glossary/match-glossary';
import type { GlossaryEntry } from '../../../lib/glossary/glossary-types';

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

  it('matches other terms whatever their case, but a capitalized term never an all-lower-case word', () => {
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

describe('matchGlossary against a regular-expression reference', () => {
  /** The same rules, written the slow, obvious way: one regex per form, then leftmost-longest. */
  function reference(entries: GlossaryEntry[], text: string): string[] {
    const forms = entries.flatMap((e) => [e.term, ...e.aliases].map((form) => ({ id: e.id, form, acronym: isAcronym(form) })));
    const ordered = [...forms.filter((f) => f.acronym), ...forms.filter((f) => !f.acronym)];
    const found: Array<{ start: number; end: number; id: string; rank: number }> = [];
    ordered.forEach(({ id, form, acronym }, rank) => {
      const pattern = form
        .trim()
        .split(/(\s+)/u)
        .map((part) => (/^\s+$/u.test(part) ? '\\s+' : part.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')))
        .join('');
      const regex = new RegExp(`(?=(${pattern}))`, acronym ? 'g' : 'gi');
      const wordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
      for (const m of text.matchAll(regex)) {
        const start = m.index;
        const end = start + m[1]!.length;
        if (wordChar(text[start - 1]) && wordChar(text[start])) continue;
        if (wordChar(text[end]) && wordChar(text[end - 1])) continue;
        if (!acronym && /\p{Lu}/u.test(form) && !/\p{Lu}/u.test(m[1]!)) continue;
        found.push({ start, end, id, rank });
      }
    });
    const out: string[] = [];
    let at = 0;
    for (;;) {
      const candidates = found.filter((f) => f.start >= at);
      if (candidates.length === 0) return out;
      const start = Math.min(...candidates.map((f) => f.start));
      const best = candidates.filter((f) => f.start === start).sort((a, b) => b.end - a.end || a.rank - b.rank)[0]!;
      out.push(`${best.id}:${text.slice(best.start, best.end)}`);
      at = best.end;
    }
  }

  const ROUNDS = 300;
  it('agrees on 300 random texts and glossaries (seeded)', async () => {
    const { createRandom } = await import('../sync/simulated-sync');
    const random = createRandom(42);
    const letters = ['a', 'b', 'A', 'B', 'é', 'É', '1'];
    const word = () => Array.from({ length: random.int(1, 3) }, () => random.pick(letters)).join('');
    const form = () => {
      let s = word();
      for (let n = random.int(0, 2); n > 0; n--) s += random.pick([' ', ' ', '-', '.']) + word();
      return s;
    };
    for (let round = 0; round < ROUNDS; round++) {
      const seen = new Set<string>();
      const entries: GlossaryEntry[] = [];
      for (let i = random.int(1, 5); i > 0; i--) {
        const forms = [form(), ...(random.chance(0.4) ? [form()] : [])].filter((f) => !seen.has(f.toLowerCase()) && seen.add(f.toLowerCase()));
        if (forms.length > 0) entries.push(entry(`e${i}`, forms[0]!, forms.slice(1)));
      }
      const text = Array.from({ length: random.int(5, 40) }, () => random.pick([word(), form(), ' ', '  ', '\n', ',', '.', '-'])).join(random.pick([' ', '']));
      expect(found(entries, text), `round ${round}: ${JSON.stringify({ entries: entries.map((e) => [e.term, ...e.aliases]), text })}`).toEqual(reference(entries, text));
    }
  }, 30_000);
});
