// The overlay on one page, a composition of two parts: reading the page (extract → analyze →
// highlight, kept up to date: page-reader.ts) and moving through its names (hover, tap, keyboard,
// popup → the card: name-navigation.ts), with the card drawn in its frame (lib/card/card-frame.ts).
// Here they are wired to the settings and to the extension's messages.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardFrame } from '../../lib/card/card-frame';
import { parseCardEvent } from '../../lib/messages/card-messages';
import { t } from '../../lib/locale/i18n';
import { debugMark, MARK_START } from '../../lib/page/debug-marks';
import { parseContentRequest } from '../../lib/messages/protocol';
import { loadSettings, watchSettings } from '../../lib/settings/settings';
import { createNameNavigation } from './name-navigation';
import { createPageReader } from './page-reader';

export function startOverlay(ctx: ContentScriptContext): void {
  debugMark(MARK_START);
  const cardFrame = createCardFrame(document, { extensionUrl: (path) => browser.runtime.getURL(path as '/card.html'), title: t('cardFrameTitle') });
  const reader = createPageReader(ctx, {
    ownHost: cardFrame.host,
    onAnalysis: (next) => navigation.keepOpenCard(next),
    onCleared: () => navigation.dismiss(),
    // The card's frame loads while the reader reads, so the first card opens without waiting for it.
    onHighlighted: () => cardFrame.prepare(),
  });
  const navigation = createNameNavigation(ctx, reader, cardFrame);

  browser.runtime.onMessage.addListener((message: unknown) => {
    const cardEvent = parseCardEvent(message);
    if (cardEvent) {
      navigation.handleCardEvent(cardEvent.event);
      return undefined;
    }
    const request = parseContentRequest(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'get-page-cast':
        return Promise.resolve(reader.state);
      case 'get-page-site':
        return Promise.resolve({ hostname: location.hostname });
      case 'show-actor':
        return Promise.resolve(navigation.showActor(request.actorId));
      case 'step-name':
        navigation.step(request.direction);
        return Promise.resolve({ ok: true });
      case 'glossary-changed':
        // The reader's glossary is part of what the background returns: read the page again.
        reader.reanalyse();
        return undefined;
    }
  });

  const apply = (settings: Parameters<typeof reader.apply>[0]) => {
    try {
      reader.apply(settings);
    } catch (error) {
      console.warn('[Dramatis]', error);
    }
  };
  const unwatch = watchSettings(apply);
  ctx.onInvalidated(() => {
    unwatch();
    reader.stop();
    cardFrame.destroy();
  });
  void loadSettings()
    .then(apply)
    .catch((error: unknown) => console.warn('[Dramatis]', error));
}
