import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine';
import { findQuotations } from '../../../lib/engine/attribute-quotes';
import { expectValidResult } from './check-invariants';

function quotesBy(text: string): Record<string, string[]> {
  const result = analyzeText(text);
  expectValidResult(text, result);
  const out: Record<string, string[]> = {};
  for (const a of result.actors) if (a.quotes.length) out[a.name] = a.quotes.map((q) => q.text);
  return out;
}

describe('attributeQuotes', () => {
  it('attributes quotations in both orders', () => {
    const text = 'Masahisa Sato met Lo Chih-cheng in Tokyo.\n\n“We promised to meet again,” Sato said.\n\n“This is a new format,” said Lo Chih-cheng.\n\nSato said: “The talks were useful.”';
    expect(quotesBy(text)).toEqual({
      'Masahisa Sato': ['We promised to meet again,', 'The talks were useful.'],
      'Lo Chih-cheng': ['This is a new format,'],
    });
  });

  it('gives a pronoun’s quotation to the last named speaker', () => {
    const text = 'Sebastian Maslow spoke to Reuters in Sendai about Zhao Lijian.\n\nMaslow said the reaction was subdued.\n\n“Beijing is aware of the stakes,” he said.';
    expect(quotesBy(text)).toEqual({ 'Sebastian Maslow': ['Beijing is aware of the stakes,'] });
  });

  it('continues a quotation across paragraphs', () => {
    const text = 'Hori Parata spoke in Whangarei.\n\n“The whales are hurting,” Parata said. “We see it every year.\n\n“Our ancestors knew the signs.”\n\nThe meeting ended.';
    expect(quotesBy(text)).toEqual({ 'Hori Parata': ['The whales are hurting,', 'We see it every year.', 'Our ancestors knew the signs.'] });
  });

  it('drops unbalanced quotation marks instead of swallowing the text', () => {
    const text = 'Jamie Werner said “the beach was full.\n\nThe next day the tide came back, Werner said.';
    expect(quotesBy(text)).toEqual({});
    expect(findQuotations(text)).toEqual([]);
  });

  it('pairs straight quotation marks too', () => {
    const text = 'Barack Obama spoke to the BBC.\n\n"For us not to resolve that issue is distressing," he added.';
    expect(quotesBy(text)).toEqual({ 'Barack Obama': ['For us not to resolve that issue is distressing,'] });
  });
});
