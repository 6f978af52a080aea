// The overlay on one page: extract the article, have the background analyse it, highlight
// the mentions, and open a backgrounder card on hover. Switches on and off with the settings.
import { h } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Backgrounder } from '../../components/Backgrounder';
import cardCss from '../../components/Backgrounder.css?inline';
import { sentenceAround } from '../../lib/card/first-sentence';
import type { ArticleDataset, Mention } from '../../lib/engine/types';
import { createCardHost } from '../../lib/page/card-host';
import { extractArticle, type ExtractedArticle } from '../../lib/page/extract-article';
import { mentionIndexAt } from '../../lib/page/find-mention';
import { createHighlighter, supportsHighlightApi } from '../../lib/page/highlighter';
import { caretAt, rangeContainsPoint } from '../../lib/page/hit-test';
import { createHoverIntent } from '../../lib/page/hover-intent';
import { placeCard } from '../../lib/page/place-card';
import { rangeFor, offsetOf } from '../../lib/page/text-map';
import { MAX_ARTICLE_CHARS, parseContentRequest, type AnalyzeArticleReply, type PageCast, type ShowActorReply } from '../../lib/protocol';
import { isActiveOn, loadSettings, watchSettings, type Settings } from '../../lib/settings';

interface Analysis {
  article: ExtractedArticle;
  dataset: ArticleDataset;
  mentions: Mention[];
}

export function startOverlay(ctx: ContentScriptContext): void {
  const highlighter = supportsHighlightApi() ? createHighlighter(document) : null;
  const cardHost = createCardHost(document, cardCss);
  let state: PageCast = { state: 'working' };
  let analysis: Analysis | null = null;
  let enabled = false;

  const hover = createHoverIntent<number>({
    timers: { set: (callback, ms) => ctx.setTimeout(callback, ms), clear: (id) => clearTimeout(id) },
    same: (a, b) => a === b,
    open: openCard,
    close: () => cardHost.destroy(),
  });

  async function analyze(): Promise<void> {
    state = { state: 'working' };
    const article = extractArticle(document, { isHidden: (element) => !element.checkVisibility() });
    if (!article) {
      state = { state: 'no-article' };
      return;
    }
    const text = article.map.text.slice(0, MAX_ARTICLE_CHARS);
    const reply = (await browser.runtime.sendMessage({
      type: 'analyze-article',
      article: { url: location.href, title: article.title, lang: article.lang, text },
    })) as AnalyzeArticleReply | undefined;
    if (!reply || !reply.ok) {
      state = { state: 'error', error: reply ? reply.error : 'The extension did not answer.' };
      return;
    }
    const mentions = [...reply.dataset.mentions].sort((a, b) => a.start - b.start);
    analysis = { article, dataset: reply.dataset, mentions };
    state = { state: 'ready', dataset: reply.dataset };
  }

  function showHighlights(): void {
    if (!analysis || !highlighter) return;
    const ranges: Range[] = [];
    for (const mention of analysis.mentions) {
      const range = rangeFor(analysis.article.map, mention.start, mention.end, document);
      if (range) ranges.push(range);
    }
    highlighter.show(ranges);
  }

  function openCard(index: number): void {
    if (!analysis) return;
    const mention = analysis.mentions[index];
    const actor = mention && analysis.dataset.actors.find((candidate) => candidate.id === mention.actorId);
    const range = mention && rangeFor(analysis.article.map, mention.start, mention.end, document);
    if (!mention || !actor || !range) return;
    const firstMention = analysis.mentions.find((candidate) => candidate.actorId === actor.id) ?? mention;
    cardHost.render(
      h(Backgrounder, {
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        ...(actor.expansion ? { expansion: actor.expansion } : {}),
        descriptors: actor.descriptors,
        firstSentence: sentenceAround(analysis.article.map.text, firstMention.start).text,
        mentions: actor.mentions,
        onClose: () => hover.dismiss(),
      }),
    );
    const card = cardHost.element;
    if (!card) return;
    const anchor = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const size = card.getBoundingClientRect();
    const position = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
    card.style.left = `${position.left}px`;
    card.style.top = `${position.top}px`;
  }

  /** The mention under the pointer, verified against the rendered text. */
  function mentionAtPoint(x: number, y: number): number | null {
    if (!analysis) return null;
    const caret = caretAt(document, x, y);
    const offset = caret && offsetOf(analysis.article.map, caret.node, caret.offset);
    if (offset === null || offset === undefined) return null;
    const index = mentionIndexAt(analysis.mentions, offset);
    const mention = analysis.mentions[index];
    if (!mention) return null;
    const range = rangeFor(analysis.article.map, mention.start, mention.end, document);
    return range && rangeContainsPoint(range, x, y) ? index : null;
  }

  let pendingPointer: PointerEvent | null = null;
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    if (!enabled || !analysis) return;
    // One hit-test per frame, however fast the pointer moves.
    if (pendingPointer === null) {
      ctx.requestAnimationFrame(() => {
        const latest = pendingPointer;
        pendingPointer = null;
        if (!latest) return;
        const onCard = latest.composedPath().includes(cardHost.host);
        hover.pointerOnCard(onCard);
        if (!onCard) hover.pointerOver(mentionAtPoint(latest.clientX, latest.clientY));
      });
    }
    pendingPointer = event;
  }, { passive: true });
  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape' && hover.current !== null) hover.dismiss();
  });

  async function apply(settings: Settings): Promise<void> {
    enabled = isActiveOn(settings, location.hostname);
    if (!enabled) {
      hover.dismiss();
      highlighter?.clear();
      state = { state: 'disabled' };
      return;
    }
    if (!analysis) await analyze();
    if (analysis) state = { state: 'ready', dataset: analysis.dataset };
    showHighlights();
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseContentRequest(message);
    if (request?.type === 'get-page-cast') return Promise.resolve(state);
    if (request?.type === 'get-page-site') return Promise.resolve({ hostname: location.hostname });
    if (request?.type === 'show-actor') return Promise.resolve(showActor(request.actorId));
    return undefined;
  });
  /** The popup's "show this actor": scroll to its first mention and open its card. */
  function showActor(actorId: string): ShowActorReply {
    const index = enabled && analysis ? analysis.mentions.findIndex((mention) => mention.actorId === actorId) : -1;
    const mention = analysis?.mentions[index];
    const range = analysis && mention && rangeFor(analysis.article.map, mention.start, mention.end, document);
    if (!range) return { ok: false, error: 'not-found' };
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    hover.openNow(index);
    return { ok: true };
  }

  const unwatch = watchSettings((settings) => void apply(settings).catch(reportError));
  ctx.onInvalidated(() => {
    unwatch();
    hover.dismiss();
    highlighter?.clear();
    cardHost.destroy();
  });
  void loadSettings().then(apply).catch(reportError);

  function reportError(error: unknown): void {
    state = { state: 'error', error: error instanceof Error ? error.message : String(error) };
    console.warn('[Dramatis]', error);
  }
}
