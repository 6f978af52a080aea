// Later linking: earlier articles said only "Kim"; a later one introduces "Kim Jong-un". When
// no other person stored has "Kim" as the first or last word of their name, the "Kim" of the
// earlier articles is him: merged into him as a correction Dramatis made, which the reader can
// undo (undoing keeps the two apart from then on).
import { actorId, normalizeName } from '../engine/actor-id';
import type { ArticleDataset } from '../engine/types';
import { foldJournal } from './actor-stats';
import { applyCorrection, redirectsOf } from './corrections';
import { readTotals } from './counters';
import type { ActorIdentity, DramatisDatabase } from './db';
import { foldForSearch } from './fold-name';
import { storeTables } from './retention';
import type { CorrectionResult } from './who-types';

/** Candidates read for the ambiguity check; more people than this sharing a word is ambiguous anyway. */
const MAX_NAMESAKES = 50;

function wordsOf(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean);
}

/** Does a stored person's full name begin or end with `word` ("kim" for "Kim Jong-un", "aso" for "Taro Aso")? */
function fullNameWith(identity: ActorIdentity, word: string): boolean {
  const words = wordsOf(identity.name);
  return identity.kind === 'person' && words.length > 1 && (words[0] === word || words[words.length - 1] === word);
}

/** The one-word people of earlier articles that a person of this stored dataset names unambiguously: [one-word id, full id]. */
async function findLaterLinks(db: DramatisDatabase, dataset: ArticleDataset): Promise<[string, string][]> {
  const inDataset = new Set(dataset.actors.map((actor) => actor.id));
  const people = dataset.actors.filter((actor) => actor.kind === 'person' && wordsOf(actor.name).length > 1);
  const pairs = people.flatMap((person) => {
    const words = wordsOf(person.name);
    const ends = [...new Set([words[0]!, words[words.length - 1]!])];
    return ends.map((word): [string, string, string] => [actorId('person', word), person.id, word]);
  });
  const candidates = pairs.filter(([oneWord]) => !inDataset.has(oneWord));
  if (candidates.length === 0) return [];
  const [rows, corrections] = await Promise.all([db.actorStats.bulkGet(candidates.map(([oneWord]) => oneWord)), db.corrections.toArray()]);
  const keptApart = redirectsOf(corrections);
  const links: [string, string][] = [];
  const claimed = new Set<string>();
  for (const [i, [oneWord, full, word]] of candidates.entries()) {
    const row = rows[i];
    if (!row || row.kind !== 'person' || claimed.has(oneWord) || keptApart.has(word)) continue;
    // Index keys are the folded name and its word-start suffixes: "kim jong un" for a first word, "aso" for a last.
    const namesakes = await db.actors.where('searchKeys').startsWith(foldForSearch(word)).limit(MAX_NAMESAKES).toArray();
    if (namesakes.length >= MAX_NAMESAKES) continue;
    const fullNames = namesakes.filter((stored) => fullNameWith(stored, word));
    if (fullNames.length !== 1 || fullNames[0]!.id !== full) continue;
    claimed.add(oneWord);
    links.push([oneWord, full]);
  }
  return links;
}

/** Merges what later linking finds (after the dataset was stored and the journal folded). */
export async function linkLaterNames(db: DramatisDatabase, dataset: ArticleDataset, now: number = Date.now()): Promise<CorrectionResult[]> {
  const links = await db.transaction('rw', storeTables(db), async () => {
    await foldJournal(db, await readTotals(db));
    return findLaterLinks(db, dataset);
  });
  const results: CorrectionResult[] = [];
  for (const [from, into] of links) results.push(await applyCorrection(db, { type: 'merge', into, from }, 'auto', now));
  return results;
}
