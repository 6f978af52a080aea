// A glossary entry as the reader sees it, and the validation every entry passes through
// (typed in the options page, imported from a file, or received from another browser).
import { ACTOR_KINDS, type ActorKind } from '../engine/types';
import { t, type MessageKey } from '../locale/i18n';
import { GLOSSARY_LIMITS, type GlossaryDraft } from './glossary-types';

export type GlossaryField = 'id' | 'term' | 'aliases' | 'kind' | 'note' | 'link';

/** A problem with one field, as a UI message key and its substitutions (see fieldErrorText). */
export interface FieldError {
  field: GlossaryField;
  key: MessageKey;
  subs: Array<string | number>;
}

/** The reader's words for a field error (public/_locales). */
export function fieldErrorText(error: FieldError): string {
  return t(error.key, ...error.subs);
}


const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Whitespace collapsed and trimmed: what a name field stores. */
export function cleanName(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** Validates and normalizes a draft; returns the clean draft or the problems, field by field. */
export function validateDraft(value: unknown): { ok: true; draft: GlossaryDraft } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  let id: string | undefined;
  if (record.id !== undefined && record.id !== '') {
    if (typeof record.id === 'string' && ID_PATTERN.test(record.id)) id = record.id;
    else errors.push({ field: 'id', key: 'glossaryErrId', subs: [] });
  }
  const term = typeof record.term === 'string' ? cleanName(record.term) : '';
  if (!term) errors.push({ field: 'term', key: 'glossaryErrTermEmpty', subs: [] });
  else if (term.length > GLOSSARY_LIMITS.term) errors.push({ field: 'term', key: 'glossaryErrTermLong', subs: [GLOSSARY_LIMITS.term] });
  else if (!/[\p{L}\p{N}]/u.test(term)) errors.push({ field: 'term', key: 'glossaryErrNoLetter', subs: [term] });

  const aliases: string[] = [];
  if (record.aliases !== undefined && !Array.isArray(record.aliases)) {
    errors.push({ field: 'aliases', key: 'glossaryErrAliasesList', subs: [] });
  } else {
    const seen = new Set([term]);
    for (const alias of (record.aliases as unknown[] | undefined) ?? []) {
      const clean = typeof alias === 'string' ? cleanName(alias) : '';
      if (!clean || seen.has(clean)) continue;
      if (clean.length > GLOSSARY_LIMITS.alias) {
        errors.push({ field: 'aliases', key: 'glossaryErrAliasLong', subs: [clean.slice(0, 40), GLOSSARY_LIMITS.alias] });
        continue;
      }
      if (!/[\p{L}\p{N}]/u.test(clean)) {
        errors.push({ field: 'aliases', key: 'glossaryErrNoLetter', subs: [clean] });
        continue;
      }
      seen.add(clean);
      aliases.push(clean);
    }
    if (aliases.length > GLOSSARY_LIMITS.aliases) errors.push({ field: 'aliases', key: 'glossaryErrAliasesMany', subs: [GLOSSARY_LIMITS.aliases] });
  }

  const kind = record.kind === undefined || record.kind === '' ? 'other' : record.kind;
  if (!ACTOR_KINDS.includes(kind as ActorKind)) errors.push({ field: 'kind', key: 'glossaryErrKind', subs: [ACTOR_KINDS.join(', ')] });

  const note = typeof record.note === 'string' ? record.note.replace(/\r\n?/g, '\n') : record.note === undefined ? '' : null;
  if (note === null) errors.push({ field: 'note', key: 'glossaryErrNoteText', subs: [] });
  else if (note.length > GLOSSARY_LIMITS.note) errors.push({ field: 'note', key: 'glossaryErrNoteLong', subs: [GLOSSARY_LIMITS.note] });

  const link = typeof record.link === 'string' ? record.link.trim() : record.link === undefined ? '' : null;
  if (link === null) errors.push({ field: 'link', key: 'glossaryErrLinkText', subs: [] });
  else if (link && !isWebLink(link)) errors.push({ field: 'link', key: 'glossaryErrLinkWeb', subs: [] });
  else if (link.length > GLOSSARY_LIMITS.link) errors.push({ field: 'link', key: 'glossaryErrLinkLong', subs: [GLOSSARY_LIMITS.link] });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, draft: { ...(id ? { id } : {}), term, aliases, kind: kind as ActorKind, note: note ?? '', link: link ?? '' } };
}

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A fresh, random entry id (also the entry's key in sync storage). */
export function newEntryId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 20);
}
