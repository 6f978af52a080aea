import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../lib/text/utf8-length';

describe('utf8Length', () => {
  it('counts bytes as TextEncoder would, for every width of character', () => {
    const encoder = new TextEncoder();
    for (const text of ['', 'Sato', 'Satō', '佐藤', '👩‍👩‍👧', 'a\u00e9\u4e2d\ud83d\ude00z', '\ud800 lone surrogate']) {
      expect(utf8Length(text)).toBe(encoder.encode(text).length);
    }
  });
});
