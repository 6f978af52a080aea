import type { ActorKind } from '../lib/engine/types';

export const KIND_LABEL: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  other: 'Other',
};

export const KIND_PLURAL: Record<ActorKind, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  other: 'Other names',
};
