import type { ActorKind } from '../lib/engine/types';
import { t, type MessageKey } from '../lib/locale/i18n';

const LABEL: Record<ActorKind, MessageKey> = {
  person: 'kindPerson',
  organization: 'kindOrganization',
  place: 'kindPlace',
  other: 'kindOther',
};

const PLURAL: Record<ActorKind, MessageKey> = {
  person: 'kindPersonPlural',
  organization: 'kindOrganizationPlural',
  place: 'kindPlacePlural',
  other: 'kindOtherPlural',
};

export const kindLabel = (kind: ActorKind): string => t(LABEL[kind]);
export const kindPlural = (kind: ActorKind): string => t(PLURAL[kind]);
