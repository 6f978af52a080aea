import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, sentenceAround } from '../../../lib/card/first-sentence';

describe('sentenceAround', () => {
  const text = 'Tokyo is calm. Deputy Prime Minister Taro Aso spoke on Friday! Then he left.\nNew paragraph here.';

  it('returns the whole sentence holding the offset, with exact offsets', () => {
    const sentence = sentenceAround(text, text.indexOf('Taro'));
    expect(sentence.text).toBe('Deputy Prime Minister Taro Aso spoke on Friday!');
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('stops at paragraph breaks', () => {
    expect(sentenceAround(text, text.indexOf('New')).text).toBe('New paragraph here.');
    expect(sentenceAround(text, text.indexOf('he left')).text).toBe('Then he left.');
  });

  it('does not end a sentence inside abbreviations without a following space', () => {
    const sample = 'The U.S.-Japan pact was signed by Sato.';
    expect(sentenceAround(sample, sample.indexOf('Sato')).text).toBe(sample);
  });

  it('cuts very long sentences at word boundaries near the offset', () => {
    const long = `${'word '.repeat(200)}Aso ${'more '.repeat(200)}.`;
    const sentence = sentenceAround(long, long.indexOf('Aso'));
    expect(sentence.text).toContain('Aso');
    expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentence.text).toMatch(/^word /);
    expect(sentence.text).toMatch(/ more$/);
    expect(long.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
