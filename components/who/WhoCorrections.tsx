// "Correct Dramatis": rename, change the kind, hide the name, merge another entry into this
// one, split a name off, and the corrections made so far with their Undo. Nothing asks
// "are you sure?": every correction can be undone.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ACTOR_KINDS, type ActorKind } from '../../lib/engine/types';
import type { WhoListReply } from '../../lib/messages/protocol';
import { t } from '../../lib/locale/i18n';
import type { Correction, WhoActorPage } from '../../lib/store/who-types';
import { kindLabel } from '../kind-labels';
import { WhoCorrectionHistory } from './WhoCorrectionHistory';
import { WhoMergeSearch } from './WhoMergeSearch';
import { kindProblem, renameProblem } from './correction-form';

export interface WhoCorrectionsProps {
  actor: WhoActorPage;
  locale: string;
  /** Sends a correction; true when it was made. */
  onCorrect: (correction: Correction) => Promise<boolean>;
  onUndo: (recordId: string) => void;
  findActors: (query: string) => Promise<WhoListReply>;
}

export function WhoCorrections(props: WhoCorrectionsProps) {
  const { actor, onCorrect } = props;
  return (
    <section class="who-section who-corrections" aria-labelledby="who-correct-title">
      <h2 id="who-correct-title">{t('whoCorrectHeading')}</h2>
      <p class="muted">{t('whoCorrectIntro')}</p>
      <RenameForm key={`${actor.id}\u0000${actor.name}`} actor={actor} onCorrect={onCorrect} />
      <KindForm key={`${actor.id}\u0000${actor.kind}`} actor={actor} onCorrect={onCorrect} />
      {!actor.hidden && (
        <div class="who-correct-group">
          <button type="button" aria-describedby="who-hide-hint" onClick={() => void onCorrect({ type: 'hide', name: actor.name })}>
            {t('whoHideButton', actor.name)}
          </button>
          <p id="who-hide-hint" class="field-hint muted">
            {t('whoHideHint')}
          </p>
        </div>
      )}
      <WhoMergeSearch
        actorId={actor.id}
        locale={props.locale}
        findActors={props.findActors}
        onMerge={(from) => onCorrect({ type: 'merge', into: actor.id, from })}
      />
      {actor.aliases.length > 0 && <SplitForm key={actor.id} actor={actor} onCorrect={onCorrect} />}
      <WhoCorrectionHistory corrections={actor.corrections} locale={props.locale} onUndo={props.onUndo} />
    </section>
  );
}

type FormProps = { actor: WhoActorPage; onCorrect: WhoCorrectionsProps['onCorrect'] };

function RenameForm({ actor, onCorrect }: FormProps) {
  const [draft, setDraft] = useState(actor.name);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const found = renameProblem(draft, actor.name);
    setProblem(found);
    if (found) {
      input.current?.focus();
      return;
    }
    void onCorrect({ type: 'rename', id: actor.id, name: draft.trim() });
  };
  return (
    <form class="who-correct-group" noValidate onSubmit={submit}>
      <label for="who-rename">{t('whoRenameLabel')}</label>
      <div class="who-inline">
        <input
          ref={input}
          id="who-rename"
          type="text"
          autocomplete="off"
          value={draft}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'who-rename-error' : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('whoRenameButton')}</button>
      </div>
      {problem && (
        <p id="who-rename-error" class="field-error error-text">
          {problem}
        </p>
      )}
    </form>
  );
}

function KindForm({ actor, onCorrect }: FormProps) {
  const [kind, setKind] = useState<ActorKind>(actor.kind);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const found = kindProblem(kind, actor.kind);
    setProblem(found);
    if (!found) void onCorrect({ type: 'kind', id: actor.id, kind });
  };
  return (
    <form class="who-correct-group" onSubmit={submit}>
      <label for="who-change-kind">{t('whoKindChangeLabel')}</label>
      <div class="who-inline">
        <select
          id="who-change-kind"
          value={kind}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'who-kind-error' : undefined}
          onChange={(event) => {
            const chosen = event.currentTarget.value as ActorKind;
            if (ACTOR_KINDS.includes(chosen)) setKind(chosen);
          }}
        >
          {ACTOR_KINDS.map((choice) => (
            <option key={choice} value={choice}>
              {kindLabel(choice)}
            </option>
          ))}
        </select>
        <button type="submit">{t('whoKindButton')}</button>
      </div>
      {problem && (
        <p id="who-kind-error" class="field-error error-text">
          {problem}
        </p>
      )}
    </form>
  );
}

function SplitForm({ actor, onCorrect }: FormProps) {
  const [name, setName] = useState(actor.aliases[0] ?? '');
  // The names change after a split or a merge: keep the choice one of them.
  useEffect(() => {
    if (!actor.aliases.includes(name)) setName(actor.aliases[0] ?? '');
  }, [actor.aliases]);
  const submit = (event: Event) => {
    event.preventDefault();
    if (name) void onCorrect({ type: 'split', id: actor.id, name });
  };
  return (
    <form class="who-correct-group" onSubmit={submit}>
      <label for="who-split">{t('whoSplitLabel')}</label>
      <p id="who-split-hint" class="field-hint muted">
        {t('whoSplitHint')}
      </p>
      <div class="who-inline">
        <select id="who-split" value={name} aria-describedby="who-split-hint" onChange={(event) => setName(event.currentTarget.value)}>
          {actor.aliases.map((alias) => (
            <option key={alias} value={alias}>
              {alias}
            </option>
          ))}
        </select>
        <button type="submit">{t('whoSplitButton')}</button>
      </div>
    </form>
  );
}
