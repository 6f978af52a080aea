// The noun that introduces a name in a list ("technology companies such as Zentrix, Corvalo and
// Quorra", "games like Thumper", "museums including the Neon Museum"): what the listed names are.
import { isUpperChar } from './characters';
import type { Token } from './tokenize';

/** Longest list a name may sit in after its opener, in tokens before the name. */
const MAX_LIST_TOKENS = 16;

/** Tokens that end a sentence or clause: a list does not reach across them. */
const STOPS = new Set(['.', '!', '?', ';', ':', '(', ')']);
/** Marks around a listed title ('games like "Temple Run,"'): read over, as a lower-case word still ends the list. */
const QUOTES = new Set(['"', "'"]);

/**
 * The index of the list opener ("as" of "such as", "like", "including") before the name at
 * `first`, reading back over the other items of the list; -1 when the name is not in such a list.
 */
export function listOpenerBefore(tokens: readonly Token[], first: number, limit = 0, colon = false): number {
  let k = first - 1;
  if (k > limit && tokens[k]!.lower === 'the') k--;
  for (let steps = 0; k > limit && steps < MAX_LIST_TOKENS; steps++, k--) {
    const t = tokens[k]!;
    if (colon && t.form === ':') return k;
    if (STOPS.has(t.form)) return -1;
    if (t.lower === 'as' && tokens[k - 1]!.lower === 'such') return k;
    if (t.lower === 'like' || t.lower === 'including') return k;
    // "of" inside a listed name ("California's Museum of Neon Art and the Neon Museum").
    if (t.lower === 'of' && isUpperChar(tokens[k - 1]?.form[0] ?? '') && isUpperChar(tokens[k + 1]?.form[0] ?? '')) continue;
    if (QUOTES.has(t.form) || t.form === ',' || t.lower === 'and' || t.lower === 'or' || t.lower === 'the' || isUpperChar(t.form[0] ?? '') || /^\d/u.test(t.form) || t.lower === "'s") continue;
    return -1;
  }
  return -1;
}

/** The head noun of the list the name at `first` sits in ("companies"), or -1. Also a list after
 *  a colon ("three games: Thumper, Rez and Tetris"), when it names two or more and ends the sentence. */
export function listHeadBefore(tokens: readonly Token[], first: number, limit = 0): number {
  const opener = listOpenerBefore(tokens, first, limit);
  if (opener >= 0) {
    const head = tokens[opener]!.lower === 'as' ? opener - 2 : opener - 1;
    return head >= limit ? head : -1;
  }
  const colon = listOpenerBefore(tokens, first, limit, true);
  return colon - 1 >= limit && isColonList(tokens, colon) ? colon - 1 : -1;
}

/** Whether the words after the colon at `colon` are a list of names up to the sentence's end:
 *  capitalized words, numbers, quotes and the possessive, with a comma or "and"/"or" between items. */
function isColonList(tokens: readonly Token[], colon: number): boolean {
  let joins = 0;
  for (let k = colon + 1; k < tokens.length && k - colon <= MAX_LIST_TOKENS * 2; k++) {
    const t = tokens[k]!;
    if (t.lineBefore || t.form === '.' || t.form === ';') return joins > 0;
    if (t.form === ',' || t.lower === 'and' || t.lower === 'or') { joins++; continue; }
    if (!(isUpperChar(t.form[0] ?? '') || /^\d/u.test(t.form) || QUOTES.has(t.form) || t.lower === "'s" || t.lower === 'of' || t.lower === 'the' || t.form === ':')) return false;
  }
  return false;
}
