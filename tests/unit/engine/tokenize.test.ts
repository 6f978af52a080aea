import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/engine/tokenize';

const forms = (text: string): string[] => tokenize(text).map((t) => t.form);

describe('tokenize', () => {
  it('splits punctuation and possessives but keeps names, initialisms and numbers whole', () => {
    expect(forms('Japan’s U.S. ties, said Lo Chih-cheng (O’Brien) on 9/11 at 3.5%.')).toEqual([
      'Japan', "'s", 'U.S.', 'ties', ',', 'said', 'Lo', 'Chih-cheng', '(', "O'Brien", ')', 'on', '9/11', 'at', '3.5', '%', '.',
    ]);
  });

  it('keeps known abbreviations and single initials with their period', () => {
    expect(forms('Taiwan Semiconductor Manufacturing Co. hired J. Smith and Mr. Lee.')).toEqual([
      'Taiwan', 'Semiconductor', 'Manufacturing', 'Co.', 'hired', 'J.', 'Smith', 'and', 'Mr.', 'Lee', '.',
    ]);
  });

  it('gives offsets into the original text, with soft hyphens and zero-width characters inside the word span only', () => {
    const text = 'Mass\u00adachusetts and Tai\u200bwan\u200b here';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.form)).toEqual(['Massachusetts', 'and', 'Taiwan', 'here']);
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe('Mass\u00adachusetts');
    for (const t of tokens) expect(t.end).toBeGreaterThan(t.start);
  });

  it('records line and paragraph breaks before a token', () => {
    const tokens = tokenize('One.\nTwo.\n\nThree');
    expect(tokens.map((t) => [t.form, t.lineBefore, t.paragraphBefore])).toEqual([
      ['One', false, false], ['.', false, false], ['Two', true, false], ['.', false, false], ['Three', true, true],
    ]);
  });

  it('cuts pathological tokens so the work stays linear', () => {
    const tokens = tokenize('x'.repeat(1000));
    expect(tokens.length).toBe(10);
    expect(tokens.every((t) => t.end - t.start <= 100)).toBe(true);
  });

  it('takes astral symbols one at a time without splitting surrogate pairs', () => {
    const text = 'Hi 😀😀 𝐀𝐁 there';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(forms(text)).toContain('😀');
  });
});
