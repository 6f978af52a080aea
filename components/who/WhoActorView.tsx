// One actor's page: who Dramatis thinks it is, when the reader met it, what each article said,
// its company, and the reader's corrections. Every name and text here comes from pages and is
// rendered as text.
import { useEffect, useRef } from 'preact/hooks';
import type { WhoListReply } from '../../lib/messages/protocol';
import { t } from '../../lib/locale/i18n';
import type { Correction, WhoActorPage } from '../../lib/store/who-types';
import { kindLabel } from '../kind-labels';
import { WhoArticles } from './WhoArticles';
import { WhoCorrections } from './WhoCorrections';
import { WhoRelations } from './WhoRelations';
import { WhoTimeline } from './WhoTimeline';
import { hideRecordOf } from './correction-form';
import { articleCount, formatDay, isoDay } from './who-format';
import { LIST_HASH } from './who-route';

export interface WhoActorViewProps {
  actor: WhoActorPage;
  locale: string;
  onCorrect: (correction: Correction) => Promise<boolean>;
  onUndo: (recordId: string) => void;
  /** Searches every actor ("Same as…"). */
  findActors: (query: string) => Promise<WhoListReply>;
}

function BackLink() {
  return (
    <p class="who-back">
      <a href={LIST_HASH}>{t('whoBack')}</a>
    </p>
  );
}

export function WhoActorView(props: WhoActorViewProps) {
  const { actor, locale } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving on an actor's page puts focus on its name, where reading starts.
  useEffect(() => heading.current?.focus(), [actor.id]);
  const hideRecord = actor.hidden ? hideRecordOf(actor) : undefined;

  return (
    <article class="who-actor" aria-labelledby="who-actor-name">
      <BackLink />
      <header class="who-actor-header">
        <h1 id="who-actor-name" ref={heading} tabIndex={-1}>
          {actor.name}
        </h1>
        <span class="who-kind">{kindLabel(actor.kind)}</span>
        {actor.hidden && <span class="who-tag">{t('whoHiddenTag')}</span>}
      </header>
      {actor.aliases.length > 0 && <p class="who-other-names">{t('whoOtherNames', actor.aliases.join(', '))}</p>}
      {actor.expansion && <p class="who-other-names">{t('whoExpansion', actor.expansion)}</p>}
      {actor.hidden && (
        <div class="who-hidden-note">
          <p>{t('whoHiddenNote')}</p>
          {hideRecord && (
            <button type="button" onClick={() => props.onUndo(hideRecord.id)}>
              {t('whoUnhide')}
            </button>
          )}
        </div>
      )}
      <dl class="who-facts">
        <div>
          <dt>{t('whoFirstMet')}</dt>
          <dd>
            <time dateTime={isoDay(actor.firstSeen)}>{formatDay(actor.firstSeen, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('whoLastMet')}</dt>
          <dd>
            <time dateTime={isoDay(actor.lastSeen)}>{formatDay(actor.lastSeen, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('whoArticleTotal')}</dt>
          <dd>{articleCount(actor.articleCount, locale)}</dd>
        </div>
      </dl>
      <WhoTimeline weeks={actor.weeks} locale={locale} />
      <WhoArticles articles={actor.articles} articleCount={actor.articleCount} actorName={actor.name} locale={locale} />
      <WhoRelations companions={actor.companions} affiliations={actor.affiliations} locale={locale} />
      <WhoCorrections actor={actor} locale={locale} onCorrect={props.onCorrect} onUndo={props.onUndo} findActors={props.findActors} />
    </article>
  );
}

/** An actor's page before it arrives, or when it cannot be shown. */
export function WhoActorPending({ error, notFound }: { error: string | null; notFound: boolean }) {
  return (
    <article class="who-actor">
      <BackLink />
      {error === null ? (
        <p class="muted" role="status">
          {t('whoLoading')}
        </p>
      ) : (
        <p class="error-text" role="alert">
          {notFound ? t('whoActorNotFound') : t('whoActorError', error)}
        </p>
      )}
    </article>
  );
}
