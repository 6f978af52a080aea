// Reading the page: extract the article (in time slices) → have the background analyze it →
// build the mentions' ranges (in slices) → highlight the names the settings show. Re-reads when
// the page changes (debounced) or navigates (single-page apps), and follows the settings live.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '../../lib/messages/ask-background';
import type { ArticleDataset } from '../../lib/engine/types';
import { debugMark, MARK_ANSWERED, MARK_EXTRACTED, MARK_HIGHLIGHTED } from '../../lib/page/debug-marks';
import { extractArticleSteps } from '../../lib/page/extract-article';
import { createHighlighter, MARK_TAG, type Highlighter } from '../../lib/page/highlighter';
import { mentionRangeSteps } from '../../lib/page/mention-ranges';
import { isOnDarkBackground } from '../../lib/page/page-theme';
import { watchPage } from '../../lib/page/page-watch';
import { Cancelled, runInSlices } from '../../lib/page/time-slice';
import { MAX_ARTICLE_CHARS } from '../../lib/engine/types';
import type { PageCast } from '../../lib/messages/protocol';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../../lib/settings/settings';
import { articleIdentity, declaredCanonicals } from '../../lib/tabs/article-identity';
import { sameNodes, type PageAnalysis } from './page-analysis';

export interface PageReaderHooks {
  /** Our own element in the page (its changes are not the page's). */
  ownHost: Element;
  /** A new analysis is in place (an open card may stay, if its name is still there). */
  onAnalysis(next: PageAnalysis): void;
  /** The highlights went (switched off, no article, another page): cards go too. */
  onCleared(): void;
  /** Names are shown: a card may be asked for soon. */
  onHighlighted(): void;
}

export interface PageReader {
  readonly analysis: PageAnalysis | null;
  /** Mention indexes shown with the current kinds filter, in reading order. */
  readonly shown: readonly number[];
  readonly highlighter: Highlighter | null;
  readonly settings: Settings;
  readonly enabled: boolean;
  /** What the popup is told about the page. */
  readonly state: PageCast;
  /** New settings (from storage, live). */
  apply(next: Settings): void;
  /** The glossary changed: the background's answer for this page changes with it. */
  reanalyse(): void;
  /** Our own DOM writes are not page changes (the fallback's marks, a focus mark). */
  discardPendingChanges(): void;
  stop(): void;
}

export function createPageReader(ctx: ContentScriptContext, hooks: PageReaderHooks): PageReader {
  let settings: Settings = DEFAULT_SETTINGS;
  let enabled = false;
  let highlighter: Highlighter | null = null;
  let analysis: PageAnalysis | null = null;
  let state: PageCast = { state: 'working' };
  let shown: number[] = [];
  let run: AbortController | null = null;

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
      const identity = articleIdentity(url, declaredCanonicals(document));
      if (identity === null) return;
      const request = { url: identity, title: article.title, lang: article.lang, text: article.map.text.slice(0, MAX_ARTICLE_CHARS) };
      let dataset: ArticleDataset;
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
      hooks.onAnalysis(analysis);
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
    if (ranges.length > 0) hooks.onHighlighted();
    watcher.discardPending();
    debugMark(MARK_HIGHLIGHTED, { highlights: ranges.length });
  }

  function clearHighlights(): void {
    hooks.onCleared();
    highlighter?.clear();
    watcher.discardPending();
    shown = [];
  }

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
  const isMark = (node: Node) => node.nodeType === 1 && (node as Element).tagName.toLowerCase() === MARK_TAG;
  const watcher = watchPage(document, {
    isOurs: (node) => node === hooks.ownHost || isMark(node) || (node.parentElement !== null && isMark(node.parentElement)),
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

  function reportError(error: unknown): void {
    state = { state: 'error', error: error instanceof Error ? error.message : String(error) };
    console.warn('[Dramatis]', error);
  }

  return {
    get analysis() {
      return analysis;
    },
    get shown() {
      return shown;
    },
    get highlighter() {
      return highlighter;
    },
    get settings() {
      return settings;
    },
    get enabled() {
      return enabled;
    },
    get state() {
      return state;
    },
    apply(next) {
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
    },
    reanalyse() {
      if (analysis) analysis = { ...analysis, url: '' };
      reread();
    },
    discardPendingChanges: () => watcher.discardPending(),
    stop() {
      run?.abort();
      watcher.stop();
      clearHighlights();
    },
  };
}
