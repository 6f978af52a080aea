// Importing a glossary file in two steps: preview (parse, validate, say what would change,
// write nothing) and apply (parse the same text again against the glossary as it is now, and
// write it in one transaction). Rows match existing entries by id, else by term.
import type { GlossaryDraft, GlossaryFileFormat, GlossaryImportPreview, GlossaryImportReply, GlossaryImportRow } from './glossary-types';
import { nextUpdatedAt } from './edit-clock';
import type { EditContext } from './glossary-crud';
import { parseGlossaryFile } from './glossary-files';
import type { GlossaryStore, StoredGlossaryRecord } from './glossary-store';
import { t } from '../locale/i18n';
import { newEntryId } from './entry';
import { foldTerm } from './term-key';

interface Plan {
  preview: GlossaryImportPreview;
  /** The id each row writes to (new ids for additions). */
  targets: Map<GlossaryImportRow, string>;
}

function sameContent(record: StoredGlossaryRecord, draft: GlossaryDraft): boolean {
  return !record.deleted && record.term === draft.term && record.kind === draft.kind && record.note === draft.note && record.link === draft.link &&
    record.aliases.length === draft.aliases.length && record.aliases.every((alias, i) => alias === draft.aliases[i]);
}

function plan(records: readonly StoredGlossaryRecord[], format: GlossaryFileFormat, text: string, refuse?: EditContext['refuse']): Plan {
  const parsed = parseGlossaryFile(format, text);
  const errors = [...parsed.errors];
  const byId = new Map(records.map((record) => [record.id, record]));
  const liveByTerm = new Map(records.filter((record) => !record.deleted).map((record) => [foldTerm(record.term), record]));
  const termLine = new Map<string, number>();
  const idLine = new Map<string, number>();
  const rows: GlossaryImportRow[] = [];
  const targets = new Map<GlossaryImportRow, string>();
  for (const { line, draft } of parsed.rows) {
    const term = foldTerm(draft.term);
    const earlier = termLine.get(term) ?? (draft.id ? idLine.get(draft.id) : undefined);
    if (earlier !== undefined) {
      errors.push({ line, message: t('importErrDuplicateLine', draft.term, earlier) });
      continue;
    }
    const existing = (draft.id ? byId.get(draft.id) : undefined) ?? liveByTerm.get(term);
    const owner = liveByTerm.get(term);
    if (existing && owner && owner.id !== existing.id) {
      errors.push({ line, message: t('importErrTermTaken', draft.term) });
      continue;
    }
    const id = existing?.id ?? draft.id ?? newEntryId();
    const tooLarge = refuse?.({ id, ...draft, updatedAt: Number.MAX_SAFE_INTEGER, deviceId: 'x'.repeat(16), deleted: false }) ?? null;
    if (tooLarge) {
      errors.push({ line, message: tooLarge });
      continue;
    }
    termLine.set(term, line);
    if (draft.id) idLine.set(draft.id, line);
    const action = !existing ? 'add' : sameContent(existing, draft) ? 'unchanged' : 'update';
    const row: GlossaryImportRow = { line, action, entry: { ...draft, ...(existing ? { id: existing.id } : {}) } };
    rows.push(row);
    targets.set(row, id);
  }
  errors.sort((a, b) => a.line - b.line);
  const count = (action: GlossaryImportRow['action']) => rows.filter((row) => row.action === action).length;
  return { preview: { rows, errors, added: count('add'), updated: count('update'), unchanged: count('unchanged') }, targets };
}

export async function previewImport(store: GlossaryStore, format: GlossaryFileFormat, text: string, refuse?: EditContext['refuse']): Promise<GlossaryImportReply> {
  return { ok: true, step: 'preview', preview: plan(await store.all(), format, text, refuse).preview };
}

/** Writes the file's valid rows; refuses when some rows are invalid, unless the reader chose to skip them. */
export async function applyImport(store: GlossaryStore, format: GlossaryFileFormat, text: string, context: EditContext, skipInvalid: boolean): Promise<GlossaryImportReply> {
  const { preview, targets } = plan(await store.all(), format, text, context.refuse);
  if (preview.errors.length > 0 && !skipInvalid) {
    const error = preview.errors.length === 1 ? t('importErrInvalidOne') : t('importErrInvalidMany', preview.errors.length);
    return { ok: false, error, errors: preview.errors };
  }
  const changes = preview.rows.filter((row) => row.action !== 'unchanged');
  const drafts = new Map(changes.map((row) => [targets.get(row)!, row.entry]));
  await store.update([...drafts.keys()], (id, current) => {
    const draft = drafts.get(id)!;
    if (current && sameContent(current, draft)) return undefined;
    const { term, aliases, kind, note, link } = draft;
    return { id, term, aliases, kind, note, link, updatedAt: nextUpdatedAt(context.now(), current), deviceId: context.deviceId, deleted: false, synced: false };
  });
  return { ok: true, step: 'apply', preview };
}
