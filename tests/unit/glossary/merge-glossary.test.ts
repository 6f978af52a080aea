import { describe, expect, it } from 'vitest';
import { findEntryForActor, mergeGlossary } from '../../../lib/glossary/merge-glossary';
import type { Actor, ArticleDataset } from '../../../lib/engine/types';
import type { GlossaryEntry } from '../../../lib/glossary/glossary-types';

const TEXT = 'Taro Aso met the LDP. Aso spoke to Komeito. Later Kishida arrived.';
//            0         1         2         3         4         5         6
function actor(id: string, name: string, kind: Actor['kind'], aliases: string[], mentions: number): Actor {
  return { id, name, kind, aliases, descriptors: [], quotes: [], mentions };
}
const dataset: ArticleDataset = {
  url: 'https://news.example/a',
  title: 'A',
  lang: 'en',
  textHash: 'h',
  analyzedAt: 1,
  actors: [actor('person:taro aso', 'Taro Aso', 'person', ['Aso'], 2), actor('place:ldp', 'LDP', 'place', [], 1)],
  mentions: [
    { start: 0, end: 8, actorId: 'person:taro aso' },
    { start: 17, end: 20, actorId: 'place:ldp' },
    { start: 22, end: 25, actorId: 'person:taro aso' },
  ],
};
function entry(id: string, term: string, kind: GlossaryEntry['kind'], aliases: string[] = [], note = ''): GlossaryEntry {
  return { id, term, aliases, kind, note, link: '', updatedAt: 1 };
}

describe('mergeGlossary', () => {
  it('returns the dataset unchanged without entries', () => {
    expect(mergeGlossary(dataset, TEXT, [])).toEqual({ dataset, links: {} });
  });

  it('adds actors and mentions for entries the engine did not find', () => {
    const { dataset: merged, links } = mergeGlossary(dataset, TEXT, [entry('k', 'Komeito', 'organization'), entry('f', 'Fumio Kishida', 'person', ['Kishida'])]);
    const komeito = merged.actors.find((a) => a.name === 'Komeito')!;
    expect(komeito).toMatchObject({ id: 'organization:komeito', kind: 'organization', mentions: 1, aliases: [] });
    const kishida = merged.actors.find((a) => a.name === 'Fumio Kishida')!;
    expect(kishida).toMatchObject({ kind: 'person', aliases: ['Kishida'], mentions: 1 });
    expect(merged.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual(['Taro Aso', 'LDP', 'Aso', 'Komeito', 'Kishida']);
    expect(links).toEqual({ 'organization:komeito': 'k', [kishida.id]: 'f' });
    expect(merged.mentions.every((m) => merged.actors.some((a) => a.id === m.actorId))).toBe(true);
  });

  it('corrects an engine actor’s name and kind, keeping its id and its mentions', () => {
    const { dataset: merged, links } = mergeGlossary(dataset, TEXT, [entry('l', 'Liberal Democratic Party', 'organization', ['LDP'])]);
    const ldp = merged.actors.find((a) => a.id === 'place:ldp')!;
    expect(ldp).toMatchObject({ name: 'Liberal Democratic Party', kind: 'organization', aliases: ['LDP'], mentions: 1 });
    expect(merged.mentions).toHaveLength(3);
    expect(links).toEqual({ 'place:ldp': 'l' });
  });

  it('attaches an entry to the actor whose mentions its matches fall on', () => {
    const engine = { ...dataset, actors: [actor('person:taro aso', 'Taro Aso', 'person', [], 2), dataset.actors[1]!] };
    const { dataset: merged, links } = mergeGlossary(engine, TEXT, [entry('a', 'Aso', 'person', [], 'Deputy PM')]);
    expect(links).toEqual({ 'person:taro aso': 'a' });
    expect(merged.actors[0]).toMatchObject({ name: 'Aso', aliases: ['Taro Aso'] });
    expect(merged.mentions).toHaveLength(3);
  });

  it('does not change the input', () => {
    const before = JSON.stringify(dataset);
    mergeGlossary(dataset, TEXT, [entry('l', 'LDP', 'organization'), entry('k', 'Komeito', 'organization')]);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

describe('findEntryForActor', () => {
  const entries = [entry('k', 'Komeito', 'organization'), entry('l', 'Liberal Democratic Party', 'organization', ['LDP'])];
  it('finds a glossary-only actor by its id and an engine actor by its names', () => {
    expect(findEntryForActor(entries, { id: 'organization:komeito' })?.id).toBe('k');
    expect(findEntryForActor(entries, { id: 'place:ldp', name: 'LDP', aliases: [] })?.id).toBe('l');
    expect(findEntryForActor(entries, { id: 'person:x', name: 'X', aliases: [] })).toBeUndefined();
  });
});

describe('mergeGlossary on the engine’s own output (demo article)', () => {
  it('keeps the dataset consistent for random glossaries: known actors, no overlaps, counts that add up', async () => {
    const { readFileSync } = await import('node:fs');
    const { buildDataset } = await import('../../../lib/engine');
    const { createRandom } = await import('../sync/simulated-sync');
    const text = readFileSync('demo/index.html', 'utf8').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
    const engine = buildDataset({ url: 'https://demo.example/', title: 'Demo', lang: 'en', text }, 1);
    const words = [...new Set(text.match(/[\p{L}][\p{L}'’-]+/gu) ?? [])];
    const names = [...engine.actors.map((a) => a.name), ...engine.actors.flatMap((a) => a.aliases)];
    const random = createRandom(11);
    const count = (dataset: ArticleDataset, id: string) => dataset.mentions.filter((m) => m.actorId === id).length;
    for (let round = 0; round < 50; round++) {
      const entries: GlossaryEntry[] = Array.from({ length: random.int(1, 12) }, (_, i) => {
        const from = random.chance(0.5) ? names : words;
        const term = random.chance(0.3) ? `${random.pick(words)} ${random.pick(words)}` : random.pick(from);
        return entry(`r${round}e${i}`, term, random.pick(['person', 'organization', 'place', 'other'] as const), random.chance(0.4) ? [random.pick(from)] : []);
      });
      const { dataset: merged, links } = mergeGlossary(engine, text, entries);
      const ids = new Set(merged.actors.map((a) => a.id));
      expect(ids.size, `round ${round}`).toBe(merged.actors.length);
      for (const mention of merged.mentions) expect(ids.has(mention.actorId), `round ${round}`).toBe(true);
      for (let i = 1; i < merged.mentions.length; i++) expect(merged.mentions[i]!.start, `round ${round}`).toBeGreaterThanOrEqual(merged.mentions[i - 1]!.end);
      for (const actor of merged.actors) {
        const original = engine.actors.find((a) => a.id === actor.id);
        const expected = original ? original.mentions - count(engine, actor.id) + count(merged, actor.id) : count(merged, actor.id);
        expect(actor.mentions, `round ${round} ${actor.id}`).toBe(expected);
      }
      for (const [actorId, entryId] of Object.entries(links)) {
        const attached = entries.find((e) => e.id === entryId)!;
        expect(merged.actors.find((a) => a.id === actorId), `round ${round}`).toMatchObject({ name: attached.term, kind: attached.kind });
      }
    }
  });
});
