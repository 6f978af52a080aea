// How the reader reaches a card by pointer, touch and keys: the mouse hovering a name (one
// hit-test per frame, however fast it moves), a tap on a name or elsewhere, Escape to close, and
// keeping the open card beside its name while the page scrolls or resizes. Only trusted input
// counts: a page's synthetic events open nothing and cost nothing.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardFrame } from '../../lib/card/card-frame';
import type { HoverIntent } from '../../lib/page/hover-intent';
import type { CardController } from '../../lib/card/card-controller';

/** How the next card opens: where the pointer was (picks the line of a wrapped name). */
export interface OpenHow {
  pointer?: { x: number; y: number };
  takeFocus: boolean;
}

export interface PointerInputOptions {
  cardFrame: CardFrame;
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
  const { cardFrame, card, hover, isActive, mentionAtPoint, openNext } = options;

  // Over the card the pointer is in the card's frame, where the page's events do not go.
  cardFrame.onPointerInside((inside) => hover.pointerOnCard(inside));

  /** The latest pointer position waiting for the next frame. */
  let pendingPointer: { x: number; y: number } | null = null;
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    if (!event.isTrusted || !isActive() || event.pointerType === 'touch') return;
    // One hit-test per frame, however fast the pointer moves.
    if (pendingPointer === null) {
      ctx.requestAnimationFrame(() => {
        const latest = pendingPointer;
        pendingPointer = null;
        if (!latest) return;
        const index = mentionAtPoint(latest.x, latest.y);
        if (index !== null && hover.current !== index) openNext({ pointer: { x: latest.x, y: latest.y }, takeFocus: false });
        hover.pointerOver(index);
      });
    }
    pendingPointer = { x: event.clientX, y: event.clientY };
  }, { passive: true });

  // Touch: a tap on a name opens its card at once; a tap elsewhere closes it.
  ctx.addEventListener(document, 'pointerup', (event: PointerEvent) => {
    if (!event.isTrusted || !isActive() || event.pointerType === 'mouse') return;
    const index = mentionAtPoint(event.clientX, event.clientY);
    if (index === null) {
      if (card.isOpen) hover.dismiss();
      return;
    }
    openNext({ pointer: { x: event.clientX, y: event.clientY }, takeFocus: false });
    hover.openNow(index);
  }, { passive: true });

  ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape' || !card.isOpen) return;
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
