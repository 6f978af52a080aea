// The background's card relay: a card only for the tab's own actors, only to the frame the
// content script named, the reader's memory added after, events relayed back to the tab.
import { describe, expect, it } from 'vitest';
import { createCardRelay, type CardPort } from '../../../lib/card/card-relay';
import { NOT_IN_ARTICLE } from '../../../lib/messages/card-messages';
import { CARD_PORT_PREFIX, type CardOpen, type ToCardFrame } from '../../../lib/messages/card-messages';
import type { ActorCardExtras } from '../../../lib/store/store-types';

const TOKEN = '0b1d4c9e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
const OTHER = '11111111-2222-4333-8444-555555555555';
const URL_A = 'https://a.example/story';

function fakePort(tabId: number, token: string) {
  const received: ToCardFrame[] = [];
  const listeners: Array<(message: unknown) => void> = [];
  const disconnects: Array<() => void> = [];
  const port: CardPort = {
    name: CARD_PORT_PREFIX + token,
    sender: { tab: { id: tabId } },
    postMessage: (message) => received.push(message),
    onMessage: { addListener: (listener) => listeners.push(listener) },
    onDisconnect: { addListener: (listener) => disconnects.push(listener) },
  };
  return { port, received, say: (message: unknown) => listeners.forEach((listener) => listener(message)), disconnect: () => disconnects.forEach((d) => d()) };
}

const open = (actorId: string, token = TOKEN, url = URL_A): CardOpen => ({
  type: 'card-open',
  token,
  actorId,
  url,
  takeFocus: false,
  view: { name: 'Ann Lee', kind: 'person', aliases: [], descriptors: [], quotes: [], firstSentence: 'Ann Lee spoke.', mentions: 1 },
});

function setUp() {
  const sent: Array<{ tabId: number; message: unknown }> = [];
  const memory: ActorCardExtras = { earlier: [{ url: 'https://b.example/old', title: 'Old story', analyzedAt: 1, name: 'Ann Lee', descriptors: [] }], earlierCount: 1 };
  const relay = createCardRelay({
    owns: (tabId, actorId, url) => tabId === 1 && actorId === 'person:ann lee' && url === URL_A,
    extrasFor: async () => memory,
    sendToTab: async (tabId, message) => {
      sent.push({ tabId, message });
    },
  });
  return { relay, sent, memory };
}

describe('card relay', () => {
  it('shows the card, then the reader’s memory, to the frame the content script named', async () => {
    const { relay, memory } = setUp();
    const frame = fakePort(1, TOKEN);
    expect(relay.connect(frame.port)).toBe(true);
    expect(await relay.answer(open('person:ann lee'), 1)).toEqual({ ok: true });
    expect(frame.received.map((m) => m.type)).toEqual(['show', 'extras']);
    expect(frame.received[1]).toEqual({ type: 'extras', extras: memory });
  });

  it('holds the card until the named frame connects (the first card of a page)', async () => {
    const { relay } = setUp();
    await relay.answer(open('person:ann lee'), 1);
    const frame = fakePort(1, TOKEN);
    relay.connect(frame.port);
    expect(frame.received.map((m) => m.type)).toEqual(['show', 'extras']);
  });

  it('refuses actors that are not in the tab’s article, and other tabs’ articles', async () => {
    const { relay } = setUp();
    const frame = fakePort(1, TOKEN);
    relay.connect(frame.port);
    expect(await relay.answer(open('person:bo chan'), 1)).toEqual({ ok: false, error: NOT_IN_ARTICLE });
    expect(await relay.answer(open('person:ann lee', TOKEN, 'https://b.example/old'), 1)).toEqual({ ok: false, error: NOT_IN_ARTICLE });
    expect(await relay.answer(open('person:ann lee'), 2)).toEqual({ ok: false, error: NOT_IN_ARTICLE });
    expect(frame.received).toEqual([]);
  });

  it('gives nothing to a frame whose token the content script did not name (a page that framed card.html itself)', async () => {
    const { relay, sent } = setUp();
    const intruder = fakePort(1, OTHER);
    relay.connect(intruder.port);
    const frame = fakePort(1, TOKEN);
    relay.connect(frame.port);
    await relay.answer(open('person:ann lee'), 1);
    expect(intruder.received).toEqual([]);
    intruder.say({ type: 'close' });
    expect(sent).toEqual([]);
  });

  it('relays the named frame’s events to the tab, validated', async () => {
    const { relay, sent } = setUp();
    const frame = fakePort(1, TOKEN);
    relay.connect(frame.port);
    await relay.answer(open('person:ann lee'), 1);
    frame.say({ type: 'size', width: 300, height: 200 });
    frame.say({ type: 'size', width: 'huge', height: 200 });
    frame.say({ type: 'jump', evidence: { text: 'a chair', start: 4, end: 11 } });
    await Promise.resolve();
    expect(sent).toEqual([
      { tabId: 1, message: { type: 'card-event', event: { type: 'size', width: 300, height: 200 } } },
      { tabId: 1, message: { type: 'card-event', event: { type: 'jump', evidence: { text: 'a chair', start: 4, end: 11 } } } },
    ]);
  });

  it('hides the card on close, and serves a frame that reconnects (a background that slept)', async () => {
    const { relay } = setUp();
    const frame = fakePort(1, TOKEN);
    relay.connect(frame.port);
    await relay.answer(open('person:ann lee'), 1);
    await relay.answer({ type: 'card-close', token: TOKEN }, 1);
    expect(frame.received.at(-1)).toEqual({ type: 'hide' });
    frame.disconnect();
    const again = fakePort(1, TOKEN);
    relay.connect(again.port);
    await relay.answer(open('person:ann lee'), 1);
    expect(again.received.map((m) => m.type)).toEqual(['show', 'extras']);
  });
});

describe('card messages', () => {
  it('accept only well-formed card requests from a content script', async () => {
    const { parseCardRequest, parseCardFrameEvent } = await import('../../../lib/messages/card-messages');
    expect(parseCardRequest(open('person:ann lee'))).toEqual(open('person:ann lee'));
    expect(parseCardRequest({ ...open('person:ann lee'), token: 'guessable' })).toBeNull();
    expect(parseCardRequest({ ...open('person:ann lee'), view: { name: 'x', kind: 'alien' } })).toBeNull();
    expect(parseCardRequest({ ...open('person:ann lee'), view: { ...open('x').view, descriptors: [{ text: 1, start: 0, end: 1 }] } })).toBeNull();
    expect(parseCardRequest({ type: 'card-close', token: TOKEN })).toEqual({ type: 'card-close', token: TOKEN });
    expect(parseCardFrameEvent({ type: 'size', width: -1, height: 10 })).toBeNull();
    expect(parseCardFrameEvent({ type: 'open-url', url: 'https://x' })).toBeNull();
  });
});
