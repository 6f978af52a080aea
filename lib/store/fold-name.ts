// Folding names for search: case, accents and punctuation do not matter ("sato" finds "Satō",
// "obrien" finds "O'Brien"). Only for finding; identity (actor ids) stays diacritic-sensitive.

/** Letters that do not decompose into a base letter plus marks under NFKD. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n', ĸ: 'k',
};
const LETTERS_TO_FOLD = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');
/** Dropped inside words: "U.S." → "us", "O'Brien" → "obrien". */
const DROPPED = /[.'’ʼ`´]/gu;
/** Anything else that is not a letter or digit separates words. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Longest key kept in the index (chars); longer names are searchable by their first part. */
const MAX_KEY_LENGTH = 120;
/** Word-start suffixes indexed per form ("george w bush", "w bush", "bush"). */
const MAX_WORDS_PER_FORM = 8;
/** Keys per actor at most (names plus aliases), bounding index growth for much-aliased actors. */
const MAX_KEYS_PER_ACTOR = 64;

/** Lower-case, accents removed, punctuation as single spaces, trimmed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LETTERS_TO_FOLD, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(DROPPED, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Every key a search or an alias match may hit: each folded form and its word-start suffixes. */
export function searchKeysFor(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const form of [name, ...aliases]) {
    const words = foldForSearch(form).split(' ').filter(Boolean);
    for (let i = 0; i < words.length && i < MAX_WORDS_PER_FORM; i++) {
      keys.add(words.slice(i).join(' ').slice(0, MAX_KEY_LENGTH));
      if (keys.size >= MAX_KEYS_PER_ACTOR) return [...keys];
    }
  }
  return [...keys];
}

/** The lower-case hostname of an http(s) URL; '' when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
