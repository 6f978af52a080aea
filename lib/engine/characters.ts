// Character classes and surface-form normalization shared by every stage.
// Linear, allocation-light helpers; no regex backtracking.

/** Invisible characters that may sit inside a word (soft hyphen, zero-width space/joiners, word joiner, BOM). */
export function isInvisible(code: number): boolean {
  return code === 0x00ad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

const LETTER = /\p{L}|\p{M}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;

const IS_LETTER = 1;
const IS_UPPER = 2;
const IS_LOWER = 4;
const KNOWN = 8;
/** Character classes by UTF-16 unit, each worked out with the Unicode regexes the first time it is
 *  seen: the tokenizer asks about every character, and a table look-up is far cheaper than a regex. */
const CLASSES = new Uint8Array(0x10000);

/** Class bits of a character (one UTF-16 unit or one code point; "" has none). */
function classOf(ch: string): number {
  const code = ch.charCodeAt(0);
  if (!(code >= 0)) return 0; // "" gives NaN
  if (code >= 0xd800 && code <= 0xdfff) return regexClass(ch); // a surrogate pair: ask about the code point
  let bits = CLASSES[code]!;
  if (bits === 0) {
    bits = regexClass(ch[0]!) | KNOWN;
    CLASSES[code] = bits;
  }
  return bits;
}
function regexClass(ch: string): number {
  return (LETTER.test(ch) ? IS_LETTER : 0) | (UPPER.test(ch) ? IS_UPPER : 0) | (LOWER.test(ch) ? IS_LOWER : 0);
}

export function isLetterChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classOf(ch) & IS_LETTER) !== 0;
}
export function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return (classOf(ch) & IS_UPPER) !== 0;
}
export function isLowerChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return (classOf(ch) & IS_LOWER) !== 0;
}
/** Whether a UTF-16 unit is white space as the regex \\s sees it (a test checks every unit). */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
export function isDigitChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}
export function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '\u2019' || ch === '\u02bc';
}
export function isHyphen(ch: string): boolean {
  return ch === '-' || ch === '\u2010' || ch === '\u2011';
}

/** Surface form used for comparisons: no invisible characters, straight apostrophes/quotes, NFKC. */
export function normalizeForm(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 126) { ascii = false; break; }
  if (ascii) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = ch.charCodeAt(0);
    if (isInvisible(c)) continue;
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') out += "'";
    else if (ch === '\u201c' || ch === '\u201d') out += '"';
    else if (ch === '\u2010' || ch === '\u2011') out += '-';
    else out += ch;
  }
  return out.normalize('NFKC');
}

/** Letters of s in upper case (by UTF-16 unit, as the all-caps tests count them). */
export function upperLetterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c > 127 && isUpperChar(s[i]!))) n++;
  }
  return n;
}
/** Letters of s in lower case (by UTF-16 unit; a letter counted as upper case is not counted here). */
export function lowerLetterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c > 127 && !isUpperChar(s[i]!) && isLowerChar(s[i]!))) n++;
  }
  return n;
}

/** Whether a token starts with an upper-case letter. */
export function startsUpper(s: string): boolean {
  return s.length > 0 && isUpperChar(s[0]!);
}

/** Every letter is upper case and there are at least two letters. */
export function isAllCapsWord(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (isLowerChar(ch)) return false;
    if (isUpperChar(ch)) letters++;
  }
  return letters >= 2;
}

/** Whether any code point of s is an upper-case letter (ASCII checked without making strings). */
export function hasUpperLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      for (const ch of s.slice(i)) if (isUpperChar(ch)) return true;
      return false;
    }
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}
