// Extraction on the labelled corpus pages, against the reference the gold was labelled over:
// Readability's cleaned body. Our body must carry the gold names the engine finds there, and
// bring nothing else but the headline, standfirst and captions.
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine';
import { extractArticle } from '../../../lib/page/extract-article';

const CORPUS = 'tests/corpus';
const PAGES = ['bbc-1', 'cnn', 'guardian-1'];
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Gold {
  actors: Array<{ mentions: string[] }>;
}

function detected(text: string): Set<string> {
  return new Set(analyzeText(text).mentions.map((mention) => text.slice(mention.start, mention.end)));
}

describe('article extraction on the corpus pages', () => {
  for (const name of PAGES) {
    const html = readFileSync(`${CORPUS}/${name}/source.html`, 'utf8');
    const gold = JSON.parse(readFileSync(`${CORPUS}/${name}/gold.json`, 'utf8')) as Gold;
    const reference = new Readability(parseHTML(html).document as unknown as Document).parse();
    const referenceText = parseHTML(`<html><body>${reference?.content ?? ''}</body></html>`).document.body.textContent ?? '';
    const article = extractArticle(parseHTML(html).document as unknown as Document);

    it(`${name}: finds the body`, () => {
      expect(article).not.toBeNull();
      expect(referenceText.length).toBeGreaterThan(1000);
    });

    it(`${name}: keeps ≥95% of the gold names the engine finds in the reference body`, () => {
      const inReference = detected(referenceText);
      const inOurs = detected(article!.map.text);
      const wanted = [...new Set(gold.actors.flatMap((actor) => actor.mentions))].filter((mention) => inReference.has(mention));
      const kept = wanted.filter((mention) => inOurs.has(mention));
      expect(wanted.length).toBeGreaterThan(5);
      expect(kept.length / wanted.length, `missing: ${wanted.filter((m) => !inOurs.has(m)).join(', ')}`).toBeGreaterThanOrEqual(0.95);
    });

    it(`${name}: brings nothing but the body, headline, standfirst and captions`, () => {
      const reference = normalize(referenceText);
      const { headline, standfirst } = article!;
      const captions = article!.roots.flatMap((root) => Array.from(root.querySelectorAll('figcaption, [class*="caption"]'))).map((caption) => normalize(caption.textContent ?? ''));
      const allowed = (block: string) =>
        reference.includes(block) ||
        block === normalize(headline?.textContent ?? '') ||
        normalize(standfirst?.textContent ?? '').includes(block) ||
        captions.some((caption) => caption.includes(block));
      const extra = article!.map.text.split('\n\n').map(normalize).filter((block) => block && !allowed(block));
      expect(extra).toEqual([]);
    });
  }
});
