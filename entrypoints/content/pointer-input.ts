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

/** What the page asks of the pointer input after it was read again. */
export interface PointerInput {
  /** Hit-test again where the mouse rests: a re-read cancels a card waiting to open, and the
   *  reader, still resting on the name, must not have to move to get it. */
  recheck(): void;
}

export function listenToPointer(ctx: ContentScriptContext, options: PointerInputOptions): PointerInput {
  const { cardFrame, card, hover, isActive, mentionAtPoint, openNext } = options;

  // Over the card the pointer is in the card's frame, where the page's events do not go.
  let onCard = false;
  cardFrame.onPointerInside((inside) => {
    onCard = inside;
    hover.pointerOnCard(inside);
  });

  const hitTest = (at: { x: number; y: number }): void => {
    const index = mentionAtPoint(at.x, at.y);
    if (index !== null && hover.current !== index) openNext({ pointer: { x: at.x, y: at.y }, takeFocus: false });
    hover.pointerOver(index);
  };

  /** The latest pointer position waiting for the next frame. */
  let pendingPointer: { x: number; y: number } | null = null;
  /** Where the mouse last was in the page, or null once it left the window. */
  let restingAt: { x: number; y: number } | null = null;
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    if (!event.isTrusted || !isActive() || event.pointerType === 'touch') return;
    // One hit-test per frame, however fast the pointer moves.
    if (pendingPointer === null) {
      ctx.requestAnimationFrame(() => {
        const latest = pendingPointer;
        pendingPointer = null;
        if (latest) hitTest(latest);
      });
    }
    pendingPointer = { x: event.clientX, y: event.clientY };
    restingAt = pendingPointer;
  }, { passive: true });
  ctx.addEventListener(document, 'pointerout', (event: PointerEvent) => {
    if (event.relatedTarget === null) restingAt = null;
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

  return {
    recheck() {
      // After the highlights of the new reading are shown (the next frame).
      ctx.requestAnimationFrame(() => {
        if (restingAt && !onCard && isActive() && pendingPointer === null) hitTest(restingAt);
      });
    },
  };
}
