// The popup panel: the master switch and the cast of the current page.
import type { PageCast } from '../lib/protocol';
import type { Settings } from '../lib/settings';
import { t } from '../lib/i18n';
import { CastList } from './CastList';

export interface PopupProps {
  settings: Settings;
  /** What the page's content script reports; null where Dramatis cannot run. */
  cast: PageCast | null;
  onToggleEnabled: (enabled: boolean) => void;
}

export function Popup({ settings, cast, onToggleEnabled }: PopupProps) {
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">Dramatis</h1>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-label={t('popupSwitchLabel')}
            checked={settings.enabled}
            onChange={(event) => onToggleEnabled(event.currentTarget.checked)}
          />
          <span>{settings.enabled ? t('popupOn') : t('popupOff')}</span>
        </label>
      </header>
      <PageState settings={settings} cast={cast} />
    </main>
  );
}

function PageState({ settings, cast }: { settings: Settings; cast: PageCast | null }) {
  if (!settings.enabled) return <p class="popup-note">{t('popupSwitchedOff')}</p>;
  if (cast === null) return <p class="popup-note">{t('popupCannotRun')}</p>;
  switch (cast.state) {
    case 'working':
      return <p class="popup-note" role="status">{t('popupReading')}</p>;
    case 'disabled':
      return <p class="popup-note">{t('popupPageDisabled')}</p>;
    case 'no-article':
      return <p class="popup-note">{t('popupNoArticle')}</p>;
    case 'error':
      return <p class="popup-note popup-error" role="alert">{t('popupError', cast.error)}</p>;
    case 'ready':
      if (cast.dataset.unsupported) return <p class="popup-note">{cast.dataset.unsupported}</p>;
      if (cast.dataset.actors.length === 0) return <p class="popup-note">{t('popupNoNames')}</p>;
      return (
        <section aria-label={t('popupCastLabel')}>
          <CastList actors={cast.dataset.actors} />
        </section>
      );
  }
}
