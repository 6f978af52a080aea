// The glossary editor's form model: text fields in, a validated draft or per-field messages out.
// Pure functions (no DOM), so the rules are unit-tested without a browser.
import type { ActorKind } from '../lib/engine/types';
import { GLOSSARY_LIMITS, type GlossaryDraft, type GlossaryEntry } from '../lib/glossary/glossary-types';
import { t } from '../lib/locale/i18n';

export interface GlossaryFields {
  term: string;
  /** Comma-separated, as typed. */
  aliases: string;
  kind: ActorKind;
  note: string;
  link: string;
}

export type GlossaryField = keyof GlossaryFields;
export type FieldErrors = Partial<Record<GlossaryField, string>>;

export const EMPTY_FIELDS: GlossaryFields = { term: '', aliases: '', kind: 'person', note: '', link: '' };

/** How two names are compared: case, accents and spacing do not count ("Satō" = "sato"). */
export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "Sato, LDP ,, Sato" → ["Sato", "LDP"]: trimmed, no empties, no repeats. */
export function splitAliases(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const part of text.split(',')) {
    const alias = part.replace(/\s+/g, ' ').trim();
    const key = normalizeName(alias);
    if (alias === '' || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}

export function fieldsOf(entry: GlossaryEntry): GlossaryFields {
  return { term: entry.term, aliases: entry.aliases.join(', '), kind: entry.kind, note: entry.note, link: entry.link };
}

export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Checks the fields against the rules and the other entries (`editingId` is the entry being
 * edited, which may keep its own names). Returns a message per field in error; empty = valid.
 */
export function validateFields(fields: GlossaryFields, entries: readonly GlossaryEntry[], editingId: string | null): FieldErrors {
  const errors: FieldErrors = {};
  const term = fields.term.trim();
  const owners = new Map<string, string>(); // normalized name → term of the entry that has it
  for (const entry of entries) {
    if (entry.id === editingId) continue;
    for (const name of [entry.term, ...entry.aliases]) owners.set(normalizeName(name), entry.term);
  }

  if (term === '') errors.term = t('errTermRequired');
  else if (term.length > GLOSSARY_LIMITS.term) errors.term = t('errTooLong', GLOSSARY_LIMITS.term);
  else {
    const owner = owners.get(normalizeName(term));
    if (owner !== undefined) errors.term = normalizeName(owner) === normalizeName(term) ? t('errTermDuplicate', owner) : t('errAliasDuplicate', term, owner);
  }

  const aliases = splitAliases(fields.aliases);
  if (aliases.length > GLOSSARY_LIMITS.aliases) errors.aliases = t('errAliasesTooMany', GLOSSARY_LIMITS.aliases);
  else {
    for (const alias of aliases) {
      if (alias.length > GLOSSARY_LIMITS.alias) {
        errors.aliases = t('errTooLong', GLOSSARY_LIMITS.alias);
        break;
      }
      const owner = owners.get(normalizeName(alias));
      if (owner !== undefined) {
        errors.aliases = t('errAliasDuplicate', alias, owner);
        break;
      }
    }
  }

  if (fields.note.length > GLOSSARY_LIMITS.note) errors.note = t('errTooLong', GLOSSARY_LIMITS.note);
  const link = fields.link.trim();
  if (link.length > GLOSSARY_LIMITS.link) errors.link = t('errTooLong', GLOSSARY_LIMITS.link);
  else if (link !== '' && !isWebLink(link)) errors.link = t('errLinkInvalid');
  return errors;
}

export function draftOf(fields: GlossaryFields, id: string | null): GlossaryDraft {
  return {
    ...(id === null ? {} : { id }),
    term: fields.term.replace(/\s+/g, ' ').trim(),
    aliases: splitAliases(fields.aliases),
    kind: fields.kind,
    note: fields.note.trim(),
    link: fields.link.trim(),
  };
}

/** Entries whose term, aliases or note contain `query` (accent- and case-insensitive). */
export function filterEntries(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const needle = normalizeName(query);
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term));
  if (needle === '') return sorted;
  return sorted.filter((entry) => [entry.term, ...entry.aliases, entry.note].some((text) => normalizeName(text).includes(needle)));
}
