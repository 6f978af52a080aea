// "What articles said": each stored article that met the actor, newest first, with the name it
// used, its descriptors and quotes. All of it is page text, rendered as text.
import { t } from '../../lib/locale/i18n';
import type { WhoArticle } from '../../lib/store/who-types';
import { formatDay, formatNumber, isoDay, SAFE_LINK } from './who-format';

export interface WhoArticlesProps {
  articles: readonly WhoArticle[];
  /** Every article that met the actor (more than are listed when there are many). */
  articleCount: number;
  actorName: string;
  locale: string;
}

export function WhoArticles({ articles, articleCount, actorName, locale }: WhoArticlesProps) {
  const more = articleCount - articles.length;
  return (
    <section class="who-section" aria-labelledby="who-articles-title">
      <h2 id="who-articles-title">{t('whoArticlesHeading')}</h2>
      <ol class="who-articles">
        {articles.map((article) => (
          <li key={article.url} class="who-article">
            <h3 class="who-article-title">
              {SAFE_LINK.test(article.url) ? (
                <a href={article.url} target="_blank" rel="noreferrer noopener">
                  {article.title || article.url}
                </a>
              ) : (
                article.title || article.url
              )}
            </h3>
            <p class="who-article-meta muted">
              <span class="who-article-site">{article.site}</span>
              <time class="who-article-date" dateTime={isoDay(article.analyzedAt)}>
                {formatDay(article.analyzedAt, locale)}
              </time>
            </p>
            {article.name !== actorName && <p class="who-article-name">{t('whoArticleCalled', article.name)}</p>}
            {article.descriptors.length > 0 && (
              <ul class="who-descriptors" aria-label={t('whoArticleSays')}>
                {article.descriptors.map((descriptor) => (
                  <li key={descriptor.start}>{descriptor.text}</li>
                ))}
              </ul>
            )}
            {article.quotes.map((quote) => (
              <blockquote key={quote.start} class="who-quote">
                {quote.text}
              </blockquote>
            ))}
          </li>
        ))}
      </ol>
      {more > 0 && <p class="muted">{more === 1 ? t('whoArticlesMoreOne') : t('whoArticlesMoreMany', formatNumber(more, locale))}</p>}
    </section>
  );
}
