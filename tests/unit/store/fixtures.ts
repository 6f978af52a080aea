// Small datasets for the store tests, written the way the engine writes them.
import { actorId } from '../../../lib/engine/actor-id';
import type { Actor, ActorKind, ArticleDataset } from '../../../lib/engine/types';
import { openDatabase, type DramatisDatabase } from '../../../lib/store/db';

export interface ActorSpec {
  name: string;
  kind?: ActorKind;
  aliases?: string[];
  descriptor?: string;
  quote?: string;
}

/** An article whose text is its actors' names and descriptors, with real offsets. */
export function article(url: string, actors: (string | ActorSpec)[], options: { textHash?: string; analyzedAt?: number; title?: string } = {}): ArticleDataset {
  let text = '';
  const built: Actor[] = [];
  const mentions: ArticleDataset['mentions'] = [];
  for (const entry of actors) {
    const spec = typeof entry === 'string' ? { name: entry } : entry;
    const kind = spec.kind ?? 'person';
    const id = actorId(kind, spec.name);
    const start = text.length;
    text += `${spec.name}, `;
    mentions.push({ start, end: start + spec.name.length, actorId: id });
    const descriptors = [];
    const descriptor = spec.descriptor ?? 'a lawmaker';
    descriptors.push({ text: descriptor, start: text.length, end: text.length + descriptor.length });
    text += `${descriptor}. `;
    const quotes = [];
    if (spec.quote) {
      quotes.push({ text: spec.quote, start: text.length, end: text.length + spec.quote.length });
      text += `${spec.quote} `;
    }
    built.push({ id, name: spec.name, kind, aliases: spec.aliases ?? [], descriptors, quotes, mentions: 1 });
  }
  return {
    url,
    title: options.title ?? `Title of ${url}`,
    lang: 'en',
    textHash: options.textHash ?? 'h1',
    analyzedAt: options.analyzedAt ?? 1_700_000_000_000,
    actors: built,
    mentions,
  };
}

let counter = 0;
/** A fresh database with a unique name (fake-indexeddb keeps them per process). */
export function freshDatabase(): DramatisDatabase {
  return openDatabase(`dramatis-test-${process.pid}-${++counter}`);
}
