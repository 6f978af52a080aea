// Hover intent: open a card only when the pointer rests on a name, keep it open while the
// pointer travels onto the card, close it shortly after the pointer leaves both.

/** ms the pointer must rest on a name before its card opens (no cards on a fly-over). */
export const HOVER_DWELL_MS = 350;
/** ms after leaving the name or card before the card closes: lets the pointer cross the gap. */
export const CLOSE_GRACE_MS = 300;

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

export interface HoverIntentOptions<T> {
  timers: Timers;
  /** A number, or a getter so a settings change applies to the next hover. */
  dwellMs?: number | (() => number);
  graceMs?: number;
  same(a: T, b: T): boolean;
  open(target: T): void;
  close(): void;
}

export interface HoverIntent<T> {
  /** The pointer is now over `target` (a name), or over no name at all. */
  pointerOver(target: T | null): void;
  /** The pointer entered or left the open card. */
  pointerOnCard(inside: boolean): void;
  /** Close now (Escape, page change). */
  dismiss(): void;
  /** Open `target`'s card now, without dwell (the popup's "show this actor"). */
  openNow(target: T): void;
  /** The open card's target is now known by another value (the page was re-read): no events. */
  retarget(target: T): void;
  /** The target whose card is open, if any. */
  readonly current: T | null;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const dwell = options.dwellMs ?? HOVER_DWELL_MS;
  const dwellMs = () => (typeof dwell === 'function' ? dwell() : dwell);
  const graceMs = options.graceMs ?? CLOSE_GRACE_MS;
  let openTarget: T | null = null;
  let pendingTarget: T | null = null;
  let openTimer: number | null = null;
  let closeTimer: number | null = null;
  let onCard = false;

  const cancelOpen = () => {
    if (openTimer !== null) options.timers.clear(openTimer);
    openTimer = null;
    pendingTarget = null;
  };
  const cancelClose = () => {
    if (closeTimer !== null) options.timers.clear(closeTimer);
    closeTimer = null;
  };
  /** Closes the open card; a card pending for another name still opens on time. */
  const closeCard = () => {
    cancelClose();
    onCard = false;
    if (openTarget !== null) {
      openTarget = null;
      options.close();
    }
  };
  const closeNow = () => {
    cancelOpen();
    closeCard();
  };
  const scheduleClose = () => {
    if (openTarget === null || closeTimer !== null) return;
    closeTimer = options.timers.set(closeCard, graceMs);
  };

  return {
    pointerOver(target) {
      if (target === null) {
        cancelOpen();
        if (!onCard) scheduleClose();
        return;
      }
      if (openTarget !== null && options.same(openTarget, target)) {
        cancelOpen();
        cancelClose();
        return;
      }
      if (pendingTarget !== null && options.same(pendingTarget, target)) return;
      cancelOpen();
      scheduleClose();
      pendingTarget = target;
      openTimer = options.timers.set(() => {
        openTimer = null;
        pendingTarget = null;
        if (openTarget !== null) closeCard();
        openTarget = target;
        options.open(target);
      }, dwellMs());
    },
    pointerOnCard(inside) {
      onCard = inside;
      if (inside) {
        cancelOpen();
        cancelClose();
      } else {
        scheduleClose();
      }
    },
    dismiss: closeNow,
    openNow(target) {
      closeNow();
      openTarget = target;
      options.open(target);
    },
    retarget(target) {
      if (openTarget !== null) openTarget = target;
    },
    get current() {
      return openTarget;
    },
  };
}
