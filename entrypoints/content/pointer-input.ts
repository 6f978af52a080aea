// How the reader reaches a card by pointer, touch and keys: the mouse hovering a name (one
// hit-test per frame, however fast it moves), a tap on a name or elsewhere, Escape to close, and
// keeping the open card beside its name while the page scrolls or resizes.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardHost } from '../../lib/page/card-host';
import type { HoverIntent } from '../../lib/page/hover-intent';
import type { CardController } from './card';

/** How the next card opens: where the pointer was (picks the line of a wrapped name). */
export interface OpenHow {
  pointer?: { x: number; y: number };
  takeFocus: boolean;
}

export interface PointerInputOptions {
  cardHost: CardHost;
  card: CardController;
  hover: HoverIntent<number>;
  /** The overlay is on and has mentions to hit. */
  isActive(): boolean;
  /** The mention under a viewport point, or null. */
  mentionAtPoint(x: number, y: number): number | null;
  /** Says how the card about to open should open. */
  openNext(how: OpenHow): void;
}

export function listenToPointer(ctx: ContentScriptContext, options: PointerInputOptions): void {
  const { cardHost, card, hover, isActive, mentionAtPoint, openNext } = options;

  /** The latest pointer position (and whether it was on the card) waiting for the next frame. */
  let pendingPointer: { x: number; y: number; onCard: boolean } | null = null;
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    if (!isActive() || event.pointerType === 'touch') return;
    // One hit-test per frame, however fast the pointer moves.
    if (pendingPointer === null) {
      ctx.requestAnimationFrame(() => {
        const latest = pendingPointer;
        pendingPointer = null;
        if (!latest) return;
        hover.pointerOnCard(latest.onCard);
        if (latest.onCard) return;
        const index = mentionAtPoint(latest.x, latest.y);
        if (index !== null && hover.current !== index) openNext({ pointer: { x: latest.x, y: latest.y }, takeFocus: false });
        hover.pointerOver(index);
      });
    }
    // composedPath() is empty once dispatch is over: ask "on the card?" now, not in the frame.
    pendingPointer = { x: event.clientX, y: event.clientY, onCard: event.composedPath().includes(cardHost.host) };
  }, { passive: true });

  // Touch: a tap on a name opens its card at once; a tap elsewhere closes it.
  ctx.addEventListener(document, 'pointerup', (event: PointerEvent) => {
    if (!isActive() || event.pointerType === 'mouse') return;
    if (event.composedPath().includes(cardHost.host)) return;
    const index = mentionAtPoint(event.clientX, event.clientY);
    if (index === null) {
      if (card.isOpen) hover.dismiss();
      return;
    }
    openNext({ pointer: { x: event.clientX, y: event.clientY }, takeFocus: false });
    hover.openNow(index);
  }, { passive: true });

  ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !card.isOpen) return;
    hover.dismiss();
    event.stopPropagation();
  }, { capture: true });

  let repositionPending = false;
  const repositionSoon = (): void => {
    if (!card.isOpen || repositionPending) return;
    repositionPending = true;
    ctx.requestAnimationFrame(() => {
      repositionPending = false;
      card.reposition();
    });
  };
  ctx.addEventListener(window, 'scroll', repositionSoon, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', repositionSoon, { passive: true });
}
