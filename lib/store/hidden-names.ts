// Names the reader hid ("never highlight this again", e.g. a photo credit taken for a person):
// dropped from what a page is given, while the store keeps the analysis (an undo brings them
// back on the next visit).
import type { ArticleDataset } from '../engine/types';
import type { DramatisDatabase } from './db';
import { hiddenNamesOf } from './corrections';
import { foldForSearch } from './fold-name';

/** The folded names the reader hid (one request). */
export async function readHiddenNames(db: DramatisDatabase): Promise<Set<string>> {
  return hiddenNamesOf(await db.corrections.toArray());
}

/**
 * The dataset without the hidden names: a mention whose text is a hidden name goes, and so
 * does an actor whose name is hidden or that is left without mentions. `text` is the text
 * the dataset's offsets point into.
 */
export function dropHiddenNames(dataset: ArticleDataset, text: string, hidden: ReadonlySet<string>): ArticleDataset {
  if (hidden.size === 0) return dataset;
  const isHidden = (name: string) => hidden.has(foldForSearch(name));
  const mentions = dataset.mentions.filter((mention) => !isHidden(text.slice(mention.start, mention.end)));
  const mentioned = new Set(mentions.map((mention) => mention.actorId));
  const actors = dataset.actors.filter((actor) => !isHidden(actor.name) && mentioned.has(actor.id));
  const kept = new Set(actors.map((actor) => actor.id));
  if (actors.length === dataset.actors.length && mentions.length === dataset.mentions.length) return dataset;
  return { ...dataset, actors, mentions: mentions.filter((mention) => kept.has(mention.actorId)) };
}
