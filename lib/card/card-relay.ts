// The background's side of the card: it relays between a tab's content script and the card
// frame that content script made (see card-messages.ts). A frame is the tab's card frame only
// when its port carries the token the content script gave in its card-open; a card is shown
// only for an actor of the article the tab is reading, and only then is the reader's memory
// (earlier articles, glossary note) added to it.
import type { ActorCardExtras } from '../store/store-types';
import {
  CARD_PORT_PREFIX,
  isCardToken,
  parseCardFrameEvent,
  type CardEvent,
  type CardOpen,
  type CardReply,
  type CardRequest,
  NOT_IN_ARTICLE,
  type ToCardFrame,
} from '../messages/card-messages';

/** The little of a runtime.Port the relay uses (the polyfill's and the fake's both fit). */
export interface CardPort {
  name: string;
  sender?: { tab?: { id?: number } };
  postMessage(message: ToCardFrame): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface CardRelayOptions {
  /** May this tab be shown this actor's card (an actor of the article it is reading, at `url`)? */
  owns(tabId: number, actorId: string, url: string): boolean;
  /** The reader's memory of the actor for this tab (null: none may be shown, e.g. a private window). */
  extrasFor(tabId: number, actorId: string, url: string): Promise<ActorCardExtras | null>;
  /** Sends a card event to the tab's content script (the top frame). */
  sendToTab(tabId: number, message: CardEvent): Promise<void>;
  /** The reader opened a card: the article is one they engaged with. */
  onCardOpened?(tabId: number, url: string): void;
  /** The reader asked, from the card, never to highlight this name again; resolves once stored. */
  hideName?(tabId: number, name: string): Promise<void>;
}



interface TabCard {
  token: string;
  /** The name on the card now (what "hide this name" hides). */
  name: string;
  /** What to show once the frame connects (the first card of a page arrives before its frame loads). */
  waiting: ToCardFrame[];
  /** Drops the memory of a card that was replaced before it arrived. */
  shown: number;
}

/** Frames a tab may have connected that no card-open has named yet (a page can frame card.html itself). */
const MAX_FRAMES_PER_TAB = 4;

export interface CardRelay {
  /** A port from a card frame (runtime.onConnect). Ports of other names are not the relay's. */
  connect(port: CardPort): boolean;
  answer(request: CardRequest, tabId: number): Promise<CardReply>;
  forgetTab(tabId: number): void;
}

export function createCardRelay(options: CardRelayOptions): CardRelay {
  /** The card each tab's content script last opened. */
  const cards = new Map<number, TabCard>();
  /**
   * Card frames connected per tab, by token. A frame connects when it loads and again when the
   * background restarted (a sleeping service worker drops every port), before or after the
   * content script names its token in a card-open; only the frame with that token is shown cards.
   */
  const frames = new Map<number, Map<string, CardPort>>();

  const portFor = (tabId: number, token: string) => frames.get(tabId)?.get(token) ?? null;
  const post = (tabId: number, card: TabCard, message: ToCardFrame) => {
    const port = portFor(tabId, card.token);
    if (port) port.postMessage(message);
    else card.waiting.push(message);
  };

  async function open(request: CardOpen, tabId: number): Promise<CardReply> {
    if (!options.owns(tabId, request.actorId, request.url)) return { ok: false, error: NOT_IN_ARTICLE };
    let card = cards.get(tabId);
    if (!card || card.token !== request.token) {
      card = { token: request.token, name: request.view.name, waiting: [], shown: 0 };
      cards.set(tabId, card);
    }
    card.name = request.view.name;
    const mine = ++card.shown;
    card.waiting = [];
    post(tabId, card, { type: 'show', view: request.view, extras: null, takeFocus: request.takeFocus });
    options.onCardOpened?.(tabId, request.url);
    const extras = await options.extrasFor(tabId, request.actorId, request.url);
    if (extras && mine === card.shown && cards.get(tabId) === card) post(tabId, card, { type: 'extras', extras });
    return { ok: true };
  }

  return {
    connect(port) {
      if (!port.name.startsWith(CARD_PORT_PREFIX)) return false;
      const token = port.name.slice(CARD_PORT_PREFIX.length);
      const tabId = port.sender?.tab?.id;
      if (!isCardToken(token) || tabId === undefined) return true;
      const ofTab = frames.get(tabId) ?? new Map<string, CardPort>();
      frames.set(tabId, ofTab);
      ofTab.delete(token);
      ofTab.set(token, port);
      while (ofTab.size > MAX_FRAMES_PER_TAB) ofTab.delete(ofTab.keys().next().value!);
      const card = cards.get(tabId);
      if (card?.token === token) for (const message of card.waiting.splice(0)) port.postMessage(message);
      port.onMessage.addListener((message) => {
        // Only the frame the content script named speaks for the card.
        if (cards.get(tabId)?.token !== token || portFor(tabId, token) !== port) return;
        const event = parseCardFrameEvent(message);
        if (!event) return;
        const send = () => options.sendToTab(tabId, { type: 'card-event', event });
        // The page reads itself again once the hidden name is stored, so it comes back without it.
        const stored = event.type === 'hide-name' && options.hideName ? options.hideName(tabId, cards.get(tabId)!.name) : Promise.resolve();
        void stored.then(send).catch(() => undefined);
      });
      port.onDisconnect.addListener(() => {
        if (ofTab.get(token) === port) ofTab.delete(token);
      });
      return true;
    },
    async answer(request, tabId) {
      if (request.type === 'card-open') return open(request, tabId);
      const card = cards.get(tabId);
      if (card && card.token === request.token) {
        card.shown++;
        card.waiting = [];
        portFor(tabId, card.token)?.postMessage({ type: 'hide' });
      }
      return { ok: true };
    },
    forgetTab(tabId) {
      cards.delete(tabId);
      frames.delete(tabId);
    },
  };
}
