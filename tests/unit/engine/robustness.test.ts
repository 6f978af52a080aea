// Property and fuzz tests: whatever the input, the engine never throws, every offset is valid and
// every output string equals the text at its offsets.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine';
import { expectValidResult } from './check-invariants';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Masahisa Sato', 'Sato', 'the LDP', 'Liberal Democratic Party (LDP)', ' said ', '“', '”', '"', "'", '’s', ',', '.', '\n', '\n\n',
  'Mr ', 'Dr. ', 'U.S.', 'TAIWAN', 'Tai\u00adwan', 'Ja\u200bpan', 'who', ' is a ', 'spokesman ', 'von der', '(', ')', '—', '…',
  '😀', '𝐀', 'e\u0301', '\u0000', '\ufeff', '\ud800', '\udc00', 'Ḿ', 'İstanbul', 'ǅ', '٣', '中国', ' ', '\t', '-', '–', '|',
];

function randomText(rand: () => number, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) {
    const r = rand();
    if (r < 0.6) s += PIECES[Math.floor(rand() * PIECES.length)]!;
    else if (r < 0.8) s += String.fromCharCode(Math.floor(rand() * 0xffff));
    else s += String.fromCodePoint(Math.floor(rand() * 0x10ffff) & 0x10ffff & ~0x800 | 0x20);
  }
  return s;
}

function check(text: string): void {
  const result = analyzeText(text);
  expectValidResult(text, result);
}

describe('robustness', () => {
  it('survives random Unicode and name-like fragments', () => {
    const rand = random(20240611);
    for (let i = 0; i < 200; i++) check(randomText(rand, 5 + Math.floor(rand() * 80)));
  }, 60_000);

  it('handles empty and whitespace-only input', () => {
    for (const t of ['', ' ', '\n\n\n', '\u200b\u00ad', '“”', '"']) {
      const result = analyzeText(t);
      expect(result.actors).toEqual([]);
      expect(result.mentions).toEqual([]);
    }
  });

  it('handles very long tokens', () => {
    check('A'.repeat(50_000));
    check(`Sato ${'x'.repeat(20_000)} said “${'Ab'.repeat(10_000)}”`);
    check('-'.repeat(10_000) + "'".repeat(10_000));
  }, 60_000);

  it('handles text without punctuation, all in capitals, and with unbalanced quotes', () => {
    const words = 'masahisa sato met lo chih cheng in tokyo and taipei on friday to talk about security '.repeat(200);
    check(words);
    check(words.toUpperCase());
    check('“'.repeat(500) + ' Sato said ' + '”'.repeat(3) + ' “ open “ open " straight " " '.repeat(200));
  }, 60_000);

  it('stays linear on a 1 MB single paragraph', () => {
    const sentence = 'Deputy Prime Minister Taro Aso said on Friday that Japan, the U.S. and Australia would help Taiwan, a self-ruled island. “We will act,” Aso said. ';
    let text = '';
    while (text.length < 1_000_000) text += sentence;
    const result = analyzeText(text);
    expectValidResult(text, result);
    expect(result.actors.find((a) => a.name === 'Taro Aso')?.mentions).toBeGreaterThan(5000);
  }, 60_000); // generous: the machine may be busy; bench.ts measures speed
});
