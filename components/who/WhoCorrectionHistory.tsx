// The corrections that concern the actor, newest first, each with its Undo.
import { t } from '../../lib/locale/i18n';
import type { CorrectionRecord } from '../../lib/store/who-types';
import { formatDay, isoDay } from './who-format';

export interface WhoCorrectionHistoryProps {
  corrections: readonly CorrectionRecord[];
  locale: string;
  onUndo: (recordId: string) => void;
}

export function WhoCorrectionHistory({ corrections, locale, onUndo }: WhoCorrectionHistoryProps) {
  return (
    <section class="who-subsection" aria-labelledby="who-history-title">
      <h3 id="who-history-title">{t('whoHistoryHeading')}</h3>
      {corrections.length === 0 ? (
        <p class="muted">{t('whoHistoryEmpty')}</p>
      ) : (
        <ul class="who-history">
          {corrections.map((record) => (
            <li key={record.id} class="who-history-item">
              <span class="who-history-text">
                <span>{record.summary}</span>{' '}
                <span class="muted">
                  <time dateTime={isoDay(record.at)}>{formatDay(record.at, locale)}</time> · {record.by === 'auto' ? t('whoByAuto') : t('whoByReader')}
                </span>
              </span>
              <button type="button" aria-label={t('whoUndoLabel', record.summary)} onClick={() => onUndo(record.id)}>
                {t('whoUndo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
