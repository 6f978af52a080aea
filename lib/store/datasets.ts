// Storing and reading back article datasets.
import type { Actor, ArticleDataset } from '../engine/types';
import type { ActorRecord, AppearanceRecord, ArticleRecord, DramatisDatabase } from './db';

/** The stored dataset for this URL if its text is unchanged, else null (re-analyse). */
export async function findDataset(db: DramatisDatabase, url: string, textHash: string): Promise<ArticleDataset | null> {
  return db.transaction('rw', db.articles, db.appearances, async () => {
    const article = await db.articles.get(url);
    if (!article || article.textHash !== textHash) return null;
    await db.articles.update(url, { seenAt: Date.now() });
    const appearances = await db.appearances.where('url').equals(url).toArray();
    return toDataset(article, appearances);
  });
}

function toDataset(article: ArticleRecord, appearances: AppearanceRecord[]): ArticleDataset {
  const order = new Map(article.actorIds.map((id, i) => [id, i]));
  const inOrder = [...appearances].sort((a, b) => (order.get(a.actorId) ?? 0) - (order.get(b.actorId) ?? 0));
  const actors: Actor[] = inOrder.map((appearance) => ({
    id: appearance.actorId,
    name: appearance.name,
    kind: appearance.kind,
    aliases: appearance.aliases,
    ...(appearance.expansion ? { expansion: appearance.expansion } : {}),
    descriptors: appearance.descriptors,
    quotes: appearance.quotes,
    mentions: appearance.mentions,
  }));
  return {
    url: article.url,
    title: article.title,
    lang: article.lang,
    textHash: article.textHash,
    analyzedAt: article.analyzedAt,
    actors,
    mentions: article.mentions,
    ...(article.unsupported ? { unsupported: article.unsupported } : {}),
  };
}

/** Saves a dataset, replacing whatever this URL had before, in one transaction. */
export async function saveDataset(db: DramatisDatabase, dataset: ArticleDataset, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.articles, db.actors, db.appearances, async () => {
    await db.appearances.where('url').equals(dataset.url).delete();
    await db.articles.put({
      url: dataset.url,
      title: dataset.title,
      lang: dataset.lang,
      textHash: dataset.textHash,
      analyzedAt: dataset.analyzedAt,
      seenAt: now,
      mentions: dataset.mentions,
      actorIds: dataset.actors.map((actor) => actor.id),
      ...(dataset.unsupported ? { unsupported: dataset.unsupported } : {}),
    });
    const known = await db.actors.bulkGet(dataset.actors.map((actor) => actor.id));
    await db.actors.bulkPut(dataset.actors.map((actor, i) => mergeActor(known[i], actor)));
    await db.appearances.bulkPut(
      dataset.actors.map((actor) => ({
        actorId: actor.id,
        url: dataset.url,
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        ...(actor.expansion ? { expansion: actor.expansion } : {}),
        descriptors: actor.descriptors,
        quotes: actor.quotes,
        mentions: actor.mentions,
        analyzedAt: dataset.analyzedAt,
      })),
    );
  });
}

/** One record per real-world actor: keep the fullest name, gather every alias seen. */
function mergeActor(known: ActorRecord | undefined, actor: Actor): ActorRecord {
  const name = known && known.name.length >= actor.name.length ? known.name : actor.name;
  const aliases = new Set([...(known?.aliases ?? []), ...actor.aliases, actor.name, ...(known ? [known.name] : [])]);
  aliases.delete(name);
  const expansion = actor.expansion ?? known?.expansion;
  return { id: actor.id, name, kind: actor.kind, aliases: [...aliases], ...(expansion ? { expansion } : {}) };
}
