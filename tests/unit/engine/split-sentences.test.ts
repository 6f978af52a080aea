import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/engine/split-sentences';
import { tokenize } from '../../../lib/engine/tokenize';

function sentences(text: string): string[] {
  const tokens = tokenize(text);
  return splitSentences(tokens).map((s) => tokens.slice(s.first, s.end).map((t) => t.form).join(' '));
}

describe('splitSentences', () => {
  it('splits after final punctuation before a capital, keeping closing quotes', () => {
    expect(sentences('He left. “We won,” she said. Then Mr. Sato spoke in the U.S. today.')).toEqual([
      'He left .', '" We won , " she said .', 'Then Mr. Sato spoke in the U.S. today .',
    ]);
  });

  it('splits at every line break', () => {
    expect(sentences('HEADLINE WORDS\nBody text here')).toEqual(['HEADLINE WORDS', 'Body text here']);
  });

  it('does not split before a lower-case word', () => {
    expect(sentences('It rose 3.5 p.c. in May. e.g. more')).toHaveLength(1);
  });

  it('ends a sentence at an initial or abbreviation before a capitalized function word, not at a title', () => {
    expect(sentences('Velor sold the Model Q. That one was cheaper. Dr. He Wei spoke.')).toEqual([
      'Velor sold the Model Q.', 'That one was cheaper .', 'Dr. He Wei spoke .',
    ]);
  });
});
