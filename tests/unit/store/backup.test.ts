// Backups in parts (format 3): an export of more articles than one part holds reads back the
// same dataset; a broken or truncated file is refused in the check pass and changes nothing.
import { describe, expect, it } from 'vitest';
import { createBackups } from '../../../lib/store/backup';
import { saveDataset } from '../../../lib/store/datasets';
import { applyCorrection, undoCorrection } from '../../../lib/store/corrections';
import type { DramatisDatabase } from '../../../lib/store/db';
import { clearAll } from '../../../lib/store/retention';
import { StoreError } from '../../../lib/store/store-errors';
import { article, storedAppearances, useFreshDatabase } from './fixtures';

let db: DramatisDatabase;
useFreshDatabase((fresh) => (db = fresh));

/** Small parts, so a few dozen articles take several. */
const PART = 20;
const ARTICLES = PART * 2 + 7;

async function fill(): Promise<void> {
  for (let i = 0; i < ARTICLES; i++) {
    await saveDataset(db, article(`https://news.example/${String(i).padStart(4, '0')}`, ['Ann Lee', `Reporter Number${i}`, { name: 'Harbour Trust', kind: 'organization' }]), { now: i + 1 });
  }
}

async function exportAll(): Promise<{ lines: string[]; parts: number }> {
  const backups = createBackups(db, { partArticles: PART });
  let session: string | undefined;
  let text = '';
  let parts = 0;
  for (;;) {
    const part = await backups.exportPart(session);
    parts++;
    text += part.text;
    if (part.done) return { lines: text.split('\n'), parts };
    session = part.session;
  }
}

async function importAll(lines: string[], partLines = 15): Promise<unknown> {
  const backups = createBackups(db);
  let result: unknown;
  for (const step of ['check', 'apply'] as const) {
    let session: string | undefined;
    for (let from = 0; from < lines.length; from += partLines) {
      const last = from + partLines >= lines.length;
      const part = await backups.importPart({ ...(session ? { session } : {}), step, lines: lines.slice(from, from + partLines), last });
      session = part.session;
      if (last) result = part.imported;
    }
  }
  return result;
}

describe('backups in parts', () => {
  it('exports more articles than a part holds and imports them back, the same dataset', async () => {
    await fill();
    const { lines, parts } = await exportAll();
    // (The export folded the save journal: every actor has its record now.)
    const before = { articles: await db.articles.toArray(), appearances: (await storedAppearances(db)).length, actors: await db.actors.count() };
    expect(parts).toBe(3);
    expect(lines[0]).toMatch(/^\{"kind":"dramatis-dataset","schemaVersion":3,/);
    expect(JSON.parse(lines.at(-2)!)).toEqual({ end: { articles: ARTICLES, actors: ARTICLES + 2 } });
    await clearAll(db);
    const imported = await importAll(lines);
    expect(imported).toMatchObject({ articlesAdded: ARTICLES, articlesUpdated: 0, actors: ARTICLES + 2 });
    expect((await db.articles.toArray()).map(({ host: _h, ...a }) => a)).toEqual(before.articles.map(({ host: _h, ...a }) => a));
    expect((await storedAppearances(db)).length).toBe(before.appearances);
    expect(await db.actors.count()).toBe(before.actors);
  });

  it('carries the reader’s corrections: a restored merge still links later names and can be undone', async () => {
    await fill();
    await saveDataset(db, article('https://news.example/x', ['A. Lee']), { now: 999 });
    const { record } = await applyCorrection(db, { type: 'merge', into: 'person:ann lee', from: 'person:a. lee' });
    await applyCorrection(db, { type: 'hide', name: 'Reporter Number3' });
    const { lines } = await exportAll();
    expect(lines.filter((line) => line.startsWith('{"correction":'))).toHaveLength(2);
    await clearAll(db);
    await db.corrections.clear();
    await importAll(lines);
    expect((await db.corrections.toArray()).map((c) => c.summary).sort()).toEqual(['Hid “Reporter Number3”', 'Merged “A. Lee” into “Ann Lee”']);
    const later = await saveDataset(db, article('https://news.example/y', ['A. Lee']), { now: 1_000 });
    expect(later.actors[0]!.id).toBe('person:ann lee');
    await undoCorrection(db, record.id);
    expect((await db.articles.get('https://news.example/x'))!.actorIds).toEqual(['person:a. lee']);
  });

  it('refuses a correction line that is not one, naming the line', async () => {
    await fill();
    const { lines } = await exportAll();
    lines.splice(lines.length - 2, 0, JSON.stringify({ correction: { id: 'c1', at: 1, by: 'reader', correction: { type: 'merge', into: 'x', from: 'x' }, summary: 's', undo: { identities: [] } } }));
    const error = await importAll(lines).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(new RegExp(`line ${lines.length - 2}\\.correction\\.correction: not a merge`));
  });

  it('refuses a truncated file in the check pass and changes nothing', async () => {
    await fill();
    const { lines } = await exportAll();
    await clearAll(db);
    const cut = lines.slice(0, Math.floor(lines.length / 2));
    await expect(importAll(cut)).rejects.toThrow(/truncated/);
    expect(await db.articles.count()).toBe(0);
  });

  it('names the line of a broken record, and a reference to an actor the file never declared', async () => {
    await saveDataset(db, article('https://news.example/a', ['Ann Lee']));
    const { lines } = await exportAll();
    await clearAll(db);
    const broken = [...lines];
    broken[2] = broken[2]!.replace('"analyzedAt":', '"analyzedAt":"soon","was":');
    await expect(importAll(broken)).rejects.toThrow(/line 3.*analyzedAt/);
    const orphan = lines.filter((line) => !line.startsWith('{"actor"'));
    await expect(importAll(orphan)).rejects.toThrow(StoreError);
    expect(await db.articles.count()).toBe(0);
  });
});
