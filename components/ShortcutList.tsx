// The extension's keyboard shortcuts as the browser has them, with the way to change them.
import { t } from '../lib/locale/i18n';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the reader has not set one (or another extension took it). */
  shortcut: string;
}

export interface ShortcutListProps {
  shortcuts: Shortcut[];
  /** Opens the browser's shortcut settings; absent where the browser does not allow it. */
  onChangeShortcuts?: () => void;
}

export function ShortcutList({ shortcuts, onChangeShortcuts }: ShortcutListProps) {
  return (
    <section class="options-section" id="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
      <dl class="shortcuts">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.name} class="shortcut">
            <dt>{shortcut.description}</dt>
            <dd>{shortcut.shortcut ? <kbd>{shortcut.shortcut}</kbd> : <span class="muted">{t('shortcutNotSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      <p class="muted" id="shortcuts-hint">
        {t('shortcutsChangeHint')}
      </p>
      {onChangeShortcuts && (
        <button type="button" aria-describedby="shortcuts-hint" onClick={onChangeShortcuts}>
          {t('shortcutsChange')}
        </button>
      )}
    </section>
  );
}
