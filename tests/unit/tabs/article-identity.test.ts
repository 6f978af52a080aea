import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleIdentity, declaredCanonicals, siteOf, withoutQuery } from '../../../lib/tabs/article-identity';

describe('article identity', () => {
  it('drops query strings and fragments: tracking parameters and session tokens are not the article', () => {
    expect(withoutQuery('https://news.example.org/world/story-1?utm_source=x&session=SECRET#comments')).toBe('https://news.example.org/world/story-1');
    expect(articleIdentity('https://news.example.org/a?utm_campaign=1')).toBe(articleIdentity('https://news.example.org/a?utm_campaign=2#top'));
  });

  it('uses the page’s own canonical URL when it names the same site', () => {
    expect(articleIdentity('https://m.example.org/amp/story?x=1', ['https://www.example.org/story?ref=amp'])).toBe('https://www.example.org/story');
    expect(articleIdentity('https://www.example.org/a/b', ['/story-7'])).toBe('https://www.example.org/story-7');
    expect(articleIdentity('https://news.bbc.co.uk/x', ['https://www.bbc.co.uk/news/y'])).toBe('https://www.bbc.co.uk/news/y');
  });

  it('ignores a canonical on another site, or one that is not http(s)', () => {
    expect(articleIdentity('https://evil.example.com/p', ['https://news.example.org/real-story'])).toBe('https://evil.example.com/p');
    expect(articleIdentity('https://a.example.com/p', ['javascript:alert(1)', 'https://a.example.com/q'])).toBe('https://a.example.com/q');
    expect(articleIdentity('https://example.co.uk/p', ['https://other.co.uk/p'])).toBe('https://example.co.uk/p');
  });

  it('has no identity for pages that are not http(s)', () => {
    expect(articleIdentity('file:///tmp/a.html')).toBeNull();
  });

  it('groups hosts by site, keeping IP addresses and localhost whole', () => {
    expect(siteOf('www.news.example.org')).toBe('example.org');
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
  });

  it('reads rel=canonical, then og:url, from a document', () => {
    const { document } = parseHTML('<html><head><meta property="og:url" content="https://x.example/og"><link rel="canonical" href=" https://x.example/c "></head><body></body></html>');
    expect(declaredCanonicals(document as unknown as Document)).toEqual(['https://x.example/c', 'https://x.example/og']);
  });
});
