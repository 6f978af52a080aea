// The Who's who list: everyone the reader has met, searchable and filtered, as a virtualised
// list that fetches its rows a page at a time (the entry point passes `load`, which asks the
// background). A live region says how many names match.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/locale/i18n';
import { WhoFilters } from './WhoFilters';
import { WhoRows } from './WhoRows';
import { DEFAULT_FILTER, useWhoPages, type LoadWhoList, type WhoFilter } from './use-who-pages';
import { formatNumber } from './who-format';

export interface WhoListProps {
  load: LoadWhoList;
  /** False while an actor's page is shown: the list stays mounted (filters, scroll, focus) but hidden. */
  shown: boolean;
  locale: string;
  /** Bumped after a correction: the rows are fetched again. */
  refreshKey: number;
  /** Made on the way back from an actor's page (no row to return to): focus goes to the heading. */
  focusHeading?: boolean;
}

export function WhoList({ load, shown, locale, refreshKey, focusHeading }: WhoListProps) {
  const [filter, setFilter] = useState<WhoFilter>(DEFAULT_FILTER);
  const pages = useWhoPages(load, filter, refreshKey);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, []);
  const { total } = pages;
  const narrowed = filter.query !== '' || filter.kind !== 'all' || filter.site !== '' || filter.period !== 'all';
  const count =
    total === null || pages.settling || pages.error
      ? ''
      : !pages.exact
        ? t('whoCountAtLeast', formatNumber(total, locale))
        : total === 1
          ? t('whoCountOne')
          : t('whoCountMany', formatNumber(total, locale));

  return (
    <section class="who-list" hidden={!shown} aria-labelledby="who-list-title">
      <header class="who-list-header">
        <h1 id="who-list-title" ref={heading} tabIndex={-1}>
          {t('whoTitle')}
        </h1>
        <p class="muted who-intro">{t('whoIntro')}</p>
        <WhoFilters filter={filter} sites={pages.sites} onChange={(change) => setFilter((before) => ({ ...before, ...change }))} />
        <p role="status" class="who-count">
          {count}
        </p>
        <div role="alert" class="who-alert">
          {pages.error && (
            <p class="error-text">
              {t('whoListError', pages.error)}{' '}
              <button type="button" onClick={pages.retry}>
                {t('whoRetry')}
              </button>
            </p>
          )}
        </div>
      </header>
      {total === null && !pages.error && <p class="muted">{t('whoLoading')}</p>}
      {total === 0 && !pages.settling && <p class="who-empty">{narrowed ? t('whoNoMatch') : t('whoEmpty')}</p>}
      {total !== null && total > 0 && (
        <WhoRows
          total={total}
          exact={pages.exact}
          rowAt={pages.rowAt}
          need={pages.need}
          generation={pages.generation}
          resetKey={JSON.stringify(filter)}
          shown={shown}
          locale={locale}
          onRowGone={() => heading.current?.focus()}
        />
      )}
    </section>
  );
}
