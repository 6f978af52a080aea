// The line at the top of the Who's who page that says what the last correction did, with its
// Undo. Both live regions are always in the page so that what appears in them is read out.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/locale/i18n';
import type { CorrectionRecord } from '../../lib/store/who-types';

export type WhoNotice =
  /** A correction was made; `focus` moves focus here (the control that made it is gone). */
  | { type: 'done'; record: CorrectionRecord; focus: boolean }
  | { type: 'undone'; record: CorrectionRecord; focus: boolean }
  | { type: 'error'; text: string }
  | null;

export function WhoStatus({ notice, onUndo }: { notice: WhoNotice; onUndo: (recordId: string) => void }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice && notice.type !== 'error' && notice.focus) line.current?.focus();
  }, [notice]);
  return (
    <div class="who-status">
      <div role="status" class="who-status-line">
        {notice && notice.type !== 'error' && (
          <>
            <p ref={line} tabIndex={-1}>
              {notice.type === 'done' ? notice.record.summary : t('whoUndone', notice.record.summary)}
            </p>
            {notice.type === 'done' && (
              <button type="button" aria-label={t('whoUndoLabel', notice.record.summary)} onClick={() => onUndo(notice.record.id)}>
                {t('whoUndo')}
              </button>
            )}
          </>
        )}
      </div>
      <div role="alert" class="who-alert">
        {notice?.type === 'error' && <p class="error-text">{notice.text}</p>}
      </div>
    </div>
  );
}
