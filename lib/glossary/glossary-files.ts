// The glossary as a file: JSON (an object with an "entries" array, one entry per line block) and
// CSV (RFC 4180: comma-separated, CRLF between records, fields with commas, quotes or line
// breaks in double quotes, quotes doubled). Reading reports every bad row by its line number.
import { ACTOR_KINDS } from '../engine/types';
import type { GlossaryDraft, GlossaryEntry, GlossaryExportReply, GlossaryFileFormat, GlossaryImportProblem } from './glossary-types';
import { t } from '../locale/i18n';
import { fieldErrorText, validateDraft } from './entry';

export const GLOSSARY_FILE_TAG = 'dramatis-glossary';
export const CSV_COLUMNS = ['id', 'term', 'aliases', 'kind', 'note', 'link', 'updatedAt'] as const;
/** Aliases share one CSV cell: "Sato; LDP". A ";" or "\" inside an alias is escaped with "\". */
const ALIAS_SEPARATOR = '; ';

export interface ParsedRow {
  line: number;
  draft: GlossaryDraft;
}

export interface ParsedFile {
  rows: ParsedRow[];
  errors: GlossaryImportProblem[];
}

// ── export ─────────────────────────────────────────────────────────────────────────────────

export function exportGlossary(entries: readonly GlossaryEntry[], format: GlossaryFileFormat, now: Date): GlossaryExportReply {
  const day = now.toISOString().slice(0, 10);
  if (format === 'json') {
    return { ok: true, text: glossaryToJson(entries, now), fileName: `dramatis-glossary-${day}.json`, mimeType: 'application/json', count: entries.length };
  }
  return { ok: true, text: glossaryToCsv(entries), fileName: `dramatis-glossary-${day}.csv`, mimeType: 'text/csv', count: entries.length };
}

export function glossaryToJson(entries: readonly GlossaryEntry[], now: Date): string {
  // One entry per line: an error in a file edited by hand can be reported by line.
  const lines = entries.map((entry) => {
    const { id, term, aliases, kind, note, link, updatedAt } = entry;
    return '    ' + JSON.stringify({ id, term, aliases, kind, note, link, updatedAt });
  });
  return `{\n  "format": "${GLOSSARY_FILE_TAG}",\n  "version": 1,\n  "exportedAt": ${JSON.stringify(now.toISOString())},\n  "entries": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  const records = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    const cells = [entry.id, entry.term, entry.aliases.map(escapeAlias).join(ALIAS_SEPARATOR), entry.kind, entry.note, entry.link, String(entry.updatedAt)];
    records.push(cells.map(csvField).join(','));
  }
  return records.join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function escapeAlias(alias: string): string {
  return alias.replaceAll('\\', '\\\\').replaceAll(';', '\\;');
}

function splitAliases(cell: string): string[] {
  const aliases: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (ch === ';') {
      aliases.push(current.trim());
      current = '';
    } else current += ch;
  }
  aliases.push(current.trim());
  return aliases.filter((alias) => alias.length > 0);
}

// ── import ─────────────────────────────────────────────────────────────────────────────────

export function parseGlossaryFile(format: GlossaryFileFormat, text: string): ParsedFile {
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return format === 'json' ? parseJsonFile(clean) : parseCsvFile(clean);
}

function rowFrom(line: number, value: unknown, errors: GlossaryImportProblem[], rows: ParsedRow[]): void {
  const checked = validateDraft(value);
  if (checked.ok) rows.push({ line, draft: checked.draft });
  else errors.push({ line, message: checked.errors.map(fieldErrorText).join(' ') });
}

function parseJsonFile(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { rows: [], errors: [{ line: jsonErrorLine(text, message), message: t('importErrJson', message) }] };
  }
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null ? (data as Record<string, unknown>).entries : undefined;
  if (!Array.isArray(list)) return { rows: [], errors: [{ line: 1, message: t('importErrNoList') }] };
  const lines = arrayElementLines(text, Array.isArray(data));
  const rows: ParsedRow[] = [];
  const errors: GlossaryImportProblem[] = [];
  list.forEach((value, i) => {
    const line = lines[i] ?? 1;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ line, message: t('importErrNotObject') });
      return;
    }
    const { id, term, aliases, kind, note, link } = value as Record<string, unknown>;
    rowFrom(line, { id, term, aliases, kind, note, link }, errors, rows);
  });
  return { rows, errors };
}

/** V8 says "at position 12" or "(line 3 column 5)"; other engines say less. */
function jsonErrorLine(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position ? lineAt(text, Number(position[1])) : 1;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The line on which each element of the entries list starts: the top-level array, or the array
 * under the top-level "entries" key. One linear scan that knows strings and nesting.
 */
function arrayElementLines(text: string, topLevelArray: boolean): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let targetDepth = topLevelArray ? 1 : -1;
  let expectElement = false;
  let lastKey: string | null = null;
  let keyForNextValue: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (expectElement && ch !== ']') {
      lines.push(line);
      expectElement = false;
    } else if (expectElement) expectElement = false;
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          value += text[j + 1] ?? '';
          j += 2;
        } else value += text[j++];
      }
      for (let k = i; k < j; k++) if (text.charCodeAt(k) === 10) line++;
      i = j;
      if (depth === 1 && !topLevelArray) lastKey = value;
      continue;
    }
    if (ch === ':') {
      keyForNextValue = depth === 1 ? lastKey : null;
      continue;
    }
    if (ch === '[' || ch === '{') {
      depth++;
      if (ch === '[' && depth === 2 && keyForNextValue === 'entries' && targetDepth < 0) targetDepth = 2;
      if (ch === '[' && depth === targetDepth) expectElement = true;
      keyForNextValue = null;
      continue;
    }
    if (ch === ']' || ch === '}') {
      depth--;
      continue;
    }
    if (ch === ',') {
      if (depth === targetDepth) expectElement = true;
      if (depth === 1) lastKey = null;
    }
  }
  return lines;
}

interface CsvRecord {
  line: number;
  fields: string[];
}

/** RFC 4180 records with the line each starts on; CRLF or LF between records. */
export function readCsvRecords(text: string): { records: CsvRecord[]; errors: GlossaryImportProblem[] } {
  const records: CsvRecord[] = [];
  const errors: GlossaryImportProblem[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let broken: string | null = null;
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < text.length) {
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        if (!closed) broken ??= t('importErrQuoteOpen');
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          broken ??= t('importErrAfterQuote');
          i++;
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') broken ??= t('importErrStrayQuote');
          field += text[i++];
        }
      }
      fields.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    if (broken) errors.push({ line: start, message: broken });
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return { records, errors };
}

function parseCsvFile(text: string): ParsedFile {
  const { records, errors } = readCsvRecords(text);
  const rows: ParsedRow[] = [];
  const header = records.shift();
  if (!header) return { rows, errors: errors.length > 0 ? errors : [{ line: 1, message: t('importErrEmpty') }] };
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const known = new Map(CSV_COLUMNS.map((name) => [name.toLowerCase(), name]));
  const unknown = columns.filter((name) => !known.has(name));
  if (unknown.length > 0 || !columns.includes('term')) {
    const message = unknown.length > 0 ? t('importErrUnknownColumn', unknown[0]!, CSV_COLUMNS.join(', ')) : t('importErrNoTermColumn', CSV_COLUMNS.join(', '));
    return { rows, errors: [{ line: header.line, message }, ...errors] };
  }
  for (const record of records) {
    if (record.fields.length !== columns.length) {
      errors.push({ line: record.line, message: t('importErrFieldCount', columns.length, record.fields.length) });
      continue;
    }
    const cell = (name: string): string | undefined => {
      const index = columns.indexOf(name.toLowerCase());
      return index < 0 ? undefined : record.fields[index];
    };
    const kind = cell('kind')?.trim().toLowerCase();
    if (kind && !ACTOR_KINDS.includes(kind as (typeof ACTOR_KINDS)[number])) {
      errors.push({ line: record.line, message: t('importErrKind', kind, ACTOR_KINDS.join(', ')) });
      continue;
    }
    rowFrom(record.line, { id: cell('id')?.trim(), term: cell('term'), aliases: splitAliases(cell('aliases') ?? ''), kind: kind || 'other', note: cell('note') ?? '', link: cell('link') ?? '' }, errors, rows);
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}
