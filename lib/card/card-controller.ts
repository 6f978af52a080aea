// The open card, from the page's side: asks the background to show an actor's card in the card
// frame (lib/card/card-frame.ts), places the frame beside the name once the card reports its
// size (flipped and shifted to stay in the viewport), and moves focus in and back out when the
// reader came by keyboard. What the card shows is drawn in the frame, out of the page's reach.
import { askBackground } from '../messages/ask-background';
import { leadingDescriptorFirst } from './best-descriptor';
import { sentenceAround } from './first-sentence';
import { CARD_SHADOW_ROOM, type CardFrame } from './card-frame';
import { NOT_IN_ARTICLE, type CardFrameEvent, type CardView } from '../messages/card-messages';
import type { Actor, Evidence } from '../engine/types';
import { placeCard } from './place-card';

export interface CardRequest {
  actor: Actor;
  /** The article's identity, as the background knows it (the dataset's url). */
  url: string;
  /** Where the name is in the page. */
  range: Range;
  /** The article text, for the sentence that introduces the actor. */
  articleText: string;
  firstMentionStart: number;
  /** The pointer position when opened by hover or tap (picks the line of a wrapped name). */
  pointer?: { x: number; y: number };
  /** Opened from the keyboard: focus moves into the card and back on close. */
  takeFocus: boolean;
}

export interface CardController {
  open(request: CardRequest): void;
  /** Re-places the open card (after scroll or resize). */
  reposition(): void;
  /** Moves the open card next to another mention of the same actor. */
  reanchor(range: Range): void;
  /** What the card frame reported (relayed by the background). */
  handleEvent(event: CardFrameEvent): void;
  /** The actor whose card is open. */
  readonly actorId: string | null;
  /** Where the open card's name is in the page. */
  readonly range: Range | null;
  close(): void;
  readonly isOpen: boolean;
}

export interface CardControllerOptions {
  frame: CardFrame;
  onClose: () => void;
  onJump: (evidence: Evidence) => void;
  /** The reader hid the card's name (the background stored it): read the page again without it. */
  onNameHidden: () => void;
  /** The name scrolled out of the viewport: a card beside nothing should go. */
  onAnchorGone: () => void;
  /** Tells the background again which article this tab is reading (it forgets when it restarts). */
  reintroduce: () => Promise<void>;
}

/** The line box of the name nearest the pointer (a name may wrap over two lines). */
function anchorRect(range: Range, pointer?: { x: number; y: number }): DOMRect {
  const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
  if (rects.length === 0) return range.getBoundingClientRect();
  if (!pointer) return rects[0]!;
  const distance = (rect: DOMRect) => Math.abs(rect.top + rect.height / 2 - pointer.y);
  return rects.reduce((best, rect) => (distance(rect) < distance(best) ? rect : best));
}

/** What this article says about the actor: the card's first part. */
function viewOf(request: CardRequest): CardView {
  const { actor } = request;
  return {
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    ...(actor.expansion ? { expansion: actor.expansion } : {}),
    descriptors: leadingDescriptorFirst(actor.descriptors, actor.kind),
    quotes: actor.quotes ?? [],
    firstSentence: sentenceAround(request.articleText, request.firstMentionStart).text,
    mentions: actor.mentions,
    actorId: actor.id,
  };
}

export function createCardController(options: CardControllerOptions): CardController {
  const { frame } = options;
  let current: CardRequest | null = null;
  /** The card's size inside the frame, once it reported it (null: not drawn yet, keep hidden). */
  let size: { width: number; height: number } | null = null;
  let returnFocus: HTMLElement | null = null;
  /** Focus goes into the card once it is drawn and placed. */
  let focusWhenShown = false;

  /** Asks for the card; a background that restarted since the page was read is told the article again, once. */
  const ask = async (request: CardRequest) => {
    const message = { type: 'card-open', token: frame.token, actorId: request.actor.id, url: request.url, view: viewOf(request), takeFocus: request.takeFocus } as const;
    const reply = await askBackground(message);
    if (reply.ok || reply.error !== NOT_IN_ARTICLE) return;
    await options.reintroduce();
    if (current === request) await askBackground(message);
  };

  const reposition = () => {
    if (!current || !size) return;
    const anchor = anchorRect(current.range, current.pointer);
    if (anchor.bottom < 0 || anchor.top > window.innerHeight || (anchor.width === 0 && anchor.height === 0)) {
      options.onAnchorGone();
      return;
    }
    // The card is placed as before; the frame around it takes its shadow's room on every side.
    const card = { width: size.width - 2 * CARD_SHADOW_ROOM, height: size.height - 2 * CARD_SHADOW_ROOM };
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const position = placeCard(anchor, card, viewport);
    const height = Math.min(size.height, viewport.height);
    frame.show({ left: position.left - CARD_SHADOW_ROOM, top: position.top - CARD_SHADOW_ROOM, width: size.width, height });
    if (focusWhenShown) {
      focusWhenShown = false;
      frame.focus();
    }
  };

  return {
    open(request) {
      const wasFocused = current?.takeFocus ? returnFocus : null;
      current = request;
      size = null;
      focusWhenShown = request.takeFocus;
      frame.prepare();
      void ask(request);
      if (request.takeFocus) {
        // Keep where focus was before the first keyboard-opened card of a run of steps.
        const active = document.activeElement;
        returnFocus = wasFocused ?? (active instanceof HTMLElement && active !== frame.host ? active : null);
      }
    },
    reposition,
    reanchor(range) {
      if (!current) return;
      current = { ...current, range };
      delete current.pointer;
      reposition();
    },
    handleEvent(event) {
      if (!current) return;
      if (event.type === 'size') {
        size = { width: event.width, height: event.height };
        reposition();
      } else if (event.type === 'close') {
        options.onClose();
      } else if (event.type === 'jump') {
        options.onJump(event.evidence);
      } else {
        options.onNameHidden();
      }
    },
    get actorId() {
      return current?.actor.id ?? null;
    },
    get range() {
      return current?.range ?? null;
    },
    close() {
      if (!current) return;
      const hadFocus = current.takeFocus || frame.hasFocus();
      current = null;
      size = null;
      focusWhenShown = false;
      frame.hide();
      void askBackground({ type: 'card-close', token: frame.token });
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      else if (hadFocus) (document.activeElement as HTMLElement | null)?.blur?.();
      returnFocus = null;
    },
    get isOpen() {
      return current !== null;
    },
  };
}
