// What the overlay knows about the page it is on, and small questions about it: which mention of
// an actor is nearest some text, whether a re-read found the same nodes, how to bring a name into view.
import type { Actor, ArticleDataset, Mention } from '../../lib/engine/types';
import type { ExtractedArticle } from '../../lib/page/extract-article';
import type { ArticleText } from '../../lib/engine/types';

/** What the overlay knows about the page it is on. */
export interface PageAnalysis {
  url: string;
  /** What was sent to the background for analysis (sent again if the background forgot it). */
  request: ArticleText;
  article: ExtractedArticle;
  dataset: ArticleDataset;
  /** In reading order. */
  mentions: Mention[];
  actors: Map<string, Actor>;
  /** One per mention; null where the text is no longer in the page. */
  ranges: Array<Range | null>;
}

/** The index of `actorId`'s mention closest to `offset`, or null. */
export function nearestMention(analysis: PageAnalysis, actorId: string | null, offset: number): number | null {
  let best: number | null = null;
  analysis.mentions.forEach((mention, index) => {
    if (mention.actorId !== actorId || !analysis.ranges[index]) return;
    if (best === null || Math.abs(mention.start - offset) < Math.abs(analysis.mentions[best]!.start - offset)) best = index;
  });
  return best;
}

export function sameStart(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset;
}

export function sameNodes(a: ExtractedArticle, b: ExtractedArticle): boolean {
  const x = a.map.segments;
  const y = b.map.segments;
  return x.length === y.length && x.every((segment, i) => segment.node === y[i]!.node);
}

/** Brings a range to the middle of the viewport (instantly: the card is placed right after). */
export function scrollRangeIntoView(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  const middle = window.innerHeight / 2;
  if (rect.top < 0 || rect.bottom > window.innerHeight || Math.abs(rect.top - middle) > middle / 2) {
    window.scrollBy({ top: rect.top - middle, behavior: 'instant' as ScrollBehavior });
  }
}
