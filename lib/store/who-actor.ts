// One actor's Who's who page: who the memory says they are, what each article said (newest
// first), how often they were met per week, who they appear with, and their affiliations.
// Reads the actor's stats row, the keys of its cast index (dates only, for the timeline and
// the first meeting), and the casts of its newest articles.
import { Dexie } from 'dexie';
import type { Evidence } from '../engine/types';
import { headlineOf } from '../text/headline';
import { correctionsAbout, hiddenNamesOf } from './corrections';
import { castEntries, type ActorStatsRecord, type CastEntry, type CastRecord, type DramatisDatabase } from './db';
import { foldForSearch, hostOf } from './fold-name';
import { foldIfNeeded } from './who-list';
import { WHO_ARTICLES_SHOWN, type WhoActorPage, type WhoAffiliation, type WhoCompanion, type WhoWeek } from './who-types';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** 1970-01-01 was a Thursday: weeks start on Monday, 4 days later. */
const MONDAY_OFFSET_MS = 4 * 24 * 60 * 60 * 1000;
/** Companions listed at most. */
const COMPANIONS_SHOWN = 10;
/** Weeks a timeline covers at most (the newest). */
const MAX_WEEKS = 104;
/**
 * Articles the timeline counts at most, newest first: reading the dates of an actor met in
 * 6,000 articles walks 6,000 index entries (~280 ms in Chromium); 500 cost ~25 ms.
 */
export const MAX_TIMELINE_ARTICLES = 500;

/** Monday 00:00 UTC of the week of `time`. */
export function weekStart(time: number): number {
  return Math.floor((time - MONDAY_OFFSET_MS) / WEEK_MS) * WEEK_MS + MONDAY_OFFSET_MS;
}

/** How many articles per week, from the first week met to the last (empty weeks included). */
export function weeklyCounts(dates: readonly number[]): WhoWeek[] {
  if (dates.length === 0) return [];
  const counts = new Map<number, number>();
  for (const date of dates) counts.set(weekStart(date), (counts.get(weekStart(date)) ?? 0) + 1);
  const last = Math.max(...counts.keys());
  const first = Math.max(Math.min(...counts.keys()), last - (MAX_WEEKS - 1) * WEEK_MS);
  const weeks: WhoWeek[] = [];
  for (let start = first; start <= last; start += WEEK_MS) weeks.push({ start, count: counts.get(start) ?? 0 });
  return weeks;
}

/** Where `text` holds `name` as whole words: [start, end), or null. */
function findName(text: string, name: string): [number, number] | null {
  if (name.length < 2) return null;
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) return [at, at + name.length];
  }
  return null;
}

/**
 * A person's organizations and places, from what articles said: a descriptor that names
 * another actor of the same article ("head of the Harbor Authority", "Corvalo's chief
 * executive", "a member of the Green Party") affiliates the person with it. A name inside a
 * longer one the descriptor names ("Calloway" in "Calloway Harbor Authority") is not one.
 */
export function affiliationsOf(descriptorsByArticle: readonly { descriptors: readonly Evidence[]; others: readonly CastEntry[] }[]): WhoAffiliation[] {
  const found = new Map<string, WhoAffiliation>();
  for (const { descriptors, others } of descriptorsByArticle) {
    const candidates = others.filter((other) => other.kind === 'organization' || other.kind === 'place');
    for (const descriptor of descriptors) {
      const matches = candidates.flatMap((other) =>
        [other.name, ...other.aliases].flatMap((name) => {
          const span = findName(descriptor.text, name);
          return span ? [{ other, span }] : [];
        }),
      );
      for (const { other, span } of matches) {
        const inside = matches.some((m) => m.other !== other && m.span[0] <= span[0] && m.span[1] >= span[1] && m.span[1] - m.span[0] > span[1] - span[0]);
        if (!inside && !found.has(other.actorId)) found.set(other.actorId, { id: other.actorId, name: other.name, kind: other.kind, via: descriptor.text });
      }
    }
  }
  return [...found.values()];
}

/** The actor's newest casts (one request), the dates of its newest articles and of its first (index keys only). */
async function readAppearances(db: DramatisDatabase, id: string): Promise<{ casts: CastRecord[]; dates: number[]; first: number | undefined }> {
  const range = () => db.casts.where('actorDates').between([id, Dexie.minKey], [id, Dexie.maxKey]);
  const [casts, newest, oldest] = await Promise.all([
    range().reverse().limit(WHO_ARTICLES_SHOWN).toArray(),
    range().reverse().limit(MAX_TIMELINE_ARTICLES).keys(),
    range().limit(1).keys(),
  ]);
  const dateOf = (key: unknown) => (key as [string, number])[1];
  return { casts, dates: newest.map(dateOf), first: oldest.length ? dateOf(oldest[0]) : undefined };
}

/** Everything the Who's who page shows about one actor; null when no actor has this id. */
export async function actorPage(db: DramatisDatabase, id: string): Promise<WhoActorPage | null> {
  await foldIfNeeded(db);
  return db.transaction('r', [db.casts, db.actorStats, db.corrections], async () => {
    const [stats, { casts, dates, first }, corrections] = await Promise.all([db.actorStats.get(id), readAppearances(db, id), db.corrections.toArray()]);
    if (!stats) return null;
    const together = new Map<string, number>();
    const articles: WhoActorPage['articles'] = [];
    const said: { descriptors: Evidence[]; others: CastEntry[] }[] = [];
    for (const cast of casts) {
      const entries = castEntries(cast);
      const own = entries.find((entry) => entry.actorId === id);
      if (!own) continue;
      const others = entries.filter((entry) => entry !== own);
      for (const other of others) together.set(other.actorId, (together.get(other.actorId) ?? 0) + 1);
      said.push({ descriptors: own.descriptors, others });
      articles.push({
        url: cast.url,
        title: headlineOf(cast.title || cast.url),
        site: hostOf(cast.url),
        analyzedAt: cast.analyzedAt,
        name: own.name,
        descriptors: own.descriptors,
        quotes: own.quotes,
      });
    }
    const companionIds = [...together.entries()].sort((a, b) => b[1] - a[1]).slice(0, COMPANIONS_SHOWN);
    const affiliations = stats.kind === 'person' ? affiliationsOf(said) : [];
    // Both lists under the names their actors have now (an article's entry may be older): one read.
    const now = await currentRows(db, [...companionIds.map(([other]) => other), ...affiliations.map((affiliation) => affiliation.id)]);
    const companions = companionIds.flatMap(([other, count]): WhoCompanion[] => {
      const row = now.get(other);
      return row ? [{ id: other, name: row.name, kind: row.kind, together: count }] : [];
    });
    const hidden = hiddenNamesOf(corrections);
    return {
      id,
      name: stats.name,
      kind: stats.kind,
      aliases: stats.aliases,
      ...(stats.expansion ? { expansion: stats.expansion } : {}),
      articleCount: stats.articleCount,
      firstSeen: first ?? stats.latest.analyzedAt,
      lastSeen: stats.latest.analyzedAt,
      articles,
      weeks: weeklyCounts(dates),
      companions,
      affiliations: affiliations.flatMap((affiliation) => {
        const row = now.get(affiliation.id);
        return row ? [{ ...affiliation, name: row.name, kind: row.kind }] : [];
      }),
      hidden: hidden.has(foldForSearch(stats.name)),
      corrections: correctionsAbout(corrections, stats),
    };
  });
}

/** The stats rows of these actors that exist, by id (one request). */
async function currentRows(db: DramatisDatabase, ids: readonly string[]): Promise<Map<string, ActorStatsRecord>> {
  const unique = [...new Set(ids)];
  const rows = await db.actorStats.bulkGet(unique);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}
