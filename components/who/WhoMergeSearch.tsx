// "Same as…": find another entry as the reader types and merge it into this one.
import { useState } from 'preact/hooks';
import type { WhoListReply } from '../../lib/messages/protocol';
import { t } from '../../lib/locale/i18n';
import type { WhoListRow } from '../../lib/store/who-types';
import { kindLabel } from '../kind-labels';
import { useTypedSearch } from '../use-typed-search';
import { articleCount } from './who-format';

/** Actors offered for a merge at most (the page asks for one more: this actor may be among them). */
export const MERGE_CHOICES = 8;

export interface WhoMergeSearchProps {
  /** The actor the chosen one is merged into. */
  actorId: string;
  locale: string;
  /** Searches every actor (the entry point asks 'who-list'). */
  findActors: (query: string) => Promise<WhoListReply>;
  /** Merges `fromId` into this actor; true when it was done. */
  onMerge: (fromId: string) => Promise<boolean>;
}

type Found = { state: 'idle' } | { state: 'done'; query: string; rows: WhoListRow[] } | { state: 'failed'; error: string };

export function WhoMergeSearch({ actorId, locale, findActors, onMerge }: WhoMergeSearchProps) {
  const [text, setText] = useState('');
  const searched = useTypedSearch(text, async (query) => {
    const reply = await findActors(query);
    return reply.ok ? { ok: true as const, value: reply.page.rows.filter((row) => row.id !== actorId).slice(0, MERGE_CHOICES) } : reply;
  }, [actorId]);
  const found: Found = searched.state === 'done' ? { state: 'done', query: searched.query, rows: searched.value } : searched;

  const merge = async (fromId: string) => {
    if (await onMerge(fromId)) setText('');
  };

  return (
    <div class="who-correct-group">
      <label for="who-merge">{t('whoMergeLabel')}</label>
      <p id="who-merge-hint" class="field-hint muted">
        {t('whoMergeHint')}
      </p>
      <input
        id="who-merge"
        type="search"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="who-merge-hint"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p role="status" class="who-merge-status">
        {found.state === 'failed' && <span class="error-text">{t('whoMergeError', found.error)}</span>}
        {found.state === 'done' && found.rows.length === 0 && t('whoMergeNone', found.query)}
      </p>
      {found.state === 'done' && found.rows.length > 0 && (
        <ul class="who-merge-results" aria-label={t('whoMergeResults')}>
          {found.rows.map((row) => (
            <li key={row.id}>
              <button type="button" onClick={() => void merge(row.id)}>
                {t('whoMergeButton', row.name)}
              </button>{' '}
              <span class="muted">
                {kindLabel(row.kind)} · {articleCount(row.articleCount, locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
