// The open card: renders the Backgrounder for one mention, places it beside the name (flipped
// and shifted to stay in the viewport), asks the background for what earlier articles said,
// and moves focus in and back out when the reader came by keyboard.
import { h } from 'preact';
import { browser } from 'wxt/browser';
import { Backgrounder } from '../../components/Backgrounder';
import { sentenceAround } from '../../lib/card/first-sentence';
import type { Actor, Evidence } from '../../lib/engine/types';
import type { CardHost } from '../../lib/page/card-host';
import { placeCard } from '../../lib/page/place-card';
import type { ActorCardExtras, GetActorCardReply } from '../../lib/protocol';

export interface CardRequest {
  actor: Actor;
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
  /** The actor whose card is open. */
  readonly actorId: string | null;
  /** Where the open card's name is in the page. */
  readonly range: Range | null;
  close(): void;
  readonly isOpen: boolean;
}

export interface CardControllerOptions {
  host: CardHost;
  onClose: () => void;
  onJump: (evidence: Evidence) => void;
  /** The name scrolled out of the viewport: a card beside nothing should go. */
  onAnchorGone: () => void;
}

/** The line box of the name nearest the pointer (a name may wrap over two lines). */
function anchorRect(range: Range, pointer?: { x: number; y: number }): DOMRect {
  const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
  if (rects.length === 0) return range.getBoundingClientRect();
  if (!pointer) return rects[0]!;
  const distance = (rect: DOMRect) => Math.abs(rect.top + rect.height / 2 - pointer.y);
  return rects.reduce((best, rect) => (distance(rect) < distance(best) ? rect : best));
}

export function createCardController(options: CardControllerOptions): CardController {
  let current: CardRequest | null = null;
  let extras: ActorCardExtras | null = null;
  /** Drops a late answer for a card that is no longer open. */
  let token = 0;
  let returnFocus: HTMLElement | null = null;

  const render = () => {
    if (!current) return;
    const { actor, articleText, firstMentionStart } = current;
    options.host.render(
      h(Backgrounder, {
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        ...(actor.expansion ? { expansion: actor.expansion } : {}),
        descriptors: actor.descriptors,
        quotes: actor.quotes ?? [],
        firstSentence: sentenceAround(articleText, firstMentionStart).text,
        mentions: actor.mentions,
        extras,
        onJump: options.onJump,
        onClose: () => options.onClose(),
      }),
    );
    reposition();
  };

  const reposition = () => {
    const card = options.host.element;
    if (!current || !card) return;
    const size = card.getBoundingClientRect();
    const anchor = anchorRect(current.range, current.pointer);
    if (anchor.bottom < 0 || anchor.top > window.innerHeight || (anchor.width === 0 && anchor.height === 0)) {
      options.onAnchorGone();
      return;
    }
    const position = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
    card.style.left = `${position.left}px`;
    card.style.top = `${position.top}px`;
    card.style.visibility = 'visible';
  };

  const askExtras = async (actorId: string, mine: number) => {
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'get-actor-card', actorId, url: location.href })) as GetActorCardReply | undefined;
      if (mine !== token || !reply || !reply.ok) return;
      extras = reply.card;
      render();
    } catch {
      // The background is restarting or the extension was updated: the card stays as it is.
    }
  };

  return {
    open(request) {
      const mine = ++token;
      const wasFocused = current?.takeFocus ? returnFocus : null;
      current = request;
      extras = null;
      render();
      void askExtras(request.actor.id, mine);
      if (request.takeFocus) {
        // Keep where focus was before the first keyboard-opened card of a run of steps.
        const active = document.activeElement;
        returnFocus = wasFocused ?? (active instanceof HTMLElement && active !== options.host.host ? active : null);
        options.host.element?.focus({ preventScroll: true });
      }
    },
    reposition,
    reanchor(range) {
      if (!current) return;
      current = { ...current, range };
      delete current.pointer;
      reposition();
    },
    get actorId() {
      return current?.actor.id ?? null;
    },
    get range() {
      return current?.range ?? null;
    },
    close() {
      if (!current) return;
      const hadFocus = current.takeFocus || options.host.host.matches(':focus-within');
      token++;
      current = null;
      extras = null;
      options.host.destroy();
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      else if (hadFocus) (document.activeElement as HTMLElement | null)?.blur?.();
      returnFocus = null;
    },
    get isOpen() {
      return current !== null;
    },
  };
}
