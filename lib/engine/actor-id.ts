// Stable actor ids: kind + ':' + the canonical name normalized (NFKC, invisible characters removed,
// straight apostrophes, whitespace collapsed, lower-cased). Diacritics are kept ("Whangārei" and
// "Whangarei" are different ids) because stripping them would merge distinct names in many languages.
import { normalizeForm } from './characters';
import type { ActorKind } from './types';

export function normalizeName(name: string): string {
  if (isPlainAscii(name)) return name.toLowerCase(); // nothing else to normalize (most names)
  return normalizeForm(name).replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Printable ASCII with single spaces between words only. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 126 || c < 32) return false;
    if (c === 32 && (i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}

export function actorId(kind: ActorKind, name: string): string {
  return `${kind}:${normalizeName(name)}`;
}
