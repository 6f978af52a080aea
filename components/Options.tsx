// The options page: glossary, reading settings, data, keyboard shortcuts.
import type { ComponentChildren } from 'preact';
import { t } from '../lib/locale/i18n';

export interface OptionsProps {
  children: ComponentChildren;
  /** The Who's who page (everyone read about); no link without it. */
  whoUrl?: string;
}

export function Options({ children, whoUrl }: OptionsProps) {
  return (
    <>
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        {whoUrl && (
          <p class="options-who">
            <a href={whoUrl}>{t('optionsOpenWho')}</a>
          </p>
        )}
        <nav aria-label={t('optionsNavLabel')}>
          <ul>
            <li>
              <a href="#glossary">{t('glossaryHeading')}</a>
            </li>
            <li>
              <a href="#settings">{t('settingsHeading')}</a>
            </li>
            <li>
              <a href="#data">{t('dataHeading')}</a>
            </li>
            <li>
              <a href="#shortcuts">{t('shortcutsHeading')}</a>
            </li>
          </ul>
        </nav>
      </header>
      <main class="options">{children}</main>
    </>
  );
}
