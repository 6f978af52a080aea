// The shape of a correction (lib/store/who-types.ts) as a message or a backup line carries it:
// checked before anything acts on it. Whether its actors exist is the store's to say.
import { ACTOR_KINDS, type ActorKind } from '../engine/types';
import { MAX_NAME_CHARS, type Correction } from './who-types';

/** Longest actor id accepted. */
const MAX_ID_CHARS = 4_096;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

/** A correction's shape; whether its actors exist is the store's to say. */
export function parseCorrection(value: unknown): Correction | null {
  if (!isRecord(value)) return null;
  const id = (key: string): string | null => (isString(value[key], MAX_ID_CHARS) && value[key] !== '' ? (value[key] as string) : null);
  const name = (): string | null => (isString(value.name, MAX_NAME_CHARS) && value.name.trim() !== '' ? value.name.trim() : null);
  switch (value.type) {
    case 'merge': {
      const into = id('into');
      const from = id('from');
      return into && from && into !== from ? { type: 'merge', into, from } : null;
    }
    case 'split': {
      const actor = id('id');
      const alias = name();
      return actor && alias ? { type: 'split', id: actor, name: alias } : null;
    }
    case 'rename': {
      const actor = id('id');
      const newName = name();
      return actor && newName ? { type: 'rename', id: actor, name: newName } : null;
    }
    case 'kind': {
      const actor = id('id');
      return actor && ACTOR_KINDS.includes(value.kind as ActorKind) ? { type: 'kind', id: actor, kind: value.kind as ActorKind } : null;
    }
    case 'hide': {
      const hidden = name();
      return hidden ? { type: 'hide', name: hidden } : null;
    }
    default:
      return null;
  }
}
