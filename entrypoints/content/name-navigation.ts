// Moving through the names of the page: a card opens on hover (after the reader's delay), a tap,
// the keyboard's next/previous-name command or the popup's "show"; jump-to-mention marks the
// text a descriptor points at and keeps the card beside its actor.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '../../lib/messages/ask-background';
import type { CardFrame } from '../../lib/card/card-frame';
import type { CardFrameEvent } from '../../lib/messages/card-messages';
import type { Evidence } from '../../lib/engine/types';
import { mentionIndexAt } from '../../lib/page/find-mention';
import { caretAt, rangeContainsPoint } from '../../lib/page/hit-test';
import { createHoverIntent } from '../../lib/page/hover-intent';
import { stepThrough, type Direction } from '../../lib/page/reading-order';
import { offsetOf, rangeFor } from '../../lib/page/text-map';
import type { ShowActorReply } from '../../lib/messages/protocol';
import { createCardController } from '../../lib/card/card-controller';
import { nearestMention, sameStart, scrollRangeIntoView, type PageAnalysis } from './page-analysis';
import type { PageReader } from './page-reader';
import { listenToPointer, type OpenHow } from './pointer-input';

/** ms a "jump to" mark stays on the text it points at. */
const JUMP_MARK_MS = 2_000;

export interface NameNavigation {
  /** After a re-read (more paragraphs loaded), an open card stays open if its name is still there. */
  keepOpenCard(next: PageAnalysis): void;
  dismiss(): void;
  step(direction: Direction): void;
  /** The popup's "show this actor": scroll to its first shown mention and open its card. */
  showActor(actorId: string): ShowActorReply;
  handleCardEvent(event: CardFrameEvent): void;
}

export function createNameNavigation(ctx: ContentScriptContext, reader: PageReader, cardFrame: CardFrame): NameNavigation {
  /** The mention whose card the keyboard opened (for next/previous). */
  let stepped: number | null = null;
  /** How the next card opens (hover passes the pointer; keyboard takes focus). */
  let pendingOpen: OpenHow = { takeFocus: false };

  const card = createCardController({
    frame: cardFrame,
    onClose: () => hover.dismiss(),
    onJump: jumpTo,
    onNameHidden: () => {
      hover.dismiss();
      reader.reanalyse();
    },
    onAnchorGone: () => hover.dismiss(),
    reintroduce: async () => {
      const analysis = reader.analysis;
      if (analysis) await askBackground({ type: 'analyze-article', article: analysis.request });
    },
  });
  const hover = createHoverIntent<number>({
    timers: { set: (callback, ms) => ctx.setTimeout(callback, ms), clear: (id) => clearTimeout(id) },
    dwellMs: () => reader.settings.hoverDelayMs,
    same: (a, b) => a === b,
    open: (index) => openCard(index, pendingOpen),
    close: () => {
      stepped = null;
      card.close();
    },
  });

  function openCard(index: number, how: OpenHow): void {
    pendingOpen = { takeFocus: false };
    const analysis = reader.analysis;
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
    const range = reader.analysis?.ranges[index];
    if (!range) return false;
    scrollRangeIntoView(range);
    pendingOpen = { takeFocus };
    hover.openNow(index);
    stepped = index;
    return true;
  }

  /** The first shown mention at or below the top of the viewport (where reading is). */
  function firstIndexInView(analysis: PageAnalysis): number {
    for (const index of reader.shown) {
      const rect = analysis.ranges[index]?.getBoundingClientRect();
      if (rect && rect.bottom >= 0) return index;
    }
    return reader.shown[0] ?? 0;
  }

  function jumpTo(evidence: Evidence): void {
    const { analysis, highlighter } = reader;
    if (!analysis || !highlighter) return;
    const range = rangeFor(analysis.article.map, evidence.start, evidence.end, document);
    if (!range) return;
    scrollRangeIntoView(range);
    highlighter.focus(range);
    reader.discardPendingChanges();
    // Keep the card beside its actor: the mention nearest the text jumped to.
    const near = nearestMention(analysis, card.actorId, evidence.start);
    const anchor = near === null ? null : analysis.ranges[near];
    if (anchor) card.reanchor(anchor);
    else card.reposition();
    ctx.setTimeout(() => {
      reader.highlighter?.focus(null);
      reader.discardPendingChanges();
    }, JUMP_MARK_MS);
  }

  /** The mention under the pointer, verified against the rendered text. */
  function mentionAtPoint(x: number, y: number): number | null {
    const { analysis, highlighter, shown } = reader;
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

  const pointer = listenToPointer(ctx, {
    cardFrame,
    card,
    hover,
    isActive: () => reader.enabled && reader.analysis !== null,
    mentionAtPoint,
    openNext: (how) => {
      pendingOpen = how;
    },
  });

  return {
    keepOpenCard(next) {
      const open = card.range;
      const index = open && card.actorId ? next.ranges.findIndex((range, i) => range !== null && next.mentions[i]!.actorId === card.actorId && sameStart(range, open)) : -1;
      if (index >= 0 && !reader.highlighter?.mutatesDom) hover.retarget(index);
      else {
        hover.dismiss();
        pointer.recheck();
      }
    },
    dismiss: () => hover.dismiss(),
    step(direction) {
      const analysis = reader.analysis;
      if (!reader.enabled || !analysis) return;
      const current = stepped !== null && hover.current === stepped ? stepped : null;
      const next = stepThrough(reader.shown, current, direction, firstIndexInView(analysis));
      if (next >= 0) showMention(next, true);
    },
    showActor(actorId) {
      const analysis = reader.analysis;
      const index = reader.enabled && analysis ? reader.shown.find((i) => analysis.mentions[i]!.actorId === actorId) : undefined;
      return index !== undefined && showMention(index, false) ? { ok: true } : { ok: false, error: 'not-found' };
    },
    handleCardEvent: (event) => card.handleEvent(event),
  };
}
