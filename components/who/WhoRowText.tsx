// What one row of the list says: name, kind, other names, how often met, and where last.
import { t } from '../../lib/locale/i18n';
import type { WhoListRow } from '../../lib/store/who-types';
import { kindLabel } from '../kind-labels';
import { articleCount, formatDay, shortAliases } from './who-format';

export function WhoRowText({ row, locale }: { row: WhoListRow; locale: string }) {
  const aliases = shortAliases(row.aliases);
  const day = formatDay(row.lastSeen, locale);
  return (
    <>
      <span class="who-row-top">
        <span class="who-row-name">{row.name}</span> <span class="who-kind">{kindLabel(row.kind)}</span>
        {row.hidden && <> <span class="who-tag">{t('whoHiddenTag')}</span></>}
        {aliases && <> <span class="who-row-aliases">{aliases}</span></>}{' '}
        <span class="who-row-count">{articleCount(row.articleCount, locale)}</span>
      </span>
      <span class="who-row-meta">{row.lastTitle ? t('whoLastSeen', day, row.lastTitle, row.lastSite) : t('whoLastSeenOn', day, row.lastSite)}</span>
    </>
  );
}
