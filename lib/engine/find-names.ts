// First engine: runs of capitalised words are names; the same string is one actor.
import type { Actor, EngineResult, Mention } from './types';

const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
const SENTENCE_START_WORDS = new Set(['A', 'An', 'The', 'But', 'And', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'With', 'Although', 'If', 'As', 'For']);

export function findNames(text: string, _options: { lang?: string }): EngineResult {
  const byName = new Map<string, Actor>();
  const mentions: Mention[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    let start = match.index;
    let name = match[0].replace(/['’]s$/u, '');
    const first = name.split(/\s+/u)[0];
    if (SENTENCE_START_WORDS.has(first)) {
      const rest = name.slice(first.length).trimStart();
      start += name.length - rest.length;
      name = rest;
    }
    if (name.length < 2) continue;
    const id = `other:${name.toLowerCase()}`;
    let actor = byName.get(id);
    if (!actor) {
      actor = { id, name, kind: 'other', aliases: [], descriptors: [], quotes: [], mentions: 0 };
      byName.set(id, actor);
    }
    actor.mentions++;
    mentions.push({ start, end: start + name.length, actorId: id });
  }
  return { lang: 'en', actors: [...byName.values()], mentions };
}
