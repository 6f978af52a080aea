// A glossary entry as the reader sees it, and the validation every entry passes through
// (typed in the options page, imported from a file, or received from another browser).
import { ACTOR_KINDS, type ActorKind } from '../engine/types';
import { GLOSSARY_LIMITS, type GlossaryDraft } from '../protocol';

export type GlossaryField = 'id' | 'term' | 'aliases' | 'kind' | 'note' | 'link';

export interface FieldError {
  field: GlossaryField;
  message: string;
}


const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Whitespace collapsed and trimmed: what a name field stores. */
export function cleanName(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** Validates and normalises a draft; returns the clean draft or the problems, field by field. */
export function validateDraft(value: unknown): { ok: true; draft: GlossaryDraft } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  let id: string | undefined;
  if (record.id !== undefined && record.id !== '') {
    if (typeof record.id === 'string' && ID_PATTERN.test(record.id)) id = record.id;
    else errors.push({ field: 'id', message: 'The id may only hold letters, digits, "-" and "_" (at most 64).' });
  }
  const term = typeof record.term === 'string' ? cleanName(record.term) : '';
  if (!term) errors.push({ field: 'term', message: 'The term is empty.' });
  else if (term.length > GLOSSARY_LIMITS.term) errors.push({ field: 'term', message: `The term is longer than ${GLOSSARY_LIMITS.term} characters.` });
  else if (!/[\p{L}\p{N}]/u.test(term)) errors.push({ field: 'term', message: 'The term has no letter or digit.' });

  const aliases: string[] = [];
  if (record.aliases !== undefined && !Array.isArray(record.aliases)) {
    errors.push({ field: 'aliases', message: 'Aliases must be a list of names.' });
  } else {
    const seen = new Set([term]);
    for (const alias of (record.aliases as unknown[] | undefined) ?? []) {
      const clean = typeof alias === 'string' ? cleanName(alias) : '';
      if (!clean || seen.has(clean)) continue;
      if (clean.length > GLOSSARY_LIMITS.alias) {
        errors.push({ field: 'aliases', message: `The alias "${clean.slice(0, 40)}…" is longer than ${GLOSSARY_LIMITS.alias} characters.` });
        continue;
      }
      if (!/[\p{L}\p{N}]/u.test(clean)) {
        errors.push({ field: 'aliases', message: `The alias "${clean}" has no letter or digit.` });
        continue;
      }
      seen.add(clean);
      aliases.push(clean);
    }
    if (aliases.length > GLOSSARY_LIMITS.aliases) errors.push({ field: 'aliases', message: `At most ${GLOSSARY_LIMITS.aliases} aliases.` });
  }

  const kind = record.kind === undefined || record.kind === '' ? 'other' : record.kind;
  if (!ACTOR_KINDS.includes(kind as ActorKind)) errors.push({ field: 'kind', message: `The kind must be one of ${ACTOR_KINDS.join(', ')}.` });

  const note = typeof record.note === 'string' ? record.note.replace(/\r\n?/g, '\n') : record.note === undefined ? '' : null;
  if (note === null) errors.push({ field: 'note', message: 'The note must be text.' });
  else if (note.length > GLOSSARY_LIMITS.note) errors.push({ field: 'note', message: `The note is longer than ${GLOSSARY_LIMITS.note} characters.` });

  const link = typeof record.link === 'string' ? record.link.trim() : record.link === undefined ? '' : null;
  if (link === null) errors.push({ field: 'link', message: 'The link must be text.' });
  else if (link && !isWebLink(link)) errors.push({ field: 'link', message: 'The link must be a full http:// or https:// address.' });
  else if (link.length > GLOSSARY_LIMITS.link) errors.push({ field: 'link', message: `The link is longer than ${GLOSSARY_LIMITS.link} characters.` });

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
