// The reader's glossary: a form to add or edit an entry (validated field by field, duplicates
// caught before saving), a searchable list, and delete with undo.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTOR_KINDS, type ActorKind } from '../lib/engine/types';
import type { GlossaryChangeReply, GlossaryDraft, GlossaryEntry, GlossarySaveReply } from '../lib/glossary/glossary-types';
import { t } from '../lib/locale/i18n';
import {
  EMPTY_FIELDS,
  draftOf,
  fieldsOf,
  filterEntries,
  validateFields,
  type FieldErrors,
  type GlossaryField,
  type GlossaryFields,
} from './glossary-form';
import { kindLabel } from './kind-labels';

export interface GlossaryEditorProps {
  /** Live entries; null while loading. */
  entries: GlossaryEntry[] | null;
  loadError?: string | null;
  /** Fields to start the form with (the context menu's selected text). */
  prefill?: Partial<GlossaryFields>;
  onSave: (draft: GlossaryDraft) => Promise<GlossarySaveReply>;
  onDelete: (id: string) => Promise<GlossaryChangeReply>;
  onRestore: (id: string) => Promise<GlossaryChangeReply>;
  /** Shown under the heading (e.g. the sync status). */
  status?: ComponentChildren;
  /** Shown after the list (e.g. import and export). */
  footer?: ComponentChildren;
}

type Notice = { text: string; undo?: { id: string; term: string }; error?: boolean } | null;

const FIELD_ORDER: GlossaryField[] = ['term', 'aliases', 'kind', 'note', 'link'];

export function GlossaryEditor(props: GlossaryEditorProps) {
  const entries = props.entries ?? [];
  const [fields, setFields] = useState<GlossaryFields>({ ...EMPTY_FIELDS, ...props.prefill });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const editing = editingId === null ? null : entries.find((entry) => entry.id === editingId) ?? null;

  // The entry being edited was deleted elsewhere (another tab, another browser): keep what the
  // reader typed, as a new entry.
  useEffect(() => {
    if (editingId !== null && props.entries !== null && editing === null) setEditingId(null);
  }, [editingId, editing, props.entries]);

  useEffect(() => {
    if (notice?.undo) undoButton.current?.focus();
  }, [notice]);

  // Opened from the context menu: the reader is here to complete this entry.
  useEffect(() => {
    if (!props.prefill?.term) return;
    const term = form.current?.querySelector<HTMLElement>('#glossary-term');
    term?.focus();
    term?.scrollIntoView({ block: 'center' });
  }, []);

  const focusField = (field: GlossaryField) => form.current?.querySelector<HTMLElement>(`#glossary-${field}`)?.focus();

  const set = (field: GlossaryField, value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    // An error goes away as soon as the reader changes the field it is about.
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const reset = () => {
    setFields({ ...EMPTY_FIELDS });
    setEditingId(null);
    setErrors({});
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = validateFields(fields, entries, editingId);
    setErrors(found);
    const firstInvalid = FIELD_ORDER.find((field) => found[field]);
    if (firstInvalid) {
      setNotice({ text: t('glossaryFixErrors'), error: true });
      focusField(firstInvalid);
      return;
    }
    setBusy(true);
    const reply = await props.onSave(draftOf(fields, editingId));
    setBusy(false);
    if (!reply.ok) {
      if (reply.field) {
        setErrors({ [reply.field]: reply.error });
        focusField(reply.field);
      }
      setNotice({ text: t('errSaveFailed', reply.error), error: true });
      return;
    }
    setNotice({ text: editingId === null ? t('glossaryAdded', reply.entry.term) : t('glossarySaved', reply.entry.term) });
    reset();
    focusField('term');
  };

  const remove = async (entry: GlossaryEntry) => {
    const reply = await props.onDelete(entry.id);
    if (!reply.ok) {
      setNotice({ text: t('errSaveFailed', reply.error), error: true });
      return;
    }
    if (editingId === entry.id) reset();
    setNotice({ text: t('glossaryDeleted', entry.term), undo: { id: entry.id, term: entry.term } });
  };

  const undo = async (id: string, term: string) => {
    const reply = await props.onRestore(id);
    setNotice(reply.ok ? { text: t('glossaryRestored', term) } : { text: t('errSaveFailed', reply.error), error: true });
    if (reply.ok) document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"] button`)?.focus();
  };

  const startEdit = (entry: GlossaryEntry) => {
    setEditingId(entry.id);
    setFields(fieldsOf(entry));
    setErrors({});
    setNotice(null);
    focusField('term');
  };

  const shown = filterEntries(entries, query);

  return (
    <section class="options-section" id="glossary" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">{t('glossaryHeading')}</h2>
      <p class="muted">{t('glossaryIntro')}</p>
      {props.status}

      <form
        ref={form}
        class="glossary-form"
        noValidate
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => {
          // Escape leaves an edit (the form goes back to adding); the list stays where it was.
          if (event.key === 'Escape' && editingId !== null) {
            const id = editingId;
            reset();
            document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"] button`)?.focus();
          }
        }}
        aria-labelledby="glossary-form-heading"
      >
        <h3 id="glossary-form-heading">{editing ? t('glossaryEditHeading', editing.term) : t('glossaryAddHeading')}</h3>
        <Field id="term" label={t('glossaryTermLabel')} error={errors.term}>
          {(describedBy) => (
            <input
              id="glossary-term"
              type="text"
              required
              aria-required="true"
              maxLength={400}
              value={fields.term}
              aria-invalid={errors.term ? 'true' : 'false'}
              aria-describedby={describedBy}
              onInput={(event) => set('term', event.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="aliases" label={t('glossaryAliasesLabel')} hint={t('glossaryAliasesHint')} error={errors.aliases}>
          {(describedBy) => (
            <input
              id="glossary-aliases"
              type="text"
              value={fields.aliases}
              aria-invalid={errors.aliases ? 'true' : 'false'}
              aria-describedby={describedBy}
              onInput={(event) => set('aliases', event.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="kind" label={t('glossaryKindLabel')}>
          {(describedBy) => (
            <select
              id="glossary-kind"
              value={fields.kind}
              aria-describedby={describedBy}
              onChange={(event) => set('kind', event.currentTarget.value as ActorKind)}
            >
              {ACTOR_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="note" label={t('glossaryNoteLabel')} error={errors.note}>
          {(describedBy) => (
            <textarea
              id="glossary-note"
              rows={3}
              value={fields.note}
              aria-invalid={errors.note ? 'true' : 'false'}
              aria-describedby={describedBy}
              onInput={(event) => set('note', event.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="link" label={t('glossaryLinkLabel')} hint={t('glossaryLinkHint')} error={errors.link}>
          {(describedBy) => (
            <input
              id="glossary-link"
              type="url"
              inputMode="url"
              value={fields.link}
              aria-invalid={errors.link ? 'true' : 'false'}
              aria-describedby={describedBy}
              onInput={(event) => set('link', event.currentTarget.value)}
            />
          )}
        </Field>
        <div class="form-actions">
          <button type="submit" class="primary" disabled={busy}>
            {editing ? t('glossarySave') : t('glossaryAdd')}
          </button>
          {(editing || fields.term || fields.aliases || fields.note || fields.link || Object.values(errors).some(Boolean)) && (
            <button type="button" onClick={reset}>
              {t('glossaryCancel')}
            </button>
          )}
        </div>
      </form>

      <div class="notice glossary-notice" role="status">
        {notice && <span class={notice.error ? 'error-text' : undefined}>{notice.text}</span>}
        {notice?.undo && (
          <>
            {' '}
            <button ref={undoButton} type="button" onClick={() => notice.undo && void undo(notice.undo.id, notice.undo.term)}>
              {t('glossaryUndo')}
            </button>
          </>
        )}
      </div>

      <div class="glossary-list-header">
        <label for="glossary-search">{t('glossarySearchLabel')}</label>
        <input id="glossary-search" type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </div>
      {props.loadError && <p class="error-text glossary-load-error" role="alert">{t('glossaryLoadFailed', props.loadError)}</p>}
      {props.entries !== null && entries.length === 0 && !props.loadError && <p class="muted glossary-empty">{t('glossaryEmpty')}</p>}
      {entries.length > 0 && shown.length === 0 && <p class="muted">{t('glossaryNoMatch', query)}</p>}
      {shown.length > 0 && (
        <ul class="glossary-list" aria-label={t('glossaryListLabel')}>
          {shown.map((entry) => (
            <li key={entry.id} class="glossary-entry" data-entry-id={entry.id}>
              <div class="glossary-entry-text">
                <span class="glossary-term">{entry.term}</span> <span class="muted">{kindLabel(entry.kind)}</span>
                {entry.aliases.length > 0 && <span class="glossary-aliases">{entry.aliases.join(', ')}</span>}
                {entry.note && <span class="glossary-note">{entry.note}</span>}
                {entry.link && (
                  <a class="glossary-link" href={entry.link} target="_blank" rel="noreferrer">
                    {entry.link}
                  </a>
                )}
              </div>
              <div class="glossary-entry-actions">
                <button type="button" aria-label={t('glossaryEditLabel', entry.term)} onClick={() => startEdit(entry)}>
                  {t('glossaryEdit')}
                </button>
                <button type="button" aria-label={t('glossaryDeleteLabel', entry.term)} onClick={() => void remove(entry)}>
                  {t('glossaryDelete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {props.footer}
    </section>
  );
}

/** A labeled field with its hint and error next to it, wired through aria-describedby. */
function Field(props: { id: string; label: string; hint?: string; error?: string | undefined; children: (describedBy: string | undefined) => ComponentChildren }) {
  const hintId = props.hint ? `glossary-${props.id}-hint` : null;
  const errorId = props.error ? `glossary-${props.id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={`glossary-${props.id}`}>{props.label}</label>
      {props.children(describedBy)}
      {props.error && (
        <span id={errorId!} class="field-error error-text">
          {props.error}
        </span>
      )}
      {props.hint && (
        <span id={hintId!} class="field-hint muted">
          {props.hint}
        </span>
      )}
    </div>
  );
}
