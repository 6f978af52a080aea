// The comparison key for names in the glossary: two terms are "the same name" when they are
// equal after Unicode normalization, whitespace collapsing and case folding.
import { normalizeName } from '../engine/actor-id';

export function foldTerm(term: string): string {
  return normalizeName(term);
}
