// The reader's data: how much is stored, export to a file, import a file (with progress for
// large ones), clear everything (only after a confirmation that says what goes and what stays).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClearAllReply, StorageUsageReply } from '../lib/messages/protocol';
import type { ImportSummary } from '../lib/store/store-types';
import { t } from '../lib/locale/i18n';
import { saveFile } from './save-file';
import { StatusNotice, type Notice } from './StatusNotice';
import { formatBytes } from './format-bytes';

/** How far a long export or import has come. */
export interface DataProgress {
  stage: 'export' | 'check' | 'apply';
  done: number;
  total: number | null;
}
export type DataResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface DataPanelProps {
  /** null while measuring. */
  usage: StorageUsageReply | null;
  onExport: (onProgress: (progress: DataProgress) => void) => Promise<DataResult<{ blob: Blob; fileName: string; articles: number }>>;
  onImport: (file: File, onProgress: (progress: DataProgress) => void) => Promise<DataResult<ImportSummary>>;
  /** `glossary`: also delete the reader's glossary. */
  onClear: (glossary: boolean) => Promise<ClearAllReply>;
  /** Language for numbers and sizes ("en"). */
  locale: string;
}

export function DataPanel({ usage, onExport, onImport, onClear, locale }: DataPanelProps) {
  const [notice, setNotice] = useState<Notice>(null);
  const [progress, setProgress] = useState<DataProgress | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [withGlossary, setWithGlossary] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const counts = usage?.ok ? usage.usage.counts : null;

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const run = async <R extends { ok: boolean }>(action: () => Promise<R>, done: (reply: R & { ok: true }) => string) => {
    setBusy(true);
    setNotice({ text: t('dataBusy') });
    const reply = await action();
    setBusy(false);
    setProgress(null);
    setNotice(reply.ok ? { text: done(reply as R & { ok: true }) } : { text: t('dataFailed', (reply as unknown as { error: string }).error), error: true });
  };

  const exportFile = () =>
    run(
      () => onExport(setProgress),
      (reply) => {
        saveFile(reply.value.blob, reply.value.fileName, 'application/x-ndjson');
        return t('dataExported', reply.value.fileName);
      },
    );

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    await run(
      () => onImport(file, setProgress),
      (reply) => t('dataImported', count(reply.value.articlesAdded + reply.value.articlesUpdated), count(reply.value.actors)),
    );
  };

  const clear = async () => {
    setConfirming(false);
    await run(
      () => onClear(withGlossary),
      (reply) => (reply.glossaryEntries === undefined ? t('dataCleared') : t('dataClearedWithGlossary', count(reply.glossaryEntries))),
    );
    setWithGlossary(false);
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
          <input id="data-import" type="file" accept=".jsonl,.json,application/json,application/x-ndjson" disabled={busy} onChange={(event) => void importFile(event.currentTarget)} />
        </span>
      </div>
      {progress && (
        <p class="data-progress">
          <label for="data-progress">{progressText(progress, count)}</label>{' '}
          <progress id="data-progress" max={progress.total ?? undefined} value={progress.total === null ? undefined : progress.done} />
        </p>
      )}
      {!confirming && (
        <button ref={clearButton} type="button" class="data-clear" disabled={busy} onClick={() => setConfirming(true)}>
          {t('dataClear')}
        </button>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="clear-confirm-text">
          <p id="clear-confirm-text">
            {t('dataClearConfirm', counts ? count(counts.articles) : '—', counts ? count(counts.actors) : '—')}{' '}
            {withGlossary ? t('dataClearGlossaryGoes', counts ? count(counts.glossary) : '—') : t('dataClearKeeps', counts ? count(counts.glossary) : '—')}
          </p>
          <label class="confirm-option">
            <input type="checkbox" checked={withGlossary} onChange={(event) => setWithGlossary(event.currentTarget.checked)} /> {t('dataClearWithGlossary')}
          </label>
          <button type="button" class="danger" onClick={() => void clear()}>
            {t('dataClearConfirmButton')}
          </button>{' '}
          <button ref={cancelButton} type="button" onClick={() => setConfirming(false)}>
            {t('glossaryCancel')}
          </button>
        </div>
      )}
      <StatusNotice notice={notice} />
    </section>
  );
}

function progressText(progress: DataProgress, count: (n: number) => string): string {
  if (progress.stage === 'export') return t('dataExporting', count(progress.done), count(progress.total ?? progress.done));
  return t(progress.stage === 'check' ? 'dataChecking' : 'dataApplying', count(progress.done));
}
