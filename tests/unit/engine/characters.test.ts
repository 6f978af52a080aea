// The character classes come from a lazily filled table (for speed); they must answer exactly as
// the Unicode regexes they replace, for every UTF-16 unit and for code points outside the BMP.
import { describe, expect, it } from 'vitest';
import { isLetterChar, isLowerChar, isSpaceCode, isUpperChar } from '../../../lib/engine/characters';

const LETTER = /\p{L}|\p{M}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;

function mismatches(check: (ch: string) => boolean, regex: RegExp): string[] {
  const wrong: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    // Twice: the first call fills the table, the second reads it.
    if (check(ch) !== regex.test(ch) || check(ch) !== regex.test(ch)) wrong.push(code.toString(16));
  }
  return wrong;
}

describe('character classes', () => {
  it('agree with the Unicode regexes on every UTF-16 unit', () => {
    expect(mismatches(isLetterChar, LETTER)).toEqual([]);
    expect(mismatches(isUpperChar, UPPER)).toEqual([]);
    expect(mismatches(isLowerChar, LOWER)).toEqual([]);
  });

  it('judge a whole code point outside the BMP, and nothing for an empty string', () => {
    for (const ch of ['𝐀', '𐐀', '𝐚', '𐐨', '😀', '𠀀']) {
      expect([isLetterChar(ch), isUpperChar(ch), isLowerChar(ch)]).toEqual([LETTER.test(ch), UPPER.test(ch), LOWER.test(ch)]);
    }
    expect(isUpperChar('𝐀')).toBe(true);
    expect([isLetterChar(''), isUpperChar(''), isLowerChar('')]).toEqual([false, false, false]);
  });

  it('isSpaceCode is \\s', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isSpaceCode(code) !== /\s/u.test(String.fromCharCode(code))) wrong.push(code);
    expect(wrong).toEqual([]);
  });
});
