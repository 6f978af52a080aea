// Extraction on the shapes big news sites give their pages (synthetic, no site's own markup):
// a story split over column wrappers with ads between, one wrapper per paragraph, a blog
// theme's entry content with share and comment boxes, deep nesting. The rules must find the
// whole story in each, and none of the furniture.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract-article';

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

const SENTENCES = [
  'Masahisa Sato, the chair of the committee, met Lo Chih-cheng in Tokyo on Friday, and the talks went on for hours.',
  '"We will keep talking," Sato said, adding that the Liberal Democratic Party would send a delegation to Taipei next month.',
  'Officials from the Democratic Progressive Party said the meeting, the first of its kind, had been planned for a year.',
  'Analysts in Washington, Beijing and Seoul said the talks were a sign of closer ties, though few expected quick results.',
  'Taro Aso, the deputy prime minister, said in July that an attack on Taiwan would threaten the security of Japan itself.',
  'The next round is set for the spring, when both parties hope to agree on trade, health and disaster relief.',
];
const para = (i: number) => `<p>${SENTENCES[i % SENTENCES.length]}</p>`;
const FURNITURE = `<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <aside class="ad-slot">Advertisement</aside>`;
const RELATED = `<div class="more-stories"><h2>More stories</h2><ul><li><a href="#">Fumio Kishida visits Paris for a summit</a></li>
  <li><a href="#">Angela Merkel returns to Berlin after the summit</a></li><li><a href="#">Olaf Scholz in Hamburg for the budget talks</a></li></ul></div>`;
const COMMENTS = `<section id="comments"><p>Reader Bob Smith from Chicago wrote that this story was excellent and worth a read.</p></section>`;

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>Sato meets Lo in Tokyo | Example News</title></head><body>
  <header class="masthead"><a href="/">Example News</a><nav><a href="#">World</a><a href="#">Nippon Steel</a></nav></header>
  ${body}
  <footer><p>Copyright Example News Group, London, all rights reserved, since 1901.</p></footer></body></html>`;
}

function expectWholeStory(html: string, paragraphs: number): void {
  const article = extractArticle(documentOf(html));
  expect(article).not.toBeNull();
  const text = article!.map.text;
  for (let i = 0; i < Math.min(paragraphs, SENTENCES.length); i++) expect(text).toContain(SENTENCES[i]);
  for (const outside of ['Share on', 'Advertisement', 'More stories', 'Fumio Kishida', 'Bob Smith', 'Copyright', 'Nippon Steel']) {
    expect(text).not.toContain(outside);
  }
  // The headline comes first, then the story in reading order.
  expect(text.startsWith('Sato meets Lo in Tokyo')).toBe(true);
  const order = SENTENCES.slice(0, paragraphs).map((sentence) => text.indexOf(sentence));
  expect(order).toEqual([...order].sort((a, b) => a - b));
}

describe('extraction on common page shapes', () => {
  it('a story split over several column wrappers with ads between them', () => {
    const columns = [0, 2, 4].map((i) => `<div class="css-1x StoryBodyColumn"><div class="css-2y"><div class="css-3z">${para(i)}${para(i + 1)}</div></div>${FURNITURE}</div>`).join('');
    expectWholeStory(page(`<main><article><header><h1>Sato meets Lo in Tokyo</h1></header><section name="articleBody"><div class="css-wrap">${columns}</div></section>${RELATED}</article>${COMMENTS}</main>`), 6);
  });

  it('one wrapper per paragraph', () => {
    const wrapped = [0, 1, 2, 3, 4].map((i) => `<div class="paragraph-wrapper">${para(i)}</div>`).join(FURNITURE);
    expectWholeStory(page(`<div class="layout"><h1>Sato meets Lo in Tokyo</h1><div class="article-body">${wrapped}</div>${RELATED}</div>${COMMENTS}`), 5);
  });

  it('a blog theme: entry content with share box and comments inside the article', () => {
    expectWholeStory(
      page(`<div id="primary"><article class="post hentry"><h1 class="entry-title">Sato meets Lo in Tokyo</h1><div class="entry-content">${[0, 1, 2, 3].map(para).join('')}${FURNITURE}</div>${COMMENTS}</article><aside id="secondary">${RELATED}</aside></div>`),
      4,
    );
  });

  it('deeply nested markup of a component framework', () => {
    let inner = [0, 1, 2, 3, 4, 5].map(para).join('');
    for (let depth = 0; depth < 40; depth++) inner = `<div class="c${depth}">${inner}</div>`;
    expectWholeStory(page(`<div id="root"><h1>Sato meets Lo in Tokyo</h1>${inner}${RELATED}</div>`), 6);
  });

  it('a whole-page wrapper named for a navigation drawer, with the story’s main landmark inside', () => {
    expectWholeStory(page(`<div class="nav-drawer__panel"><main><h1>Sato meets Lo in Tokyo</h1>${[0, 1, 2, 3].map(para).join('')}</main>${RELATED}</div>`), 4);
  });

  it('an old layout table: the story in a cell beside the navigation cell', () => {
    const cells = `<table><tr><td class="LeftColumn"><a href="#">Home</a> <a href="#">World</a></td><td class="MidColumn"><h1>Sato meets Lo in Tokyo</h1>${[0, 1, 2, 3, 4].map(para).join('')}</td></tr></table>`;
    expectWholeStory(page(cells), 5);
  });

  it('a story in sections, each in its own template wrapper, figures between', () => {
    const figure = (i: number) => `<figure><img alt=""><figcaption>Picture ${i} of the talks.</figcaption></figure>`;
    const sections = [0, 2, 4].map((i) => `<div class="story-section wysiwyg"><div class="inner"><div class="text">${para(i)}${para(i + 1)}</div></div></div>`);
    expectWholeStory(page(`<div class="post"><h1>Sato meets Lo in Tokyo</h1>${sections[0]}${figure(1)}<div class="pull">${sections[1]}</div>${figure(2)}<div><div>${sections[2]}</div></div></div>${RELATED}`), 6);
  });

  it('a slideshow story told in its captions', () => {
    const slides = [0, 1, 2, 3].map((i) => `<li class="slide"><img alt=""><figure><figcaption>${SENTENCES[i]}</figcaption></figure></li>`).join('');
    expectWholeStory(page(`<div class="gallery-story"><h1>Sato meets Lo in Tokyo</h1><ul class="slides">${slides}</ul></div>`), 4);
  });

  it('a video player’s menus inside the body are not read', () => {
    const player = `<div class="vp-settings-container"><ul><li>Georgia</li><li>Palatino Linotype</li><li>75% (transparency)</li></ul></div>`;
    const html = page(`<article><h1>Sato meets Lo in Tokyo</h1>${player}${[0, 1, 2, 3].map(para).join('')}</article>`);
    expectWholeStory(html, 4);
    expect(extractArticle(documentOf(html))!.map.text).not.toContain('Palatino');
  });

  it('markup an HTML parser leaves mostly outside document.body (an element before <head>)', () => {
    const html = `<!doctype html><html><div id="stamp"></div><head><title>Sato meets Lo in Tokyo | Example News</title></head><body><div class="story"><h1>Sato meets Lo in Tokyo</h1>${[0, 1, 2, 3].map(para).join('')}</div></body></html>`;
    expectWholeStory(html, 4);
  });
});

