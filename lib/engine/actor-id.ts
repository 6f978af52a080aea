// Stable actor ids: kind + ':' + the canonical name normalised (NFKC, invisible characters removed,
// straight apostrophes, whitespace collapsed, lower-cased). Diacritics are kept ("Whangārei" and
// "Whangarei" are different ids) because stripping them would merge distinct names in many languages.
import { normalizeForm } from './characters';
import type { ActorKind } from './types';

export function normalizeName(name: string): string {
  return normalizeForm(name).replace(/\s+/gu, ' ').trim().toLowerCase();
}

export function actorId(kind: ActorKind, name: string): string {
  return `${kind}:${normalizeName(name)}`;
}
