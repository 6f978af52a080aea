import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../../lib/engine/types';
import { parseBackgroundRequest, parseContentRequest, parsePageCast } from '../../../lib/messages/protocol';

const article = { url: 'https://news.example/a', title: 'A', lang: 'en', text: 'Taro Aso spoke.' };

describe('parseBackgroundRequest', () => {
  it('accepts a well-formed analyze-article message', () => {
    expect(parseBackgroundRequest({ type: 'analyze-article', article })).toEqual({ type: 'analyze-article', article });
  });

  it('drops unknown fields instead of passing them on', () => {
    const parsed = parseBackgroundRequest({ type: 'analyze-article', article: { ...article, extra: 1 }, sneaky: true });
    expect(parsed).toEqual({ type: 'analyze-article', article });
  });

  it.each([
    ['not an object', 'analyze-article'],
    ['unknown type', { type: 'delete-everything' }],
    ['missing article', { type: 'analyze-article' }],
    ['text not a string', { type: 'analyze-article', article: { ...article, text: 42 } }],
    ['non-http url', { type: 'analyze-article', article: { ...article, url: 'javascript:alert(1)' } }],
    ['oversize text', { type: 'analyze-article', article: { ...article, text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) } }],
    ['array', [{ type: 'analyze-article', article }]],
  ])('rejects %s', (_label, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });
});

describe('parseContentRequest', () => {
  it('knows get-page-cast and nothing else', () => {
    expect(parseContentRequest({ type: 'get-page-cast' })).toEqual({ type: 'get-page-cast' });
    expect(parseContentRequest({ type: 'analyze-article', article })).toBeNull();
    expect(parseContentRequest(null)).toBeNull();
  });
});

describe('parsePageCast', () => {
  it('accepts the states a content script reports', () => {
    expect(parsePageCast({ state: 'no-article' })).toEqual({ state: 'no-article' });
    expect(parsePageCast({ state: 'error', error: 'boom' })).toEqual({ state: 'error', error: 'boom' });
    const dataset = { actors: [], mentions: [] };
    expect(parsePageCast({ state: 'ready', dataset })).toEqual({ state: 'ready', dataset });
  });

  it('rejects anything else', () => {
    expect(parsePageCast(undefined)).toBeNull();
    expect(parsePageCast({ state: 'hacked' })).toBeNull();
    expect(parsePageCast({ state: 'ready', dataset: { actors: 'x' } })).toBeNull();
  });
});

describe('backgroundRequestType', () => {
  it('names our request types even when the rest of the message is malformed', async () => {
    const { backgroundRequestType } = await import('../../../lib/messages/protocol');
    expect(backgroundRequestType({ type: 'glossary-save', entry: { note: 'x'.repeat(1e6) } })).toBe('glossary-save');
    expect(backgroundRequestType({ type: 'analyze-article' })).toBe('analyze-article');
    expect(backgroundRequestType({ type: 'import-dataset' })).toBe('import-dataset');
  });

  it('is null for messages that are not ours to answer', async () => {
    const { backgroundRequestType } = await import('../../../lib/messages/protocol');
    expect(backgroundRequestType({ type: 'glossary-changed' })).toBeNull();
    expect(backgroundRequestType({ type: 'get-page-cast' })).toBeNull();
    expect(backgroundRequestType('analyze-article')).toBeNull();
  });
});
