// The checks a correction form makes before anything is sent (the background checks again).
import type { ActorKind } from '../../lib/engine/types';
import { t } from '../../lib/locale/i18n';
import { MAX_NAME_CHARS, type CorrectionRecord, type WhoActorPage } from '../../lib/store/who-types';
import { kindLabel } from '../kind-labels';

/** Why a new name cannot be used; null when it can. */
export function renameProblem(draft: string, current: string): string | null {
  const name = draft.trim();
  if (name === '') return t('whoErrNameEmpty');
  if ([...name].length > MAX_NAME_CHARS) return t('whoErrNameLong', MAX_NAME_CHARS);
  if (name === current) return t('whoErrNameSame');
  return null;
}

/** Why a kind cannot be chosen; null when it can. */
export function kindProblem(kind: ActorKind, current: ActorKind): string | null {
  return kind === current ? t('whoErrKindSame', kindLabel(current)) : null;
}

/** The correction that hid this actor's name (its undo unhides it), if the actor has one. */
export function hideRecordOf(actor: WhoActorPage): CorrectionRecord | undefined {
  const hides = actor.corrections.filter((record) => record.correction.type === 'hide');
  const names = new Set([actor.name, ...actor.aliases]);
  return hides.find((record) => record.correction.type === 'hide' && names.has(record.correction.name)) ?? hides[0];
}
