// The overlay on one page, as a composition of named steps: extract the article (in time
// slices) → have the background analyse it → build the mentions' ranges (in slices) →
// highlight → open a card on hover, tap or keyboard. Re-reads the page when it changes
// (debounced) or navigates (single-page apps), and follows the settings live.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleDataset, Evidence } from '../../lib/engine/types';
import { createCardFrame } from '../../lib/card/card-frame';
import { parseCardEvent } from '../../lib/card/card-messages';
import { debugMark, MARK_ANSWERED, MARK_EXTRACTED, MARK_HIGHLIGHTED, MARK_START } from '../../lib/page/debug-marks';
import { extractArticleSteps } from '../../lib/page/extract-article';
import { mentionIndexAt } from '../../lib/page/find-mention';
import { createHighlighter, MARK_TAG, type Highlighter } from '../../lib/page/highlighter';
import { caretAt, rangeContainsPoint } from '../../lib/page/hit-test';
import { createHoverIntent } from '../../lib/page/hover-intent';
import { mentionRangeSteps } from '../../lib/page/mention-ranges';
import { isOnDarkBackground } from '../../lib/page/page-theme';
import { watchPage } from '../../lib/page/page-watch';
import { stepThrough, type Direction } from '../../lib/page/reading-order';
import { offsetOf, rangeFor } from '../../lib/page/text-map';
import { Cancelled, runInSlices } from '../../lib/page/time-slice';
import { askBackground } from '../../lib/ask-background';
import { t } from '../../lib/i18n';
import { MAX_ARTICLE_CHARS, parseContentRequest, type PageCast, type ShowActorReply } from '../../lib/protocol';
import { articleIdentity, declaredCanonicals } from '../../lib/tabs/article-identity';
import { DEFAULT_SETTINGS, isActiveOn, loadSettings, watchSettings, type Settings } from '../../lib/settings';
import { createCardController } from './card';
import { nearestMention, sameNodes, sameStart, scrollRangeIntoView, type PageAnalysis } from './page-analysis';
import { listenToPointer, type OpenHow } from './pointer-input';

/** ms a "jump to" mark stays on the text it points at. */
const JUMP_MARK_MS = 2_000;

export function startOverlay(ctx: ContentScriptContext): void {
  debugMark(MARK_START);
  const cardFrame = createCardFrame(document, { extensionUrl: (path) => browser.runtime.getURL(path as '/card.html'), title: t('cardFrameTitle') });
  let settings: Settings = DEFAULT_SETTINGS;
  let highlighter: Highlighter | null = null;
  let analysis: PageAnalysis | null = null;
  let state: PageCast = { state: 'working' };
  let enabled = false;
  /** Mention indexes shown with the current kinds filter, in reading order. */
  let shown: number[] = [];
  let run: AbortController | null = null;
  /** The mention whose card the keyboard opened (for next/previous). */
  let stepped: number | null = null;

  const card = createCardController({
    frame: cardFrame,
    onClose: () => hover.dismiss(),
    onJump: jumpTo,
    onAnchorGone: () => hover.dismiss(),
    reintroduce: async () => {
      if (analysis) await askBackground({ type: 'analyze-article', article: analysis.request });
    },
  });
  const hover = createHoverIntent<number>({
    timers: { set: (callback, ms) => ctx.setTimeout(callback, ms), clear: (id) => clearTimeout(id) },
    dwellMs: () => settings.hoverDelayMs,
    same: (a, b) => a === b,
    open: (index) => openCard(index, pendingOpen),
    close: () => {
      stepped = null;
      card.close();
    },
  });
  /** How the next card opens (hover passes the pointer; keyboard takes focus). */
  let pendingOpen: OpenHow = { takeFocus: false };

  // ── Reading the page ────────────────────────────────────────────────────────────────
  async function readPage(): Promise<void> {
    run?.abort();
    const controller = new AbortController();
    run = controller;
    const signal = controller.signal;
    if (highlighter?.mutatesDom) {
      // The fallback's marks split text nodes: put the page's text back before reading it again.
      highlighter.clear();
      watcher.discardPending();
    }
    try {
      const article = await runInSlices(
        extractArticleSteps(document, { isHidden: (element) => typeof element.checkVisibility === 'function' && !element.checkVisibility() }),
        { signal },
      );
      debugMark(MARK_EXTRACTED);
      if (!article) {
        clearHighlights();
        analysis = null;
        state = { state: 'no-article' };
        return;
      }
      const url = location.href;
      const text = article.map.text.slice(0, MAX_ARTICLE_CHARS);
      let dataset: ArticleDataset;
      const identity = articleIdentity(url, declaredCanonicals(document));
      if (identity === null) return;
      const request = { url: identity, title: article.title, lang: article.lang, text };
      if (analysis && analysis.url === url && analysis.article.map.text === article.map.text) {
        // Same text in the same nodes: the change was not to the article (a class, a widget).
        if (!highlighter?.mutatesDom && sameNodes(analysis.article, article) && analysis.ranges.every((range) => !range || range.startContainer.isConnected)) return;
        dataset = analysis.dataset; // Same text: only the nodes may have changed.
      } else {
        if (!analysis || analysis.url !== url) state = { state: 'working' };
        const reply = await askBackground({ type: 'analyze-article', article: request });
        if (signal.aborted) return;
        if (!reply.ok) {
          state = { state: 'error', error: reply.error };
          return;
        }
        dataset = reply.dataset;
      }
      debugMark(MARK_ANSWERED);
      const mentions = [...dataset.mentions].sort((a, b) => a.start - b.start);
      const ranges = await runInSlices(mentionRangeSteps(article.map, mentions, document), { signal });
      analysis = { url, request, article, dataset, mentions, actors: new Map(dataset.actors.map((actor) => [actor.id, actor])), ranges };
      keepOpenCard(analysis);
      state = { state: 'ready', dataset };
      showHighlights();
    } catch (error) {
      if (error instanceof Cancelled) return;
      throw error;
    } finally {
      if (run === controller) run = null;
    }
  }

  function showHighlights(): void {
    if (!analysis || !enabled) return;
    highlighter ??= createHighlighter(document, settings.highlightStyle);
    const kinds = settings.kinds;
    shown = [];
    const ranges: Range[] = [];
    analysis.mentions.forEach((mention, index) => {
      const range = analysis!.ranges[index];
      const actor = analysis!.actors.get(mention.actorId);
      if (!range || !actor || !kinds[actor.kind]) return;
      shown.push(index);
      ranges.push(range);
    });
    highlighter.setStyle(settings.highlightStyle);
    if (analysis.article.shadowRoot) highlighter.addScope(analysis.article.shadowRoot);
    const sample = analysis.article.roots[analysis.article.roots.length - 1];
    if (sample) highlighter.setDark(isOnDarkBackground(sample, window));
    highlighter.show(ranges);
    // The card's frame loads while the reader reads, so the first card opens without waiting for it.
    if (ranges.length > 0) cardFrame.prepare();
    watcher.discardPending();
    debugMark(MARK_HIGHLIGHTED, { highlights: ranges.length });
  }

  /** After a re-read (more paragraphs loaded), an open card stays open if its name is still there. */
  function keepOpenCard(next: PageAnalysis): void {
    const open = card.range;
    const index = open && card.actorId ? next.ranges.findIndex((range, i) => range !== null && next.mentions[i]!.actorId === card.actorId && sameStart(range, open)) : -1;
    if (index >= 0 && !highlighter?.mutatesDom) hover.retarget(index);
    else hover.dismiss();
  }

  function clearHighlights(): void {
    hover.dismiss();
    highlighter?.clear();
    watcher.discardPending();
    shown = [];
  }

  // ── Cards ───────────────────────────────────────────────────────────────────────────
  function openCard(index: number, how: OpenHow): void {
    pendingOpen = { takeFocus: false };
    if (!analysis) return;
    const mention = analysis.mentions[index];
    const actor = mention && analysis.actors.get(mention.actorId);
    const range = analysis.ranges[index];
    if (!mention || !actor || !range) return;
    const first = analysis.mentions.find((candidate) => candidate.actorId === actor.id) ?? mention;
    card.open({ actor, url: analysis.dataset.url, range, articleText: analysis.article.map.text, firstMentionStart: first.start, ...how });
  }

  /** Opens a mention's card as the keyboard or the popup asks: scrolled into view, focus inside. */
  function showMention(index: number, takeFocus: boolean): boolean {
    const range = analysis?.ranges[index];
    if (!range) return false;
    scrollRangeIntoView(range);
    pendingOpen = { takeFocus };
    hover.openNow(index);
    stepped = index;
    return true;
  }

  function step(direction: Direction): void {
    if (!enabled || !analysis) return;
    const current = stepped !== null && hover.current === stepped ? stepped : null;
    const next = stepThrough(shown, current, direction, firstIndexInView());
    if (next >= 0) showMention(next, true);
  }

  /** The first shown mention at or below the top of the viewport (where reading is). */
  function firstIndexInView(): number {
    if (!analysis) return 0;
    for (const index of shown) {
      const rect = analysis.ranges[index]?.getBoundingClientRect();
      if (rect && rect.bottom >= 0) return index;
    }
    return shown[0] ?? 0;
  }

  function jumpTo(evidence: Evidence): void {
    if (!analysis || !highlighter) return;
    const range = rangeFor(analysis.article.map, evidence.start, evidence.end, document);
    if (!range) return;
    scrollRangeIntoView(range);
    highlighter.focus(range);
    watcher.discardPending();
    // Keep the card beside its actor: the mention nearest the text jumped to.
    const near = nearestMention(analysis, card.actorId, evidence.start);
    const anchor = near === null ? null : analysis.ranges[near];
    if (anchor) card.reanchor(anchor);
    else card.reposition();
    ctx.setTimeout(() => {
      highlighter?.focus(null);
      watcher.discardPending();
    }, JUMP_MARK_MS);
  }

  /** The mention under the pointer, verified against the rendered text. */
  function mentionAtPoint(x: number, y: number): number | null {
    if (!analysis || !highlighter) return null;
    const shadowRoot = analysis.article.shadowRoot;
    const caret = caretAt(document, x, y, shadowRoot ? [shadowRoot] : []);
    if (!caret) return null;
    let index: number;
    if (highlighter.mutatesDom) {
      const position = highlighter.markIndexOf(caret.node);
      index = position === null ? -1 : (shown[position] ?? -1);
    } else {
      const offset = offsetOf(analysis.article.map, caret.node, caret.offset);
      index = offset === null ? -1 : mentionIndexAt(analysis.mentions, offset);
    }
    const range = analysis.ranges[index];
    if (!range || !shown.includes(index)) return null;
    return rangeContainsPoint(range, x, y) ? index : null;
  }

  // ── Pointer, touch and keys ─────────────────────────────────────────────────────────
  listenToPointer(ctx, {
    cardFrame,
    card,
    hover,
    isActive: () => enabled && analysis !== null,
    mentionAtPoint,
    openNext: (how) => { pendingOpen = how; },
  });

  // ── Dynamic pages ───────────────────────────────────────────────────────────────────
  let rereadQueued = false;
  const reread = () => {
    if (!enabled) return;
    if (run) {
      rereadQueued = true;
      return;
    }
    void readPage()
      .catch(reportError)
      .finally(() => {
        if (rereadQueued) {
          rereadQueued = false;
          reread();
        }
      });
  };
  const watcher = watchPage(document, {
    isOurs: (node) => node === cardFrame.host || (node.nodeType === 1 && (node as Element).tagName.toLowerCase() === MARK_TAG) || node.parentElement?.tagName.toLowerCase() === MARK_TAG,
    isArticleText: (node) => analysis?.article.map.startOf.has(node as Text) ?? false,
    onChange: reread,
    timers: { set: (callback, ms) => ctx.setTimeout(callback, ms), clear: (id) => clearTimeout(id), now: () => performance.now() },
  });

  /** Single-page apps: a new URL is a new article; old highlights go at once. */
  let lastUrl = location.href;
  const onLocationChange = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    run?.abort();
    clearHighlights();
    analysis = null;
    state = { state: 'working' };
    reread();
  };
  ctx.addEventListener(window, 'wxt:locationchange', onLocationChange);
  ctx.addEventListener(window, 'popstate', onLocationChange);

  // ── Settings and messages ───────────────────────────────────────────────────────────
  async function apply(next: Settings): Promise<void> {
    settings = next;
    enabled = isActiveOn(settings, location.hostname);
    if (!enabled) {
      run?.abort();
      clearHighlights();
      state = { state: 'disabled' };
      return;
    }
    if (analysis) {
      state = { state: 'ready', dataset: analysis.dataset };
      showHighlights();
    } else {
      reread();
    }
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    const cardEvent = parseCardEvent(message);
    if (cardEvent) {
      card.handleEvent(cardEvent.event);
      return undefined;
    }
    const request = parseContentRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'get-page-cast':
        return Promise.resolve(state);
      case 'get-page-site':
        return Promise.resolve({ hostname: location.hostname });
      case 'show-actor':
        return Promise.resolve(showActor(request.actorId));
      case 'step-name':
        step(request.direction);
        return Promise.resolve({ ok: true });
      case 'glossary-changed':
        // The reader's glossary is part of what the background returns: read the page again.
        if (analysis) analysis = { ...analysis, url: '' };
        reread();
        return undefined;
    }
  });

  /** The popup's "show this actor": scroll to its first shown mention and open its card. */
  function showActor(actorId: string): ShowActorReply {
    const index = enabled && analysis ? shown.find((i) => analysis!.mentions[i]!.actorId === actorId) : undefined;
    return index !== undefined && showMention(index, false) ? { ok: true } : { ok: false, error: 'not-found' };
  }

  const unwatch = watchSettings((changed) => void apply(changed).catch(reportError));
  ctx.onInvalidated(() => {
    unwatch();
    run?.abort();
    watcher.stop();
    clearHighlights();
    cardFrame.destroy();
  });
  void loadSettings().then(apply).catch(reportError);

  function reportError(error: unknown): void {
    state = { state: 'error', error: error instanceof Error ? error.message : String(error) };
    console.warn('[Dramatis]', error);
  }
}
