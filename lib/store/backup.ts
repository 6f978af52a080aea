// Backups of any size, in parts: export writes the dataset as format 3 lines (dataset-lines.ts),
// a few hundred articles per part; import reads a file's lines in parts twice — first only
// checking every line (a broken file changes nothing), then merging each part in its own
// transaction. The options page drives both and shows the progress; the background keeps
// what a session needs between parts.
import { MAX_BACKUP_BYTES, type ExportPart, type ImportPart, type ImportSummary } from './store-types';
import { appearancesOf, type ActorRecord, type DramatisDatabase, type StoredCorrection } from './db';
import { datasetFileName, DATASET_FILE_KIND } from './dataset-file';
import { articleLines, checkEnded, correctionLine, headerLine, newLinesReader, readLines, trailerLine, type LinesReader } from './dataset-lines';
import { foldJournal } from './actor-stats';
import { readCounters, readTotals } from './counters';
import { mergeDatasetFile } from './export-import';
import { evictBeyond, storeTables } from './retention';
import { StoreError } from './store-errors';

/** Articles per export part: a part is a few MB, far below the 64 MiB a message may carry. */
export const EXPORT_PART_ARTICLES = 500;
/** A session nobody asked about for this long is dropped (the options page was closed). */
const SESSION_IDLE_MS = 10 * 60_000;

export interface ImportPartRequest {
  session?: string;
  step: 'check' | 'apply';
  /** Whole lines of the file, in order. */
  lines: string[];
  last: boolean;
}

interface ExportSession {
  kind: 'export';
  written: Map<string, number>;
  after: string | null;
  articles: number;
  total: number;
  exportedAt: number;
  touchedAt: number;
}

interface ImportSession {
  kind: 'import';
  step: 'check' | 'apply';
  reader: LinesReader;
  bytes: number;
  summary: ImportSummary;
  touchedAt: number;
}

export interface Backups {
  exportPart(session: string | undefined, now?: number): Promise<ExportPart>;
  importPart(request: ImportPartRequest, options?: { maxArticles?: number }): Promise<ImportPart>;
}

const emptySummary = (): ImportSummary => ({ articlesAdded: 0, articlesUpdated: 0, articlesKept: 0, actors: 0, appearances: 0 });

/** Corrections from a file that this browser does not have yet (by id); those it has stay as they are. */
async function addCorrections(db: DramatisDatabase, corrections: readonly StoredCorrection[]): Promise<void> {
  await db.transaction('rw', db.corrections, async () => {
    const known = await db.corrections.bulkGet(corrections.map((correction) => correction.id));
    await db.corrections.bulkPut(corrections.filter((_, i) => !known[i]));
  });
}

export function createBackups(db: DramatisDatabase, options: { partArticles?: number } = {}): Backups {
  const partArticles = options.partArticles ?? EXPORT_PART_ARTICLES;
  const sessions = new Map<string, ExportSession | ImportSession>();

  const forgetIdle = (now: number) => {
    for (const [id, session] of sessions) if (now - session.touchedAt > SESSION_IDLE_MS) sessions.delete(id);
  };
  const lost = (): never => {
    throw new StoreError('The backup was interrupted (Dramatis restarted or the page waited too long). Start it again.', 'failed');
  };

  async function exportPart(id: string | undefined, now: number = Date.now()): Promise<ExportPart> {
    forgetIdle(now);
    let session: ExportSession;
    let text = '';
    if (id === undefined) {
      const total = await db.transaction('r', db.counters, async () => (await readCounters(db)).articles);
      session = { kind: 'export', written: new Map(), after: null, articles: 0, total, exportedAt: now, touchedAt: now };
      id = crypto.randomUUID();
      sessions.set(id, session);
      text += `${headerLine(now)}\n`;
    } else {
      const found = sessions.get(id);
      if (found?.kind !== 'export') lost();
      session = found as ExportSession;
    }
    session.touchedAt = now;
    // The journal is folded first, so every article's actors have their records.
    const lines = await db.transaction('rw', storeTables(db), async () => {
      await foldJournal(db, await readTotals(db));
      const articles = await (session.after === null ? db.articles.orderBy(':id') : db.articles.where(':id').above(session.after)).limit(partArticles).toArray();
      const casts = await db.casts.bulkGet(articles.map((article) => article.url));
      const castOf = new Map(casts.flatMap((cast) => (cast ? [[cast.url, cast] as const] : [])));
      // Every actor the part names (written already or not): an appearance is written as what differs from its actor.
      const named = [...new Set(articles.flatMap((article) => article.actorIds))];
      const records = (await db.actors.bulkGet(named)).filter((actor): actor is ActorRecord => actor !== undefined);
      const actors = new Map(records.map((actor) => [actor.id, actor]));
      session.after = articles.at(-1)?.url ?? session.after;
      session.articles += articles.length;
      const appearances = (url: string) => {
        const cast = castOf.get(url);
        return cast ? appearancesOf(cast) : [];
      };
      const done = articles.length < partArticles;
      const lines = articleLines(articles, (article) => appearances(article.url), actors, session.written);
      // The reader's corrections close the file (few; their undo and rules come along).
      if (done) for (const correction of await db.corrections.orderBy('at').toArray()) lines.push(correctionLine(correction));
      return { lines, done };
    });
    for (const line of lines.lines) text += `${line}\n`;
    if (lines.done) {
      text += `${trailerLine(session.articles, session.written.size)}\n`;
      sessions.delete(id);
    }
    return { session: id, text, done: lines.done, articles: session.articles, total: Math.max(session.total, session.articles), fileName: datasetFileName(session.exportedAt) };
  }

  async function importPart(request: ImportPartRequest, limits: { maxArticles?: number } = {}): Promise<ImportPart> {
    const now = Date.now();
    forgetIdle(now);
    let id = request.session;
    let session: ImportSession;
    if (id === undefined) {
      id = crypto.randomUUID();
      session = { kind: 'import', step: request.step, reader: newLinesReader(), bytes: 0, summary: emptySummary(), touchedAt: now };
      sessions.set(id, session);
    } else {
      const found = sessions.get(id);
      if (found?.kind !== 'import' || found.step !== request.step) lost();
      session = found as ImportSession;
    }
    session.touchedAt = now;
    try {
      session.bytes += request.lines.reduce((sum, line) => sum + line.length + 1, 0);
      if (session.bytes > MAX_BACKUP_BYTES) {
        throw new StoreError(`This file is too large to import: the limit is ${MAX_BACKUP_BYTES / 2 ** 20} MB.`, 'too-large');
      }
      const part = readLines(request.lines, session.reader);
      if (request.last) checkEnded(session.reader);
      if (request.step === 'apply' && part.corrections.length > 0) await addCorrections(db, part.corrections);
      if (request.step === 'apply' && part.articles.length > 0) {
        const named = new Set(part.appearances.map((appearance) => appearance.actorId));
        const actors = session.reader.actors.filter((actor) => named.has(actor.id));
        const merged = await mergeDatasetFile(db, { kind: DATASET_FILE_KIND, schemaVersion: 3, exportedAt: now, articles: part.articles, actors, appearances: part.appearances });
        for (const key of Object.keys(merged) as Array<keyof ImportSummary>) session.summary[key] += merged[key];
      }
      const reply: ImportPart = { session: id, articles: session.reader.articles };
      if (request.last) {
        sessions.delete(id);
        if (request.step === 'apply') {
          // Actors counted per part may repeat across parts: count the file's actors once.
          session.summary.actors = session.reader.actors.length;
          if (limits.maxArticles !== undefined) {
            const cap = limits.maxArticles;
            await db.transaction('rw', storeTables(db), () => evictBeyond(db, cap));
          }
          reply.imported = session.summary;
        }
      }
      return reply;
    } catch (error) {
      sessions.delete(id);
      throw error;
    }
  }

  return { exportPart, importPart };
}
