import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract-article';
import { offsetOf, positionAt } from '../../../lib/page/text-map';

function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const paragraph = (text: string) => `<p>${text} ${'The talks went on for hours and covered trade. '.repeat(2)}</p>`;

const NEWS_PAGE = `<!doctype html><html lang="en-GB"><head><title>Talks | Daily</title></head><body>
  <header><nav><a href="/">World</a> <a href="/">Taro Aso news</a></nav></header>
  <h1>Leaders meet in Tokyo</h1>
  <div class="share-bar">Share on Facebook</div>
  <article>
    <div class="body">
      ${paragraph('Masahisa Sato met Lo Chih-cheng online.')}
      <figure><figcaption>Deputy Prime Minister Taro Aso in July.</figcaption></figure>
      ${paragraph('The Liberal Democratic Party welcomed the meeting.')}
      <pre>Code Sample</pre>
      <div contenteditable="true">Editable Name</div>
      <p hidden>Hidden Person said nothing.</p>
      <script>var NotText = 1;</script>
    </div>
    <aside class="related"><h2>Related</h2><p>Emmanuel Macron visits Berlin for a long and important summit.</p></aside>
  </article>
  <div class="comments"><p>Commenter Bob says this is a great article and worth reading again.</p></div>
  <footer><p>Copyright Daily News Group, all rights reserved worldwide.</p></footer>
</body></html>`;

describe('extractArticle', () => {
  const article = extractArticle(documentOf(NEWS_PAGE))!;

  it('takes the headline, body paragraphs and captions', () => {
    expect(article).not.toBeNull();
    expect(article.map.text).toContain('Leaders meet in Tokyo');
    expect(article.map.text).toContain('Masahisa Sato met Lo Chih-cheng');
    expect(article.map.text).toContain('Deputy Prime Minister Taro Aso in July.');
    expect(article.lang).toBe('en-GB');
    expect(article.title).toBe('Talks | Daily');
  });

  it('leaves out navigation, share bars, related stories, comments, footers, code, forms and hidden text', () => {
    for (const excluded of ['World', 'Share on', 'Macron', 'Commenter', 'Copyright', 'Code Sample', 'Editable', 'Hidden Person', 'NotText']) {
      expect(article.map.text).not.toContain(excluded);
    }
  });

  it('separates blocks so sentences never run together', () => {
    expect(article.map.text).toMatch(/Leaders meet in Tokyo\n\n/);
    expect(article.map.text).toMatch(/in July\.\n\n/);
  });

  it('maps every offset of node text back to the same character in the DOM', () => {
    const text = article.map.text;
    for (const segment of article.map.segments) {
      for (let i = 0; i < segment.node.data.length; i += 7) {
        const position = positionAt(article.map, segment.start + i)!;
        expect(position.node).toBe(segment.node);
        expect(position.node.data[position.offset]).toBe(text[segment.start + i]);
        expect(offsetOf(article.map, position.node, position.offset)).toBe(segment.start + i);
      }
    }
  });

  it('leaves out a photo credit named so, but keeps a caption inside a block named for the credit', () => {
    const page = `<!doctype html><html lang="en"><head><title>Talks</title></head><body><article>
      <h1>Leaders meet in Tokyo</h1>
      <figure><img alt=""><figcaption><div class="caption-credit"><a class="caption-link" href="/photo">Kestrel Amundsen</a></div></figcaption></figure>
      ${paragraph('Masahisa Sato met Lo Chih-cheng online.')}
      <figure><img alt=""><figcaption class="lead-image__credit"><span class="lead-image__caption">The Osaka harbor at dawn</span> <span>Rina Holt/Agency</span></figcaption></figure>
      ${paragraph('The Liberal Democratic Party welcomed the meeting.')}
    </article></body></html>`;
    const text = extractArticle(documentOf(page))!.map.text;
    expect(text).not.toContain('Kestrel Amundsen');
    expect(text).toContain('The Osaka harbor at dawn');
  });

  it('finds no article on pages without one', () => {
    const login = documentOf('<html><body><form><label>Email <input></label><button>Sign in</button></form><p>Forgot?</p></body></html>');
    expect(extractArticle(login)).toBeNull();
    expect(extractArticle(documentOf('<html><body></body></html>'))).toBeNull();
  });

  it('extracts the demo page body without its related box, promo or footer', () => {
    const demo = extractArticle(documentOf(readFileSync('demo/index.html', 'utf8')))!;
    expect(demo.map.text).toContain('Deputy Prime Minister Taro Aso signaled in July');
    expect(demo.map.text).toContain('Foreign Ministry spokesman Zhao Lijian said.');
    for (const excluded of ['Nippon Steel', 'Related stories', 'By subscribing', 'The Daily Ledger', 'Sign in', 'staff writer']) {
      expect(demo.map.text).not.toContain(excluded);
    }
  });
});

describe('pages without an article', () => {
  it('finds none on a search results page with snippets', () => {
    const result = (title: string, snippet: string) =>
      `<li class="result"><h3><a href="#">${title}</a></h3><a href="#"><span>${snippet}</span></a></li>`;
    const search = documentOf(`<html><head><title>Search</title></head><body><form role="search"><input></form><ol>
      ${result('Taro Aso meets Masahisa Sato', 'Deputy Prime Minister Taro Aso met Masahisa Sato in Tokyo on Friday for talks on trade.')}
      ${result('LDP welcomes talks with Taiwan', 'The Liberal Democratic Party welcomed the talks, and the Democratic Progressive Party agreed.')}
      ${result('Macron visits Osaka', 'Emmanuel Macron visited Osaka, where he met business leaders and spoke about trade with Japan.')}
      ${result('Merkel in Berlin', 'Angela Merkel spoke in Berlin on Tuesday about the budget plans for the coming year and more.')}
    </ol></body></html>`);
    expect(extractArticle(search)).toBeNull();
  });

  it('finds none in a web app’s table of messages', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>Angela Merkel ${i}</td><td>Re: the budget for Berlin and Hamburg next year</td><td>10:0${i % 10}</td></tr>`).join('');
    expect(extractArticle(documentOf(`<html><body><div role="application"><table>${rows}</table></div></body></html>`))).toBeNull();
  });
});
