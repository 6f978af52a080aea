// The actor's company: who is often in the same articles, and what it is said to belong to.
// Each is a link to that actor's page.
import { t } from '../../lib/locale/i18n';
import type { WhoAffiliation, WhoCompanion } from '../../lib/store/who-types';
import { kindLabel } from '../kind-labels';
import { formatNumber } from './who-format';
import { actorHash } from './who-route';

export interface WhoRelationsProps {
  companions: readonly WhoCompanion[];
  affiliations: readonly WhoAffiliation[];
  locale: string;
}

export function WhoRelations({ companions, affiliations, locale }: WhoRelationsProps) {
  return (
    <>
      {affiliations.length > 0 && (
        <section class="who-section" aria-labelledby="who-affiliations-title">
          <h2 id="who-affiliations-title">{t('whoAffiliationsHeading')}</h2>
          <ul class="who-links">
            {affiliations.map((link) => (
              <li key={`${link.id}\u0000${link.via}`}>
                <a href={actorHash(link.id)}>{link.name}</a> <span class="who-kind">{kindLabel(link.kind)}</span>{' '}
                <span class="muted">{t('whoVia', link.via)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {companions.length > 0 && (
        <section class="who-section" aria-labelledby="who-companions-title">
          <h2 id="who-companions-title">{t('whoCompanionsHeading')}</h2>
          <ul class="who-links">
            {companions.map((link) => (
              <li key={link.id}>
                <a href={actorHash(link.id)}>{link.name}</a> <span class="who-kind">{kindLabel(link.kind)}</span>{' '}
                <span class="muted">{link.together === 1 ? t('whoTogetherOne') : t('whoTogetherMany', formatNumber(link.together, locale))}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
