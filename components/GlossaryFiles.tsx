// Glossary import and export (JSON or CSV). An import is shown first (what is new, what
// changes, which rows are invalid and on which line) and written only when the reader confirms.
import { useState } from 'preact/hooks';
import type { GlossaryExportReply, GlossaryFileFormat, GlossaryImportPreview, GlossaryImportReply } from '../lib/glossary/glossary-types';
import { t } from '../lib/locale/i18n';
import { saveFile } from './save-file';
import { StatusNotice, type Notice } from './StatusNotice';

export interface GlossaryFilesProps {
  onExport: (format: GlossaryFileFormat) => Promise<GlossaryExportReply>;
  onImport: (format: GlossaryFileFormat, text: string, step: 'preview' | 'apply', skipInvalid: boolean) => Promise<GlossaryImportReply>;
}

type Pending = { format: GlossaryFileFormat; text: string; preview: GlossaryImportPreview };

/** How many invalid rows are listed by line (the rest are counted). */
const MAX_LISTED_PROBLEMS = 20;

export function formatOf(fileName: string): GlossaryFileFormat {
  return /\.csv$/i.test(fileName) ? 'csv' : 'json';
}

export function GlossaryFiles({ onExport, onImport }: GlossaryFilesProps) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const exportAs = async (format: GlossaryFileFormat) => {
    const reply = await onExport(format);
    if (!reply.ok) {
      setNotice({ text: t('dataFailed', reply.error), error: true });
      return;
    }
    saveFile(reply.text, reply.fileName, reply.mimeType);
    setNotice({ text: t('glossaryExported', reply.fileName, reply.count) });
  };

  const preview = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const format = formatOf(file.name);
    const reply = await onImport(format, text, 'preview', false);
    if (!reply.ok) {
      setPending(null);
      setNotice({ text: t('glossaryImportFailed', reply.error), error: true });
      return;
    }
    setNotice(null);
    setPending({ format, text, preview: reply.preview });
  };

  const apply = async () => {
    if (!pending) return;
    const reply = await onImport(pending.format, pending.text, 'apply', pending.preview.errors.length > 0);
    setPending(null);
    setNotice(
      reply.ok
        ? { text: t('glossaryImportDone', reply.preview.added, reply.preview.updated) }
        : { text: t('glossaryImportFailed', reply.error), error: true },
    );
  };

  const importable = pending ? pending.preview.added + pending.preview.updated : 0;
  return (
    <section class="glossary-files" aria-labelledby="glossary-files-heading">
      <h3 id="glossary-files-heading">{t('glossaryFilesHeading')}</h3>
      <div class="data-actions">
        <button type="button" onClick={() => void exportAs('json')}>
          {t('glossaryExportJson')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('glossaryExportCsv')}
        </button>
        <span class="field">
          <label for="glossary-import">{t('glossaryImportLabel')}</label>
          <input id="glossary-import" type="file" accept=".json,.csv,application/json,text/csv" onChange={(event) => void preview(event.currentTarget)} />
        </span>
      </div>
      {pending && (
        <div class="confirm import-preview" role="group" aria-labelledby="import-preview-summary">
          <p id="import-preview-summary">
            {t('glossaryImportPreview', pending.preview.added, pending.preview.updated, pending.preview.unchanged)}
          </p>
          {pending.preview.errors.length > 0 && (
            <>
              <p class="error-text">{t('glossaryImportProblems', pending.preview.errors.length)}</p>
              <ul class="import-problems">
                {pending.preview.errors.slice(0, MAX_LISTED_PROBLEMS).map((problem) => (
                  <li key={problem.line}>{t('glossaryImportProblem', problem.line, problem.message)}</li>
                ))}
              </ul>
            </>
          )}
          {importable === 0 && <p>{t('glossaryImportNothing')}</p>}
          {importable > 0 && (
            <button type="button" class="primary" onClick={() => void apply()}>
              {pending.preview.errors.length > 0 ? t('glossaryImportSkipInvalid') : t('glossaryImportConfirm')}
            </button>
          )}{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('glossaryCancel')}
          </button>
        </div>
      )}
      <StatusNotice notice={notice} />
    </section>
  );
}
