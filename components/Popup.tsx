// The popup panel: the master switch and the cast of the current page.
import type { PageCast } from '../lib/protocol';
import type { Settings } from '../lib/settings';
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
            checked={settings.enabled}
            onChange={(event) => onToggleEnabled(event.currentTarget.checked)}
          />
          <span>{settings.enabled ? 'On' : 'Off'}</span>
        </label>
      </header>
      <PageState settings={settings} cast={cast} />
    </main>
  );
}

function PageState({ settings, cast }: { settings: Settings; cast: PageCast | null }) {
  if (!settings.enabled) return <p class="popup-note">Dramatis is switched off. Switch it on to see who is who on this page.</p>;
  if (cast === null) return <p class="popup-note">Dramatis cannot read this page (browser pages and extension stores are off limits). Pages opened before Dramatis was installed need a reload.</p>;
  switch (cast.state) {
    case 'working':
      return <p class="popup-note" role="status">Reading the page…</p>;
    case 'disabled':
      return <p class="popup-note">Dramatis is switched off on this page.</p>;
    case 'no-article':
      return <p class="popup-note">No article found on this page.</p>;
    case 'error':
      return <p class="popup-note popup-error" role="alert">Something went wrong reading this page: {cast.error}</p>;
    case 'ready':
      if (cast.dataset.unsupported) return <p class="popup-note">{cast.dataset.unsupported}</p>;
      if (cast.dataset.actors.length === 0) return <p class="popup-note">No names found in this article.</p>;
      return (
        <section aria-label="Cast of this page">
          <CastList actors={cast.dataset.actors} />
        </section>
      );
  }
}
