// Backup files on the options page's side: an export is asked for part by part and kept as a
// Blob (never one string), an import is read from the file as a stream of lines and sent in
// parts, twice (check every line, then apply). A file over the limit is refused before it is
// read. Progress is reported as the parts go.
import type { AnyBackgroundRequest, ReplyTo } from '../../lib/messages/ask-background';
import { t } from '../../lib/locale/i18n';
import type { ImportDataset } from '../../lib/messages/protocol';
import type { ImportSummary, StoreFailure } from '../../lib/store/store-types';
import { MAX_BACKUP_BYTES, MAX_IMPORT_BYTES } from '../../lib/store/store-types';
import { DATASET_LINES_PREFIX } from '../../lib/store/dataset-lines';

type Ask = <R extends AnyBackgroundRequest>(request: R) => Promise<ReplyTo<R>>;

export interface Progress {
  /** What is being done: "export", "check" (reading the file) or "apply" (merging it). */
  stage: 'export' | 'check' | 'apply';
  done: number;
  /** Articles in all, when known. */
  total: number | null;
}

export type BackupResult<T> = { ok: true; value: T } | { ok: false; error: string; code?: StoreFailure['code'] };

/** Lines per import part: a part is a few MB of a file at most. */
const PART_BYTES = 4 * 1024 * 1024;

export async function exportBackup(ask: Ask, onProgress: (progress: Progress) => void): Promise<BackupResult<{ blob: Blob; fileName: string; articles: number }>> {
  const parts: string[] = [];
  let session: string | undefined;
  for (;;) {
    const reply = await ask(session === undefined ? { type: 'export-dataset' } : { type: 'export-dataset', session });
    if (!reply.ok) return reply;
    const { part } = reply;
    parts.push(part.text);
    onProgress({ stage: 'export', done: part.articles, total: part.total });
    if (part.done) return { ok: true, value: { blob: new Blob(parts, { type: 'application/x-ndjson' }), fileName: part.fileName.replace(/\.json$/, '.jsonl'), articles: part.articles } };
    session = part.session;
  }
}

/** The file's lines, in parts of about PART_BYTES, read as a stream (the file is never one string). */
async function* lineParts(file: Blob): AsyncGenerator<string[]> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  let part: string[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    const chunk = done ? '\n' : value;
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      part.push(line.replace(/\r$/, ''));
      size += line.length;
      if (size >= PART_BYTES) {
        yield part;
        part = [];
        size = 0;
      }
    }
    if (done) break;
  }
  if (rest) part.push(rest);
  yield part;
}

/** Reads the file through the background once for a step; the last part is flagged as such. */
async function sendFile(ask: Ask, file: Blob, step: 'check' | 'apply', onProgress: (progress: Progress) => void): Promise<BackupResult<ImportSummary | undefined>> {
  let session: string | undefined;
  let pending: string[] | null = null;
  const send = async (lines: string[], last: boolean) => {
    const reply = await ask({ type: 'import-dataset-part', ...(session === undefined ? {} : { session }), step, lines, last });
    if (!reply.ok) return reply;
    session = reply.part.session;
    onProgress({ stage: step, done: reply.part.articles, total: null });
    return { ok: true as const, value: reply.part.imported };
  };
  // One part behind, so the last one can say it is the last.
  for await (const part of lineParts(file)) {
    if (pending) {
      const sent = await send(pending, false);
      if (!sent.ok) return sent;
    }
    pending = part;
  }
  return send(pending ?? [], true);
}

export async function importBackup(ask: Ask, file: File, onProgress: (progress: Progress) => void): Promise<BackupResult<ImportSummary>> {
  const head = await file.slice(0, DATASET_LINES_PREFIX.length).text();
  if (head !== DATASET_LINES_PREFIX) {
    // Formats 1 and 2: one JSON document, sent whole.
    if (file.size > MAX_IMPORT_BYTES) return { ok: false, code: 'too-large', error: t('dataTooLarge', formatMb(file.size), formatMb(MAX_IMPORT_BYTES)) };
    const request: ImportDataset = { type: 'import-dataset', json: await file.text() };
    const reply = await ask(request);
    return reply.ok ? { ok: true, value: reply.imported } : reply;
  }
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, code: 'too-large', error: t('dataTooLarge', formatMb(file.size), formatMb(MAX_BACKUP_BYTES)) };
  const checked = await sendFile(ask, file, 'check', onProgress);
  if (!checked.ok) return checked;
  const applied = await sendFile(ask, file, 'apply', onProgress);
  if (!applied.ok) return applied;
  return applied.value ? { ok: true, value: applied.value } : { ok: false, error: t('errNoAnswer') };
}

function formatMb(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}
