// The dataset as one JSON file: what export writes and what import accepts. Pure functions:
// no database, no browser API. Every record of a file is checked (shape, types, sizes,
// offsets, references) before anything is written, and the first problem is named with its
// place in the file ("articles[12].mentions[3][1] (end): …"). Export writes format 2; import
// reads 1 and 2 into the same records.
import { ACTOR_KINDS, type ActorKind, type Evidence, type Mention } from '../engine/types';
import { MAX_ARTICLE_CHARS } from '../engine/types';
import { MAX_IMPORT_BYTES } from './store-types';
import type { ActorRecord, AppearanceRecord, ArticleRecord } from './db';
import { StoreError } from './store-errors';
import { utf8Length } from '../text/utf8-length';

/** The marker that tells a Dramatis dataset from any other JSON file. */
export const DATASET_FILE_KIND = 'dramatis-dataset';
/**
 * The file format's version (independent of the database schema); bump on incompatible change.
 * 2: appearances as tuples naming their actor by its index in `actors` (1 is still read).
 */
export const DATASET_FILE_VERSION = 2;

/** Field size limits (characters / items); generous for real data, bounded against hostile files. */
export const FILE_LIMITS = {
  url: 4_096,
  title: 4_096,
  lang: 64,
  textHash: 256,
  id: 4_096,
  name: 4_096,
  evidenceText: 20_000,
  aliases: 1_000,
  evidence: 2_000,
  mentions: 200_000,
  actorIds: 20_000,
  unsupported: 4_096,
} as const;
/** Latest valid JavaScript date in ms. */
const MAX_TIMESTAMP = 8.64e15;

export type ExportedArticle = Omit<ArticleRecord, 'host'>;
export type ExportedActor = Omit<ActorRecord, 'searchKeys'>;
/** The article's title is not repeated per appearance in the file (import fills it in). */
export type ExportedAppearance = Omit<AppearanceRecord, 'title'>;

export interface DatasetFile {
  kind: typeof DATASET_FILE_KIND;
  schemaVersion: number;
  /** ms since epoch. */
  exportedAt: number;
  articles: ExportedArticle[];
  actors: ExportedActor[];
  appearances: ExportedAppearance[];
}

/**
 * Builds the file's text (format 2) from stored records, compactly, as the import limit must
 * hold a full store (the store bench's 10,000 articles of 25 actors: 68 MB in format 1, 37 MB
 * in format 2). Each article holds its actors' appearances in order (url, kind, date and
 * title are not repeated per appearance), each as `[index into actors, descriptors, quotes,
 * mentions, own?]`, evidence as `[text, start, end]`, and `own` only for what differs from
 * the actor record: a name, aliases, an expansion. Mentions are `[start, end, index into the
 * article's actors]`. Derived fields are left out.
 */
export function buildDatasetFile(
  records: { articles: ArticleRecord[]; actors: ActorRecord[]; appearances: AppearanceRecord[] },
  exportedAt: number,
): string {
  const positions = new Map(records.actors.map((actor, i) => [actor.id, i]));
  const byKey = new Map(records.appearances.map((appearance) => [`${appearance.actorId}\u0000${appearance.url}`, appearance]));
  const articles = records.articles.map((article) =>
    exportedArticle(article, (actorId) => {
      const position = positions.get(actorId);
      return { appearance: byKey.get(`${actorId}\u0000${article.url}`), actor: position === undefined ? undefined : records.actors[position], position };
    }),
  );
  const actors = records.actors.map(exportedActor);
  return JSON.stringify({ kind: DATASET_FILE_KIND, schemaVersion: DATASET_FILE_VERSION, exportedAt, actors, articles });
}

/** An actor as the file holds it (derived search keys left out). */
export function exportedActor({ searchKeys: _keys, ...actor }: ActorRecord): ExportedActor {
  return actor;
}

/** Where an article's actor is: its appearance there, its record, and its index in the file's actors. */
export type ActorLookup = (actorId: string) => { appearance: AppearanceRecord | undefined; actor: ActorRecord | undefined; position: number | undefined };

/** An article as the file holds it (format 2 and 3): its appearances as tuples, mentions by actor index. */
export function exportedArticle({ host: _host, actorIds, mentions, ...article }: ArticleRecord, lookup: ActorLookup): object {
  const index = new Map(actorIds.map((id, i) => [id, i]));
  return {
    ...article,
    actors: actorIds.map((actorId) => {
      const { appearance, actor, position } = lookup(actorId);
      // The store keeps every appearance's actor: failing here beats writing a file import refuses.
      if (!appearance || !actor || position === undefined) throw new Error(`Export: ${article.url} lists actor "${actorId}" without its appearance or actor record.`);
      return appearanceTuple(appearance, actor, position);
    }),
    mentions: mentions.map((mention) => [mention.start, mention.end, index.get(mention.actorId)!]),
  };
}

export function appearanceTuple(appearance: AppearanceRecord, actor: ActorRecord, position: number): unknown[] {
  const tuple: unknown[] = [position, appearance.descriptors.map(evidenceTuple), appearance.quotes.map(evidenceTuple), appearance.mentions];
  // Most appearances name their actor as its record does: only differences are written.
  const own: Partial<Pick<AppearanceRecord, 'name' | 'aliases' | 'expansion'>> = {};
  if (appearance.name !== actor.name) own.name = appearance.name;
  if (!sameTexts(appearance.aliases, actor.aliases)) own.aliases = appearance.aliases;
  if (appearance.expansion) own.expansion = appearance.expansion;
  if (Object.keys(own).length > 0) tuple.push(own);
  return tuple;
}

function evidenceTuple({ text, start, end }: Evidence): [string, number, number] {
  return [text, start, end];
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The name offered when saving an export ("dramatis-dataset-2026-11-25.json"). */
export function datasetFileName(exportedAt: number): string {
  return `${DATASET_FILE_KIND}-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

export function invalid(message: string): never {
  throw new StoreError(`This file cannot be imported: ${message}`, 'invalid-file');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text of ${value.length} characters`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value).slice(0, 40)}`;
}

export type Fields = Record<string, unknown>;

export function record(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(`${path}: expected an object, found ${describe(value)}.`);
  return value as Fields;
}

function text(value: unknown, path: string, max: number, { empty = true } = {}): string {
  if (typeof value !== 'string' || value.length > max || (!empty && value.length === 0)) {
    invalid(`${path}: expected ${empty ? '' : 'non-empty '}text of at most ${max} characters, found ${describe(value)}.`);
  }
  return value;
}

function optionalText(value: unknown, path: string, max: number): string | undefined {
  return value === undefined ? undefined : text(value, path, max);
}

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) invalid(`${path}: expected a list, found ${describe(value)}.`);
  if (value.length > max) invalid(`${path}: at most ${max} items allowed, found ${value.length}.`);
  return value;
}

/** A fixed-shape list (v2's tuples), `shape` saying what belongs in it: "[text, start, end]". */
function tuple(value: unknown, path: string, shape: string, min: number, max: number = min): unknown[] {
  if (!Array.isArray(value)) invalid(`${path}: expected ${shape}, found ${describe(value)}.`);
  if (value.length < min || value.length > max) invalid(`${path}: expected ${shape}, found ${value.length} items.`);
  return value;
}

export function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalid(`${path}: expected a whole number from ${min} to ${max}, found ${describe(value)}.`);
  }
  return value;
}

export function timestamp(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIMESTAMP) {
    invalid(`${path}: expected a time in milliseconds, found ${describe(value)}.`);
  }
  return value;
}

/** The reader opened a card on the article (absent: they did not). */
function engaged(value: unknown, path: string): boolean {
  if (value !== undefined && value !== true) invalid(`${path}: expected true or nothing, found ${describe(value)}.`);
  return value === true;
}

function kind(value: unknown, path: string): ActorKind {
  if (!ACTOR_KINDS.includes(value as ActorKind)) invalid(`${path}: expected one of ${ACTOR_KINDS.join(', ')}, found ${describe(value)}.`);
  return value as ActorKind;
}

function httpUrl(value: unknown, path: string): string {
  const url = text(value, path, FILE_LIMITS.url, { empty: false });
  if (!/^https?:\/\//i.test(url)) invalid(`${path}: expected an http(s) address, found "${url.slice(0, 60)}".`);
  return url;
}

function aliases(value: unknown, path: string): string[] {
  return list(value, path, FILE_LIMITS.aliases).map((alias, i) => text(alias, `${path}[${i}]`, FILE_LIMITS.name));
}

/** A span of article text: offsets in order, within the article size, as long as its text. */
function span(value: Fields, paths: { text: string; start: string; end: string }, path: string): Evidence {
  const evidenceText = text(value.text, paths.text, FILE_LIMITS.evidenceText);
  const start = integer(value.start, paths.start, 0, MAX_ARTICLE_CHARS);
  const end = integer(value.end, paths.end, start, MAX_ARTICLE_CHARS);
  if (end - start !== evidenceText.length) invalid(`${path}: offsets ${start}–${end} do not span its text (${evidenceText.length} characters).`);
  return { text: evidenceText, start, end };
}

/** v1: `{ text, start, end }`. */
function evidence(value: unknown, path: string): Evidence {
  const fields = record(value, path);
  return span(fields, { text: `${path}.text`, start: `${path}.start`, end: `${path}.end` }, path);
}

function evidenceList(value: unknown, path: string): Evidence[] {
  return list(value, path, FILE_LIMITS.evidence).map((item, i) => evidence(item, `${path}[${i}]`));
}

/** v2: `[text, start, end]`; `label` ("quote") says which list it is in, as tuples have no field names. */
function evidenceTupleList(value: unknown, path: string, label: string): Evidence[] {
  return list(value, `${path} (${label}s)`, FILE_LIMITS.evidence).map((item, i) => {
    const at = `${path}[${i}]`;
    const [itemText, start, end] = tuple(item, `${at} (${label})`, '[text, start, end]', 3);
    return span({ text: itemText, start, end }, { text: `${at}[0] (${label} text)`, start: `${at}[1] (${label} start)`, end: `${at}[2] (${label} end)` }, `${at} (${label})`);
  });
}

/** Reads one item of an article's `actors`, given the article's url and analysis time. */
export type AppearanceReader = (value: unknown, path: string, url: string, analyzedAt: number) => ExportedAppearance;

/** One article of the file: the article and its appearances (nested, in the article's actor order). */
export function parseArticle(value: unknown, path: string, parseAppearance: AppearanceReader): { article: ExportedArticle; appearances: ExportedAppearance[] } {
  const fields = record(value, path);
  const url = httpUrl(fields.url, `${path}.url`);
  const analyzedAt = timestamp(fields.analyzedAt, `${path}.analyzedAt`);
  const appearances = list(fields.actors, `${path}.actors`, FILE_LIMITS.actorIds).map((item, i) => parseAppearance(item, `${path}.actors[${i}]`, url, analyzedAt));
  const actorIds = appearances.map((appearance) => appearance.actorId);
  if (new Set(actorIds).size !== actorIds.length) invalid(`${path}.actors: an actor is listed twice.`);
  const mentions = list(fields.mentions, `${path}.mentions`, FILE_LIMITS.mentions).map((item, i): Mention => {
    const at = `${path}.mentions[${i}]`;
    const items = list(item, at, 3);
    if (items.length !== 3) invalid(`${at}: expected [start, end, actor index], found ${items.length} items.`);
    const start = integer(items[0], `${at}[0] (start)`, 0, MAX_ARTICLE_CHARS);
    const end = integer(items[1], `${at}[1] (end)`, start + 1, MAX_ARTICLE_CHARS);
    const actor = integer(items[2], `${at}[2] (actor index)`, 0, Math.max(0, actorIds.length - 1));
    if (actorIds.length === 0) invalid(`${at}: the article has no actors to mention.`);
    return { start, end, actorId: actorIds[actor]! };
  });
  const unsupported = optionalText(fields.unsupported, `${path}.unsupported`, FILE_LIMITS.unsupported);
  const article: ExportedArticle = {
    url,
    title: text(fields.title, `${path}.title`, FILE_LIMITS.title),
    lang: text(fields.lang, `${path}.lang`, FILE_LIMITS.lang),
    textHash: text(fields.textHash, `${path}.textHash`, FILE_LIMITS.textHash, { empty: false }),
    analyzedAt,
    seenAt: timestamp(fields.seenAt, `${path}.seenAt`),
    mentions,
    actorIds,
    ...(unsupported ? { unsupported } : {}),
    ...(engaged(fields.engaged, `${path}.engaged`) ? { engaged: true as const } : {}),
  };
  return { article, appearances };
}

export function parseActor(value: unknown, path: string): ExportedActor {
  const fields = record(value, path);
  const actorKind = kind(fields.kind, `${path}.kind`);
  const id = text(fields.id, `${path}.id`, FILE_LIMITS.id, { empty: false });
  // An id keeps the kind the actor was first met as; its kind may have changed since (more articles said otherwise, or the reader).
  if (!ACTOR_KINDS.some((k) => id.startsWith(`${k}:`))) invalid(`${path}.id: "${id.slice(0, 60)}" does not start with a kind ("person:", …).`);
  const expansion = optionalText(fields.expansion, `${path}.expansion`, FILE_LIMITS.name);
  const kindVotes = fields.kindVotes === undefined ? undefined : votes(fields.kindVotes, `${path}.kindVotes`);
  const fixed = fields.fixed === undefined ? undefined : fixedFields(fields.fixed, `${path}.fixed`);
  return {
    id,
    name: text(fields.name, `${path}.name`, FILE_LIMITS.name, { empty: false }),
    kind: actorKind,
    aliases: aliases(fields.aliases, `${path}.aliases`),
    ...(expansion ? { expansion } : {}),
    ...(kindVotes ? { kindVotes } : {}),
    ...(fixed ? { fixed } : {}),
  };
}

function votes(value: unknown, path: string): Partial<Record<ActorKind, number>> {
  const fields = record(value, path);
  const counted: Partial<Record<ActorKind, number>> = {};
  for (const [key, count] of Object.entries(fields)) counted[kind(key, `${path} key`)] = integer(count, `${path}.${key}`, 0, Number.MAX_SAFE_INTEGER);
  return counted;
}

function fixedFields(value: unknown, path: string): { name?: string; kind?: ActorKind } {
  const fields = record(value, path);
  const name = optionalText(fields.name, `${path}.name`, FILE_LIMITS.name);
  return { ...(name ? { name } : {}), ...(fields.kind === undefined ? {} : { kind: kind(fields.kind, `${path}.kind`) }) };
}

/** v1: `{ actorId, name, aliases, expansion?, descriptors, quotes, mentions }`. */
function parseAppearanceV1(value: unknown, path: string, url: string, analyzedAt: number, actorKinds: ReadonlyMap<string, ActorKind>): ExportedAppearance {
  const fields = record(value, path);
  const actorId = text(fields.actorId, `${path}.actorId`, FILE_LIMITS.id, { empty: false });
  const kind = actorKinds.get(actorId);
  if (!kind) invalid(`${path}.actorId: no actor "${actorId.slice(0, 60)}" in the file's actors.`);
  const expansion = optionalText(fields.expansion, `${path}.expansion`, FILE_LIMITS.name);
  return {
    actorId,
    url,
    name: text(fields.name, `${path}.name`, FILE_LIMITS.name, { empty: false }),
    kind,
    aliases: aliases(fields.aliases, `${path}.aliases`),
    ...(expansion ? { expansion } : {}),
    descriptors: evidenceList(fields.descriptors, `${path}.descriptors`),
    quotes: evidenceList(fields.quotes, `${path}.quotes`),
    mentions: integer(fields.mentions, `${path}.mentions`, 0, FILE_LIMITS.mentions),
    analyzedAt,
  };
}

/** v2: `[index into actors, descriptors, quotes, mentions, own?]` (see buildDatasetFile). */
export function parseAppearanceV2(value: unknown, path: string, url: string, analyzedAt: number, actors: readonly ExportedActor[]): ExportedAppearance {
  const shape = '[index into actors, descriptors, quotes, mentions] and optionally {name, aliases, expansion}';
  const items = tuple(value, path, shape, 4, 5);
  if (actors.length === 0) invalid(`${path}[0] (index into actors): the file has no actors.`);
  const actor = actors[integer(items[0], `${path}[0] (index into actors)`, 0, actors.length - 1)]!;
  const descriptors = evidenceTupleList(items[1], `${path}[1]`, 'descriptor');
  const quotes = evidenceTupleList(items[2], `${path}[2]`, 'quote');
  const mentions = integer(items[3], `${path}[3] (mentions)`, 0, FILE_LIMITS.mentions);
  // What the appearance does not say is its actor's: its name and aliases (not its expansion).
  const own = items[4] === undefined ? undefined : record(items[4], `${path}[4]`);
  const expansion = optionalText(own?.expansion, `${path}[4].expansion`, FILE_LIMITS.name);
  return {
    actorId: actor.id,
    url,
    name: own?.name === undefined ? actor.name : text(own.name, `${path}[4].name`, FILE_LIMITS.name, { empty: false }),
    kind: actor.kind,
    aliases: own?.aliases === undefined ? [...actor.aliases] : aliases(own.aliases, `${path}[4].aliases`),
    ...(expansion ? { expansion } : {}),
    descriptors,
    quotes,
    mentions,
    analyzedAt,
  };
}

/**
 * Reads and checks a dataset file. Throws a StoreError naming the first problem:
 * too large, not JSON (truncated), not a Dramatis dataset, a newer format, or a bad record.
 */
export function parseDatasetFile(fileText: string): DatasetFile {
  const bytes = fileText.length > MAX_IMPORT_BYTES ? fileText.length : utf8Length(fileText);
  if (bytes > MAX_IMPORT_BYTES) {
    throw new StoreError(`This file is too large to import: ${(bytes / 2 ** 20).toFixed(1)} MB, the limit is ${MAX_IMPORT_BYTES / 2 ** 20} MB.`, 'too-large');
  }
  if (fileText.trim() === '') invalid('the file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const truncated = !/[}\]]\s*$/.test(fileText);
    invalid(`it is not valid JSON${truncated ? ' — it looks truncated (it does not end where a JSON document ends)' : ''} (${detail}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as Fields).kind !== DATASET_FILE_KIND) {
    invalid(`it is not a Dramatis dataset export (no "kind": "${DATASET_FILE_KIND}" at the top).`);
  }
  const top = json as Fields;
  const version = top.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) invalid(`schemaVersion: expected a whole number from 1, found ${describe(version)}.`);
  if (version > DATASET_FILE_VERSION) {
    invalid(`it was made by a newer Dramatis (file format ${version}; this version reads up to ${DATASET_FILE_VERSION}). Update Dramatis and try again.`);
  }
  const exportedAt = timestamp(top.exportedAt, 'exportedAt');
  const actors = list(top.actors, 'actors', Number.MAX_SAFE_INTEGER).map((item, i) => parseActor(item, `actors[${i}]`));
  const actorKinds = new Map<string, ActorKind>();
  actors.forEach((actor, i) => {
    if (actorKinds.has(actor.id)) invalid(`actors[${i}].id: "${actor.id.slice(0, 80)}" appears twice.`);
    actorKinds.set(actor.id, actor.kind);
  });
  const parseAppearance: AppearanceReader =
    version === 1
      ? (item, path, url, analyzedAt) => parseAppearanceV1(item, path, url, analyzedAt, actorKinds)
      : (item, path, url, analyzedAt) => parseAppearanceV2(item, path, url, analyzedAt, actors);
  const urls = new Set<string>();
  const articles: ExportedArticle[] = [];
  const appearances: ExportedAppearance[] = [];
  list(top.articles, 'articles', Number.MAX_SAFE_INTEGER).forEach((item, i) => {
    const parsed = parseArticle(item, `articles[${i}]`, parseAppearance);
    if (urls.has(parsed.article.url)) invalid(`articles[${i}].url: "${parsed.article.url.slice(0, 80)}" appears twice.`);
    urls.add(parsed.article.url);
    articles.push(parsed.article);
    appearances.push(...parsed.appearances);
  });
  return { kind: DATASET_FILE_KIND, schemaVersion: version, exportedAt, articles, actors, appearances };
}
