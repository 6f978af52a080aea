// The list's search box and filters. The search asks as the reader types, once per pause;
// the selects apply at once.
import { useEffect, useState } from 'preact/hooks';
import { ACTOR_KINDS, type ActorKind } from '../../lib/engine/types';
import { t, type MessageKey } from '../../lib/locale/i18n';
import { WHO_PERIODS, WHO_SORTS, type WhoPeriod, type WhoSort } from '../../lib/store/who-types';
import { kindPlural } from '../kind-labels';
import { SEARCH_DEBOUNCE_MS } from '../use-typed-search';
import type { WhoFilter } from './use-who-pages';

export interface WhoFiltersProps {
  filter: WhoFilter;
  /** The sites the reader has read articles on (the site filter's choices). */
  sites: readonly string[];
  onChange: (change: Partial<WhoFilter>) => void;
}

const PERIOD_LABEL: Record<WhoPeriod, MessageKey> = { week: 'whoPeriodWeek', month: 'whoPeriodMonth', all: 'whoPeriodAll' };
const SORT_LABEL: Record<WhoSort, MessageKey> = { recent: 'whoSortRecent', frequent: 'whoSortFrequent' };

export function WhoFilters({ filter, sites, onChange }: WhoFiltersProps) {
  const [text, setText] = useState(filter.query);

  useEffect(() => {
    const query = text.trim();
    if (query === filter.query) return undefined;
    const timer = setTimeout(() => onChange({ query }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // The chosen site stays a choice even when the latest answer no longer lists it.
  const siteChoices = filter.site && !sites.includes(filter.site) ? [filter.site, ...sites] : sites;

  return (
    <form class="who-filters" role="search" aria-label={t('whoFiltersLabel')} onSubmit={(event) => event.preventDefault()}>
      <div class="who-field who-field-search">
        <label for="who-search">{t('whoSearchLabel')}</label>
        <input
          id="who-search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('whoSearchPlaceholder')}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <div class="who-field">
        <label for="who-kind">{t('whoKindLabel')}</label>
        <select
          id="who-kind"
          value={filter.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value;
            onChange({ kind: ACTOR_KINDS.includes(kind as ActorKind) ? (kind as ActorKind) : 'all' });
          }}
        >
          <option value="all">{t('whoKindAll')}</option>
          {ACTOR_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindPlural(kind)}
            </option>
          ))}
        </select>
      </div>
      <div class="who-field">
        <label for="who-site">{t('whoSiteLabel')}</label>
        <select id="who-site" value={filter.site} onChange={(event) => onChange({ site: event.currentTarget.value })}>
          <option value="">{t('whoSiteAll')}</option>
          {siteChoices.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </div>
      <div class="who-field">
        <label for="who-period">{t('whoPeriodLabel')}</label>
        <select
          id="who-period"
          value={filter.period}
          onChange={(event) => {
            const period = event.currentTarget.value as WhoPeriod;
            if (WHO_PERIODS.includes(period)) onChange({ period });
          }}
        >
          {WHO_PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(PERIOD_LABEL[period])}
            </option>
          ))}
        </select>
      </div>
      <div class="who-field">
        <label for="who-sort">{t('whoSortLabel')}</label>
        <select
          id="who-sort"
          value={filter.sort}
          onChange={(event) => {
            const sort = event.currentTarget.value as WhoSort;
            if (WHO_SORTS.includes(sort)) onChange({ sort });
          }}
        >
          {WHO_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABEL[sort])}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
