// Where the card lives in a page: one host element with a *closed* shadow root made by the
// content script, holding an extension-origin frame (card.html) that draws the card. The page
// cannot reach into the closed root from its own scripts, nor into the frame (another origin):
// whatever the card shows — including what earlier articles said and the reader's glossary
// notes — stays out of the page's reach. The frame's URL carries a random token so that only
// this frame is given the card (lib/card/card-relay.ts).

export const HOST_TAG = 'dramatis-overlay';
/** The frame's page, as built by WXT from entrypoints/card/. */
export const CARD_PAGE = '/card.html';
/** Room the card's shadow takes around it inside the frame (the card's margin in Backgrounder.css). */
export const CARD_SHADOW_ROOM = 8;
/** The frame's size before the card reports its own: the card's largest (360 × 420) and its shadow. */
const FIRST_SIZE = { width: 360 + 2 * CARD_SHADOW_ROOM, height: 420 + 2 * CARD_SHADOW_ROOM };

export interface CardFrame {
  /** The host element in the page (all the page can see: a zero-size element). */
  readonly host: HTMLElement;
  readonly token: string;
  /** Places the frame's top-left corner and size in viewport pixels, and shows it. */
  show(position: { left: number; top: number; width: number; height: number }): void;
  /** Puts the (hidden) frame in the page so it loads before the first card is asked for. */
  prepare(): void;
  /** Hides the frame; it stays loaded for the next card. */
  hide(): void;
  /** Moves keyboard focus into the frame. */
  focus(): void;
  /** True when focus is in the frame. */
  hasFocus(): boolean;
  /** Calls back when the pointer enters (true) or leaves (false) the card. Trusted events only. */
  onPointerInside(listener: (inside: boolean) => void): void;
  destroy(): void;
}

export interface CardFrameOptions {
  /** The extension URL of a path (browser.runtime.getURL). */
  extensionUrl(path: string): string;
  /** The frame's accessible name. */
  title: string;
}

/** Sets inline style through the CSSOM, which a strict Content-Security-Policy allows. */
function setStyle(element: HTMLElement, css: string): void {
  element.style.cssText = css;
}

export function createCardFrame(document: Document, options: CardFrameOptions): CardFrame {
  const token = crypto.randomUUID();
  const host = document.createElement(HOST_TAG);
  // Out of the page's flow: the host never shifts layout or takes clicks outside the card.
  setStyle(host, 'all:initial;position:fixed;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;z-index:2147483647;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.title = options.title;
  frame.setAttribute('allowtransparency', 'true');
  frame.tabIndex = -1;
  const hidden = `position:fixed;left:0;top:0;width:${FIRST_SIZE.width}px;height:${FIRST_SIZE.height}px;border:0;margin:0;padding:0;background:transparent;color-scheme:normal;visibility:hidden;`;
  setStyle(frame, hidden);
  frame.src = `${options.extensionUrl(CARD_PAGE)}#${token}`;
  shadow.append(frame);
  const listeners: Array<(inside: boolean) => void> = [];
  const pointer = (inside: boolean) => (event: PointerEvent) => {
    if (event.isTrusted) for (const listener of listeners) listener(inside);
  };
  frame.addEventListener('pointerenter', pointer(true));
  frame.addEventListener('pointerleave', pointer(false));

  // Attached on first use, and again if the page removed it (its frame then loads anew).
  const attach = () => {
    if (!host.isConnected) document.documentElement.append(host);
  };

  return {
    host,
    token,
    show({ left, top, width, height }) {
      attach();
      setStyle(frame, `position:fixed;left:${left}px;top:${top}px;width:${width}px;height:${height}px;border:0;margin:0;padding:0;background:transparent;color-scheme:normal;visibility:visible;`);
      frame.tabIndex = 0;
    },
    prepare: attach,
    hide() {
      attach();
      setStyle(frame, hidden);
      frame.tabIndex = -1;
    },
    focus() {
      frame.focus({ preventScroll: true });
    },
    hasFocus() {
      return shadow.activeElement === frame;
    },
    onPointerInside(listener) {
      listeners.push(listener);
    },
    destroy() {
      host.remove();
    },
  };
}
