// The card frame: an extension page the content script frames beside a name (lib/card/card-frame.ts).
// It draws the Backgrounder from what the background sends over its port, reports its size so
// the content script can place it, and sends the reader's actions (close, jump) back. Being an
// extension page, nothing drawn here is readable by the page around it.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Backgrounder } from '../../components/Backgrounder';
import { actorHash } from '../../components/who/who-route';
import { CARD_PORT_PREFIX, isCardToken, parseToCardFrame, type CardFrameEvent, type CardView } from '../../lib/messages/card-messages';
import { applyUiLanguage } from '../../lib/locale/page-language';
import type { ActorCardExtras } from '../../lib/store/store-types';
import type { Runtime } from 'webextension-polyfill';

/** ms before the frame connects again after the background dropped its port. */
const RECONNECT_MS = 100;

function main(): void {
  const token = location.hash.slice(1);
  // Framed by something other than our content script: there is nothing to show.
  if (!isCardToken(token)) return;
  applyUiLanguage();
  const root = document.getElementById('app')!;
  let port = connect();
  const send = (event: CardFrameEvent) => port.postMessage(event);
  let shown: { view: CardView; extras: ActorCardExtras | null } | null = null;

  /** Opens the actor's page in Who's who, in a tab of its own. */
  const openWho = (actorId: string) => void browser.tabs.create({ url: browser.runtime.getURL('/who.html') + actorHash(actorId) });

  const draw = () => {
    if (!shown) {
      render(null, root);
      return;
    }
    const { actorId, ...view } = shown.view;
    render(
      <Backgrounder
        {...view}
        extras={shown.extras}
        onJump={(evidence) => send({ type: 'jump', evidence })}
        onClose={() => send({ type: 'close' })}
        {...(actorId ? { onOpenWho: () => openWho(actorId) } : {})}
        onHide={() => send({ type: 'hide-name' })}
      />,
      root,
    );
  };

  // The content script sizes the frame to the card (and its shadow): tell it every change.
  let reported = '';
  const reportSize = () => {
    const card = root.firstElementChild as HTMLElement | null;
    if (!card) return;
    const style = getComputedStyle(card);
    const width = Math.ceil(card.offsetWidth + parseFloat(style.marginLeft) + parseFloat(style.marginRight));
    const height = Math.ceil(card.offsetHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    const size = `${width}x${height}`;
    if (size === reported) return;
    reported = size;
    send({ type: 'size', width, height });
  };
  new ResizeObserver(reportSize).observe(root);

  /**
   * The port to the background. A background that sleeps (Chromium's service worker) drops it:
   * connect again, which wakes it, so the next card still reaches this frame.
   */
  function connect(): Runtime.Port {
    const next = browser.runtime.connect({ name: CARD_PORT_PREFIX + token });
    next.onMessage.addListener(receive);
    next.onDisconnect.addListener(() => {
      setTimeout(() => {
        port = connect();
      }, RECONNECT_MS);
    });
    return next;
  }

  function receive(raw: unknown): void {
    const message = parseToCardFrame(raw);
    if (!message) return;
    if (message.type === 'hide') {
      shown = null;
      reported = '';
      draw();
      return;
    }
    if (message.type === 'show') {
      shown = { view: message.view, extras: message.extras };
      reported = '';
    } else if (shown) {
      shown = { ...shown, extras: message.extras };
    }
    draw();
    reportSize();
    if (message.type === 'show') {
      focusPending = message.takeFocus;
      focusCard();
    }
  }

  // A keyboard-opened card takes focus once its frame has it (the content script focuses the
  // frame after placing it; focusing the frame resets focus inside it).
  let focusPending = false;
  const focusCard = () => {
    if (!focusPending || !document.hasFocus()) return;
    focusPending = false;
    (root.firstElementChild as HTMLElement | null)?.focus({ preventScroll: true });
  };
  window.addEventListener('focus', focusCard);

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.isTrusted) send({ type: 'close' });
  });
}

main();
