// The reader's data: how much is stored, export to a file, import a file, clear everything
// (only after a confirmation that says what will go).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClearAllReply, ExportDatasetReply, ImportDatasetReply, StorageUsageReply } from '../lib/protocol';
import { t } from '../lib/i18n';
import { saveFile } from './save-file';

export interface DataPanelProps {
  /** null while measuring. */
  usage: StorageUsageReply | null;
  onExport: () => Promise<ExportDatasetReply>;
  onImport: (json: string) => Promise<ImportDatasetReply>;
  onClear: () => Promise<ClearAllReply>;
  /** Language for numbers and sizes ("en"). */
  locale: string;
}

type Notice = { text: string; error?: boolean } | null;

export function formatBytes(bytes: number, locale: string): string {
  const units = [
    ['gigabyte', 1024 ** 3],
    ['megabyte', 1024 ** 2],
    ['kilobyte', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(bytes / size);
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1024);
}

export function DataPanel({ usage, onExport, onImport, onClear, locale }: DataPanelProps) {
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const run = async <R extends { ok: boolean }>(action: () => Promise<R>, done: (reply: R & { ok: true }) => string) => {
    setBusy(true);
    setNotice({ text: t('dataBusy') });
    const reply = await action();
    setBusy(false);
    setNotice(reply.ok ? { text: done(reply as R & { ok: true }) } : { text: t('dataFailed', (reply as unknown as { error: string }).error), error: true });
  };

  const exportFile = () =>
    run(onExport, (reply) => {
      saveFile(reply.json, reply.fileName, 'application/json');
      return t('dataExported', reply.fileName);
    });

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const json = await file.text();
    input.value = '';
    await run(
      () => onImport(json),
      (reply) => t('dataImported', count(reply.imported.articlesAdded + reply.imported.articlesUpdated), count(reply.imported.actors)),
    );
  };

  const clear = async () => {
    setConfirming(false);
    await run(onClear, () => t('dataCleared'));
    clearButton.current?.focus();
  };

  return (
    <section class="options-section" id="data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="muted">{t('dataIntro')}</p>
      <p class="data-usage">
        {usage === null && t('dataUsageLoading')}
        {usage?.ok === true &&
          t(
            'dataUsage',
            usage.usage.usageBytes === null ? '—' : formatBytes(usage.usage.usageBytes, locale),
            count(usage.usage.counts.articles),
            count(usage.usage.counts.actors),
          )}
        {usage?.ok === false && <span class="error-text">{t('dataFailed', usage.error)}</span>}
      </p>
      <div class="data-actions">
        <button type="button" disabled={busy} onClick={() => void exportFile()}>
          {t('dataExport')}
        </button>
        <span class="field">
          <label for="data-import">{t('dataImportLabel')}</label>
          <input id="data-import" type="file" accept="application/json,.json" disabled={busy} onChange={(event) => void importFile(event.currentTarget)} />
        </span>
      </div>
      {!confirming && (
        <button ref={clearButton} type="button" class="data-clear" disabled={busy} onClick={() => setConfirming(true)}>
          {t('dataClear')}
        </button>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="clear-confirm-text">
          <p id="clear-confirm-text">{t('dataClearConfirm')}</p>
          <button type="button" class="danger" onClick={() => void clear()}>
            {t('dataClearConfirmButton')}
          </button>{' '}
          <button ref={cancelButton} type="button" onClick={() => setConfirming(false)}>
            {t('glossaryCancel')}
          </button>
        </div>
      )}
      <p class="notice" role="status">
        {notice && <span class={notice.error ? 'error-text' : undefined}>{notice.text}</span>}
      </p>
    </section>
  );
}
