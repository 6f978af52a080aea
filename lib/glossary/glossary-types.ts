// The glossary's shapes: an entry, the editor's draft, the size limits, the file formats and
// what each glossary operation answers (the options page receives these answers as they are).
import type { GlossaryRecord } from '../store/db';

/** One entry of the reader's own glossary, as the options page and the card see it: the stored record without its tombstone. */
export type GlossaryEntry = Omit<GlossaryRecord, 'deleted'>;

/** What the editor sends: a new entry (no id) or an edit of an existing one. */
export interface GlossaryDraft extends Omit<GlossaryEntry, 'id' | 'updatedAt'> {
  id?: string;
}

/** Size limits for one entry (one storage.sync item holds at most 8 KB). */
export const GLOSSARY_LIMITS = { term: 200, alias: 200, aliases: 30, note: 2_000, link: 2_048 } as const;

export type GlossaryListReply = { ok: true; entries: GlossaryEntry[] } | { ok: false; error: string };

/** `field` names the draft field a refusal is about (e.g. a duplicate term). */
export type GlossarySaveReply =
  | { ok: true; entry: GlossaryEntry }
  | { ok: false; error: string; field?: 'term' | 'aliases' | 'kind' | 'note' | 'link' };

export type GlossaryChangeReply = { ok: true } | { ok: false; error: string };

/** The glossary file formats: JSON (an array of entries) and RFC 4180 CSV with a header row. */
export type GlossaryFileFormat = 'json' | 'csv';

export const GLOSSARY_FILE_FORMATS: readonly GlossaryFileFormat[] = ['json', 'csv'];

/** Largest glossary file an import accepts (characters). */
export const MAX_GLOSSARY_FILE_CHARS = 5_000_000;

/** An invalid row: `line` is the 1-based line of the file where the row starts. */
export interface GlossaryImportProblem {
  line: number;
  message: string;
}

export interface GlossaryImportRow {
  line: number;
  /** add: a new entry; update: replaces the entry with the same id (or the same term); unchanged: identical. */
  action: 'add' | 'update' | 'unchanged';
  entry: GlossaryDraft;
}

export interface GlossaryImportPreview {
  rows: GlossaryImportRow[];
  errors: GlossaryImportProblem[];
  added: number;
  updated: number;
  unchanged: number;
}

/** For `apply`, `preview` describes what was written. */
export type GlossaryImportReply =
  | { ok: true; step: 'preview' | 'apply'; preview: GlossaryImportPreview }
  | { ok: false; error: string; errors?: GlossaryImportProblem[] };

export type GlossaryExportReply =
  | { ok: true; text: string; fileName: string; mimeType: string; count: number }
  | { ok: false; error: string };
