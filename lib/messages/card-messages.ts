// The card's messages. The card is drawn in an extension page (card.html) framed into the page,
// so nothing on it is readable by the page; the background relays between the content script
// (which knows the page) and that frame (which draws the card):
//   content script ──card-open/card-close──▶ background ──port: show/extras/hide──▶ card frame
//   content script ◀──card-event (size, close, jump)── background ◀──port: events── card frame
// Every message is validated here before anything acts on it.
import { ACTOR_KINDS, type Actor, type ActorKind, type Evidence } from '../engine/types';
import type { ActorCardExtras } from '../store/store-types';

/** What this article says about the actor: the card's first part, from the page itself. */
export interface CardView extends Omit<Actor, 'id'> {
  /** The sentence that introduces the actor. */
  firstSentence: string;
  /** The actor's id in the reader's memory, for the card's Who's who link (no link without it). */
  actorId?: string;
}

/** Content script → background: show this actor's card in the tab's card frame. */
export interface CardOpen {
  type: 'card-open';
  /** The secret in the frame's URL: only the frame this content script made may show the card. */
  token: string;
  actorId: string;
  /** The article being read (its identity: canonical URL, see lib/tabs/article-identity.ts). */
  url: string;
  view: CardView;
  /** Opened from the keyboard: the card takes focus. */
  takeFocus: boolean;
}

/** Content script → background: the card closed. */
export interface CardClose {
  type: 'card-close';
  token: string;
}

export type CardRequest = CardOpen | CardClose;

export type CardReply = { ok: true } | { ok: false; error: string };

/** The refusal for an actor the tab's article does not have (or that the background has forgotten since it restarted). */
export const NOT_IN_ARTICLE = 'not-in-article';

/** Background → card frame (over its port). */
export type ToCardFrame =
  | { type: 'show'; view: CardView; extras: ActorCardExtras | null; takeFocus: boolean }
  | { type: 'extras'; extras: ActorCardExtras }
  | { type: 'hide' };

/** Card frame → background (over its port), relayed to the content script as a CardEvent. */
export type CardFrameEvent =
  | { type: 'size'; width: number; height: number }
  | { type: 'close' }
  | { type: 'jump'; evidence: Evidence }
  /** The reader asked never to highlight this name again (a hide correction, see lib/store/who-types.ts). */
  | { type: 'hide-name' };

/** Background → content script: what happened in the card frame. */
export interface CardEvent {
  type: 'card-event';
  event: CardFrameEvent;
}

/** The card frame's port name is this prefix and the frame's token. */
export const CARD_PORT_PREFIX = 'dramatis-card:';

/** Limits on what a card carries (a page's actor with thousands of descriptors is cut, not refused). */
const MAX_TEXT = 4_096;
const MAX_LIST = 200;
const TOKEN = /^[0-9a-f-]{16,64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function isCardToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

function parseEvidence(value: unknown): Evidence | null {
  if (!isRecord(value) || !isText(value.text) || !isCount(value.start) || !isCount(value.end)) return null;
  return { text: value.text, start: value.start, end: value.end };
}

function parseEvidenceList(value: unknown): Evidence[] | null {
  if (!Array.isArray(value)) return null;
  const list = value.slice(0, MAX_LIST).map(parseEvidence);
  return list.every((item) => item !== null) ? (list as Evidence[]) : null;
}

export function parseCardView(value: unknown): CardView | null {
  if (!isRecord(value)) return null;
  const { name, kind, aliases, expansion, firstSentence, mentions, actorId } = value;
  if (!isText(name) || !ACTOR_KINDS.includes(kind as ActorKind) || !isText(firstSentence) || !isCount(mentions)) return null;
  if (!Array.isArray(aliases) || !aliases.slice(0, MAX_LIST).every(isText)) return null;
  if (expansion !== undefined && !isText(expansion)) return null;
  if (actorId !== undefined && (!isText(actorId) || actorId === '')) return null;
  const descriptors = parseEvidenceList(value.descriptors);
  const quotes = parseEvidenceList(value.quotes);
  if (!descriptors || !quotes) return null;
  return {
    name,
    kind: kind as ActorKind,
    aliases: (aliases as string[]).slice(0, MAX_LIST),
    ...(expansion === undefined ? {} : { expansion }),
    descriptors,
    quotes,
    firstSentence,
    mentions,
    ...(actorId === undefined ? {} : { actorId }),
  };
}

/** Validates a content script's card request; null if it is not one. */
export function parseCardRequest(message: unknown): CardRequest | null {
  if (!isRecord(message) || !isCardToken(message.token)) return null;
  if (message.type === 'card-close') return { type: 'card-close', token: message.token };
  if (message.type !== 'card-open' || !isText(message.actorId) || !isText(message.url) || typeof message.takeFocus !== 'boolean') return null;
  const view = parseCardView(message.view);
  if (!view) return null;
  return { type: 'card-open', token: message.token, actorId: message.actorId, url: message.url, view, takeFocus: message.takeFocus };
}

/** Validates an event from the card frame; null if it is not one. */
export function parseCardFrameEvent(message: unknown): CardFrameEvent | null {
  if (!isRecord(message)) return null;
  if (message.type === 'close') return { type: 'close' };
  if (message.type === 'hide-name') return { type: 'hide-name' };
  if (message.type === 'size') {
    const { width, height } = message;
    const isSize = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 10_000;
    return isSize(width) && isSize(height) ? { type: 'size', width, height } : null;
  }
  if (message.type === 'jump') {
    const evidence = parseEvidence(message.evidence);
    return evidence ? { type: 'jump', evidence } : null;
  }
  return null;
}

/** Validates the background's relay of a card frame event to the content script. */
export function parseCardEvent(message: unknown): CardEvent | null {
  if (!isRecord(message) || message.type !== 'card-event') return null;
  const event = parseCardFrameEvent(message.event);
  return event ? { type: 'card-event', event } : null;
}

/** Validates what the background sends the card frame (the frame trusts only its own extension, but checks shape). */
export function parseToCardFrame(message: unknown): ToCardFrame | null {
  if (!isRecord(message)) return null;
  if (message.type === 'hide') return { type: 'hide' };
  if (message.type === 'extras' && isRecord(message.extras)) return { type: 'extras', extras: message.extras as unknown as ActorCardExtras };
  if (message.type === 'show' && typeof message.takeFocus === 'boolean') {
    const view = parseCardView(message.view);
    if (!view) return null;
    const extras = isRecord(message.extras) ? (message.extras as unknown as ActorCardExtras) : null;
    return { type: 'show', view, extras, takeFocus: message.takeFocus };
  }
  return null;
}
