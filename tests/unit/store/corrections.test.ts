// The reader's corrections (merge, split, rename, kind, hide), their undo, the rules they leave
// for later articles, identity across kinds and later linking. Invented names throughout.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCorrection, undoCorrection } from '../../../lib/store/corrections';
import { saveDataset } from '../../../lib/store/datasets';
import type { DramatisDatabase } from '../../../lib/store/db';
import { dropHiddenNames, readHiddenNames } from '../../../lib/store/hidden-names';
import { linkLaterNames } from '../../../lib/store/later-links';
import { readActorStats } from '../../../lib/store/actor-stats';
import { tidyStore } from '../../../lib/store/retention';
import { actorPage } from '../../../lib/store/who-actor';
import { article, expectConsistent, freshDatabase, storedAppearances } from './fixtures';

let db: DramatisDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await expectConsistent(db);
  await db.delete();
});

const day = 24 * 60 * 60 * 1000;
const t0 = 1_760_000_000_000;

async function save(url: string, actors: Parameters<typeof article>[1], at: number) {
  const stored = await saveDataset(db, article(url, actors, { analyzedAt: at }), { now: at });
  await tidyStore(db, 1_000);
  return stored;
}

async function stats(id: string) {
  return (await readActorStats(db, [id]))[0];
}

describe('identity across kinds', () => {
  it('keeps one actor when a later article guesses another kind, and the kind most articles gave wins', async () => {
    await save('https://a.example/1', [{ name: 'Zentrix', kind: 'organization', descriptor: 'a sensor maker' }], t0);
    const second = await save('https://a.example/2', [{ name: 'Zentrix', kind: 'person', descriptor: 'said on Monday' }], t0 + day);
    expect(second.actors[0]!.id).toBe('organization:zentrix');
    expect(await stats('person:zentrix')).toBeUndefined();
    expect(await stats('organization:zentrix')).toMatchObject({ articleCount: 2, kind: 'organization' });
    await save('https://a.example/3', [{ name: 'Zentrix', kind: 'person' }], t0 + 2 * day);
    await save('https://a.example/4', [{ name: 'Zentrix', kind: 'person' }], t0 + 3 * day);
    // Three analyses said person, one organization: person now.
    expect(await stats('organization:zentrix')).toMatchObject({ articleCount: 4, kind: 'person' });
    const page = await actorPage(db, 'organization:zentrix');
    expect(page?.articles.map((a) => a.url)).toEqual(['https://a.example/4', 'https://a.example/3', 'https://a.example/2', 'https://a.example/1']);
  });

  it('a kind the reader set wins over every later analysis', async () => {
    await save('https://a.example/1', [{ name: 'Corvalo', kind: 'person' }], t0);
    await applyCorrection(db, { type: 'kind', id: 'person:corvalo', kind: 'organization' });
    await save('https://a.example/2', [{ name: 'Corvalo', kind: 'person' }], t0 + day);
    await save('https://a.example/3', [{ name: 'Corvalo', kind: 'person' }], t0 + 2 * day);
    expect(await stats('person:corvalo')).toMatchObject({ kind: 'organization', articleCount: 3 });
  });
});

describe('merge', () => {
  it('moves every appearance, keeps linking the merged names, and undoes exactly', async () => {
    await save('https://a.example/1', [{ name: 'Dana Kessler', descriptor: 'the port director' }], t0);
    await save('https://a.example/2', [{ name: 'D. Kessler', descriptor: 'head of the port' }, 'Ivo Brandt'], t0 + day);
    await save('https://a.example/3', [{ name: 'Dana Kessler' }, { name: 'D. Kessler' }], t0 + 2 * day);
    const before = await storedAppearances(db);
    const { record, showId } = await applyCorrection(db, { type: 'merge', into: 'person:dana kessler', from: 'person:d. kessler' }, 'reader', t0 + 2.5 * day);
    expect(showId).toBe('person:dana kessler');
    expect(record.summary).toBe('Merged “D. Kessler” into “Dana Kessler”');
    expect(await stats('person:d. kessler')).toBeUndefined();
    expect(await stats('person:dana kessler')).toMatchObject({ articleCount: 3, aliases: ['D. Kessler'] });
    // The article that had both now has one appearance with both descriptors.
    const third = (await storedAppearances(db)).filter((a) => a.url === 'https://a.example/3');
    expect(third.map((a) => a.actorId)).toEqual(['person:dana kessler']);
    expect(third[0]!.descriptors).toHaveLength(2);
    const articleThree = await db.articles.get('https://a.example/3');
    expect(new Set(articleThree!.mentions.map((m) => m.actorId))).toEqual(new Set(['person:dana kessler']));
    // A later article that says "D. Kessler" links to the merged actor.
    const later = await save('https://a.example/4', ['D. Kessler'], t0 + 3 * day);
    expect(later.actors[0]!.id).toBe('person:dana kessler');
    await undoCorrection(db, record.id);
    expect(await stats('person:d. kessler')).toMatchObject({ articleCount: 2, name: 'D. Kessler' });
    expect(await stats('person:dana kessler')).toMatchObject({ articleCount: 3, name: 'Dana Kessler' });
    const restored = (await storedAppearances(db)).filter((a) => a.url !== 'https://a.example/4');
    const key = (a: { url: string; actorId: string }) => `${a.url} ${a.actorId}`;
    expect(restored.map(key).sort()).toEqual(before.map(key).sort());
    expect(restored.find((a) => a.url === 'https://a.example/3' && a.actorId === 'person:dana kessler')?.descriptors).toHaveLength(1);
    expect(await db.corrections.count()).toBe(0);
    // The later article said "D. Kessler" and stays hers, so that name stays among hers (to split it off if need be).
    expect((await stats('person:dana kessler'))?.aliases).toContain('D. Kessler');
  });

  it('undone before any later article, takes away the names it brought', async () => {
    await save('https://a.example/1', ['Dana Kessler'], t0);
    await save('https://a.example/2', [{ name: 'D. Kessler', aliases: ['Kess'] }], t0 + day);
    const { record } = await applyCorrection(db, { type: 'merge', into: 'person:dana kessler', from: 'person:d. kessler' }, 'reader', t0 + 2 * day);
    expect((await stats('person:dana kessler'))?.aliases.sort()).toEqual(['D. Kessler', 'Kess']);
    await undoCorrection(db, record.id);
    expect(await stats('person:dana kessler')).toMatchObject({ aliases: [] });
  });

  it('refuses an actor that is not stored, and changes nothing', async () => {
    await save('https://a.example/1', ['Dana Kessler'], t0);
    await expect(applyCorrection(db, { type: 'merge', into: 'person:dana kessler', from: 'person:nobody' })).rejects.toThrow(/No actor/);
    expect(await stats('person:dana kessler')).toMatchObject({ articleCount: 1 });
    expect(await db.corrections.count()).toBe(0);
  });
});

describe('split', () => {
  it('gives the articles that used the name their own actor, keeps it apart later, and undoes', async () => {
    await save('https://a.example/1', [{ name: 'Mara Lind', aliases: ['Lind'] }], t0);
    // "Lind" alone links to Mara Lind (the one stored person called Lind)…
    const second = await save('https://a.example/2', [{ name: 'Lind', descriptor: 'a goalkeeper' }], t0 + day);
    expect(second.actors[0]!.id).toBe('person:mara lind');
    // …but the reader knows it is someone else.
    const { record, showId } = await applyCorrection(db, { type: 'split', id: 'person:mara lind', name: 'Lind' });
    expect(showId).toBe('person:lind');
    expect(await stats('person:mara lind')).toMatchObject({ articleCount: 1, aliases: [] });
    expect(await stats('person:lind')).toMatchObject({ articleCount: 1, name: 'Lind' });
    const third = await save('https://a.example/3', ['Lind'], t0 + 2 * day);
    expect(third.actors[0]!.id).toBe('person:lind');
    await undoCorrection(db, record.id);
    expect(await stats('person:mara lind')).toMatchObject({ articleCount: 2 });
    expect(await stats('person:lind')).toMatchObject({ articleCount: 1 });
  });

  it('refuses to split off the actor’s own name', async () => {
    await save('https://a.example/1', [{ name: 'Mara Lind', aliases: ['Lind'] }], t0);
    await expect(applyCorrection(db, { type: 'split', id: 'person:mara lind', name: 'mara  lind' })).rejects.toThrow(/own name/);
  });
});

describe('rename and hide', () => {
  it('a rename holds against longer names later and is undone', async () => {
    await save('https://a.example/1', ['Ola Brekke'], t0);
    const { record } = await applyCorrection(db, { type: 'rename', id: 'person:ola brekke', name: 'Ola' });
    // A later article calls him by the longer name, which would otherwise win.
    await save('https://a.example/2', ['Ola Brekke'], t0 + day);
    expect(await stats('person:ola brekke')).toMatchObject({ name: 'Ola', aliases: ['Ola Brekke'], articleCount: 2 });
    await undoCorrection(db, record.id);
    expect(await stats('person:ola brekke')).toMatchObject({ name: 'Ola Brekke', aliases: [] });
    const renamedAgain = await applyCorrection(db, { type: 'rename', id: 'person:ola brekke', name: 'Renamed Person' });
    await undoCorrection(db, renamedAgain.record.id);
    expect((await stats('person:ola brekke'))?.aliases).not.toContain('Renamed Person');
  });

  it('a hidden name is left out of what a page gets, and comes back on undo', async () => {
    const stored = await save('https://a.example/1', ['Lena Frost', 'Getty Images'], t0);
    const text = 'Lena Frost, a lawmaker. Getty Images, a lawmaker. ';
    const { record } = await applyCorrection(db, { type: 'hide', name: 'getty images' });
    await expect(applyCorrection(db, { type: 'hide', name: 'Getty  Images' })).rejects.toThrow(/already hidden/);
    const shown = dropHiddenNames(stored, text, await readHiddenNames(db));
    expect(shown.actors.map((a) => a.name)).toEqual(['Lena Frost']);
    expect(shown.mentions.every((m) => m.actorId === 'person:lena frost')).toBe(true);
    await undoCorrection(db, record.id);
    expect(dropHiddenNames(stored, text, await readHiddenNames(db)).actors).toHaveLength(2);
  });
});

describe('later linking', () => {
  it('joins an earlier one-word name to the fuller name introduced later, unless ambiguous; undo keeps them apart', async () => {
    await save('https://a.example/1', [{ name: 'Kessa', descriptor: 'the envoy' }], t0);
    const later = await save('https://a.example/2', [{ name: 'Kessa Varn', descriptor: 'the envoy to the talks' }], t0 + day);
    const [merged] = await linkLaterNames(db, later);
    expect(merged?.record).toMatchObject({ by: 'auto', summary: 'Merged “Kessa” into “Kessa Varn”' });
    expect(await stats('person:kessa')).toBeUndefined();
    expect(await stats('person:kessa varn')).toMatchObject({ articleCount: 2 });
    await undoCorrection(db, merged!.record.id);
    expect(await stats('person:kessa')).toMatchObject({ articleCount: 1 });
    // The reader said no: the next article naming her in full does not merge them again.
    const third = await save('https://a.example/3', ['Kessa Varn'], t0 + 2 * day);
    expect(await linkLaterNames(db, third)).toEqual([]);
  });

  it('leaves a one-word name alone when two stored people could be meant', async () => {
    await save('https://a.example/1', ['Orr'], t0);
    await save('https://a.example/2', ['Tam Orr'], t0 + day);
    const later = await save('https://a.example/3', ['Bea Orr'], t0 + 2 * day);
    expect(await linkLaterNames(db, later)).toEqual([]);
    expect(await stats('person:orr')).toMatchObject({ articleCount: 1 });
  });
});
