// How glossary sync is doing, in one plain sentence, with a way to retry now.
import type { SyncStatus } from '../lib/sync/sync-status';
import { t } from '../lib/locale/i18n';
import { formatBytes } from './format-bytes';

export interface SyncStatusLineProps {
  status: SyncStatus | null;
  locale: string;
  onRetry: () => void;
}

export function syncMessage(status: SyncStatus, locale: string): string {
  switch (status.state) {
    case 'ok':
      return t('syncOk');
    case 'pending':
      return t('syncPending', status.pending);
    case 'offline':
      return t('syncOffline');
    case 'quota-full':
      return t('syncQuotaFull', formatBytes(status.usedBytes, locale), formatBytes(status.quotaBytes, locale));
    case 'error':
      return t('syncError', status.error ?? '');
  }
}

export function SyncStatusLine({ status, locale, onRetry }: SyncStatusLineProps) {
  if (!status) return null;
  const trouble = status.state === 'error' || status.state === 'quota-full' || status.state === 'offline';
  return (
    <p class={`sync-status sync-${status.state}`} role="status" aria-label={t('syncLabel')}>
      <span class={trouble ? 'error-text' : 'muted'}>{syncMessage(status, locale)}</span>
      {(trouble || status.state === 'pending') && (
        <>
          {' '}
          <button type="button" onClick={onRetry}>
            {t('syncRetry')}
          </button>
        </>
      )}
    </p>
  );
}
