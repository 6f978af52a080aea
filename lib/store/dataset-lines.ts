// Dataset file format 3: JSON Lines, so a backup of any size is written and read in parts (a
// message between the options page and the background holds one part, and no side holds the
// whole file as one string). Pure functions: no database, no browser API.
//
//   {"kind":"dramatis-dataset","schemaVersion":3,"exportedAt":…}            the header, first
//   {"actor":{"id","name","kind","aliases","expansion"?}}                   before any article naming it
//   {"article":{…format 2's article: appearances as tuples, actors by index…}}
//   {"correction":{…a stored correction, with its undo and rule…}}         after the articles (since Who's who)
//   {"end":{"articles":N,"actors":M}}                                        the trailer, last
//
// An actor's index is its place among the file's actor lines. The trailer's counts tell a
// complete file from a truncated one. Formats 1 and 2 (one JSON document) are read by dataset-file.ts.
import type { ActorRecord, AppearanceRecord, ArticleRecord, MovedAppearance, StoredCorrection } from './db';
import { parseCorrection } from './correction-shape';
import {
  DATASET_FILE_KIND,
  exportedActor,
  exportedArticle,
  integer,
  invalid,
  parseActor,
  parseAppearanceV2,
  parseArticle,
  record,
  timestamp,
  type ExportedActor,
  type ExportedAppearance,
  type ExportedArticle,
} from './dataset-file';

export const DATASET_LINES_VERSION = 3;
/** The start of every format 3 file: how the options page tells it from formats 1 and 2. */
export const DATASET_LINES_PREFIX = `{"kind":"${DATASET_FILE_KIND}","schemaVersion":${DATASET_LINES_VERSION},`;

export function headerLine(exportedAt: number): string {
  return `${DATASET_LINES_PREFIX}"exportedAt":${JSON.stringify(exportedAt)}}`;
}

export function trailerLine(articles: number, actors: number): string {
  return JSON.stringify({ end: { articles, actors } });
}

/** Writes articles as lines, each preceded by the lines of the actors not yet written (`written`: id → index, updated). */
export function articleLines(
  articles: readonly ArticleRecord[],
  appearancesOf: (article: ArticleRecord) => readonly AppearanceRecord[],
  actors: ReadonlyMap<string, ActorRecord>,
  written: Map<string, number>,
): string[] {
  const lines: string[] = [];
  for (const article of articles) {
    for (const actorId of article.actorIds) {
      const actor = actors.get(actorId);
      if (!actor || written.has(actorId)) continue;
      written.set(actorId, written.size);
      lines.push(JSON.stringify({ actor: exportedActor(actor) }));
    }
    const appearances = new Map(appearancesOf(article).map((appearance) => [appearance.actorId, appearance]));
    const entry = exportedArticle(article, (actorId) => ({ appearance: appearances.get(actorId), actor: actors.get(actorId), position: written.get(actorId) }));
    lines.push(JSON.stringify({ article: entry }));
  }
  return lines;
}

/** What reading a format 3 file has seen so far (kept across its parts). */
export interface LinesReader {
  lineNumber: number;
  headerSeen: boolean;
  ended: boolean;
  actors: ExportedActor[];
  actorIds: Set<string>;
  urls: Set<string>;
  articles: number;
}

export function newLinesReader(): LinesReader {
  return { lineNumber: 0, headerSeen: false, ended: false, actors: [], actorIds: new Set(), urls: new Set(), articles: 0 };
}

/** The article lines of one part, read and checked, with their appearances and the actors they name. */
export interface LinesPart {
  articles: ExportedArticle[];
  appearances: ExportedAppearance[];
  corrections: StoredCorrection[];
}

/** The line of a stored correction. */
export function correctionLine(correction: StoredCorrection): string {
  return JSON.stringify({ correction });
}

/** Longest JSON of one moved appearance's entry (an actor's part of one article). */
const MAX_ENTRY_CHARS = 1_000_000;
const MAX_LIST = 1_000_000;

function text(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) invalid(`${path}: expected non-empty text of at most ${max} characters.`);
  return value;
}

function moved(value: unknown, path: string): MovedAppearance {
  const fields = record(value, path);
  const targetBefore = fields.targetBefore === undefined ? undefined : text(fields.targetBefore, `${path}.targetBefore`, MAX_ENTRY_CHARS);
  const mentions = fields.mentions;
  if (!Array.isArray(mentions) || mentions.length > MAX_LIST) invalid(`${path}.mentions: expected a list.`);
  return {
    url: text(fields.url, `${path}.url`, 4_096),
    analyzedAt: timestamp(fields.analyzedAt, `${path}.analyzedAt`),
    entry: text(fields.entry, `${path}.entry`, MAX_ENTRY_CHARS),
    ...(targetBefore === undefined ? {} : { targetBefore }),
    mentions: mentions.map((at, i) => integer(at, `${path}.mentions[${i}]`, 0, MAX_LIST)),
  };
}

/** A correction line's value, checked: what it says, its undo and its rule. */
export function parseStoredCorrection(value: unknown, path: string): StoredCorrection {
  const fields = record(value, path);
  const correction = parseCorrection(fields.correction);
  if (!correction) invalid(`${path}.correction: not a merge, split, rename, kind or hide.`);
  if (fields.by !== 'reader' && fields.by !== 'auto') invalid(`${path}.by: expected "reader" or "auto".`);
  const undo = record(fields.undo, `${path}.undo`);
  if (!Array.isArray(undo.identities) || undo.identities.length > 2) invalid(`${path}.undo.identities: expected a list of at most 2.`);
  const movedFields = undo.moved === undefined ? undefined : record(undo.moved, `${path}.undo.moved`);
  const appearances = movedFields?.appearances;
  if (movedFields && (!Array.isArray(appearances) || appearances.length > MAX_LIST)) invalid(`${path}.undo.moved.appearances: expected a list.`);
  const rule = fields.rule === undefined ? undefined : record(fields.rule, `${path}.rule`);
  const names = rule?.names;
  if (rule && (!Array.isArray(names) || names.length > 1_000)) invalid(`${path}.rule.names: expected a list.`);
  return {
    id: text(fields.id, `${path}.id`, 64),
    at: timestamp(fields.at, `${path}.at`),
    by: fields.by,
    correction,
    summary: text(fields.summary, `${path}.summary`, 1_000),
    undo: {
      identities: undo.identities.map((identity, i) => parseActor(identity, `${path}.undo.identities[${i}]`)),
      ...(movedFields
        ? {
            moved: {
              from: text(movedFields.from, `${path}.undo.moved.from`, 4_096),
              to: text(movedFields.to, `${path}.undo.moved.to`, 4_096),
              appearances: (appearances as unknown[]).map((item, i) => moved(item, `${path}.undo.moved.appearances[${i}]`)),
            },
          }
        : {}),
    },
    ...(rule
      ? { rule: { names: (names as unknown[]).map((name, i) => text(name, `${path}.rule.names[${i}]`, 1_000)), target: text(rule.target, `${path}.rule.target`, 4_096) } }
      : {}),
  };
}

/**
 * Reads the next lines of a format 3 file. Throws a StoreError naming the line and the problem;
 * `reader` carries what earlier parts declared (actors by index, urls seen).
 */
export function readLines(lines: readonly string[], reader: LinesReader): LinesPart {
  const part: LinesPart = { articles: [], appearances: [], corrections: [] };
  for (const line of lines) {
    reader.lineNumber++;
    if (line.trim() === '') continue;
    const at = `line ${reader.lineNumber}`;
    if (reader.ended) invalid(`${at}: there is more after the end of the file.`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      invalid(`${at}: it is not a JSON line${reader.lineNumber > 1 ? '' : ' (not a Dramatis dataset)'}.`);
    }
    const fields = record(value, at);
    if (!reader.headerSeen) {
      if (fields.kind !== DATASET_FILE_KIND || fields.schemaVersion !== DATASET_LINES_VERSION) invalid(`${at}: not the header of a Dramatis dataset (format ${DATASET_LINES_VERSION}).`);
      timestamp(fields.exportedAt, `${at}.exportedAt`);
      reader.headerSeen = true;
    } else if ('actor' in fields) {
      const actor = parseActor(fields.actor, `${at}.actor`);
      if (reader.actorIds.has(actor.id)) invalid(`${at}.actor.id: "${actor.id.slice(0, 80)}" appears twice.`);
      reader.actorIds.add(actor.id);
      reader.actors.push(actor);
    } else if ('article' in fields) {
      const parsed = parseArticle(fields.article, `${at}.article`, (item, path, url, analyzedAt) => parseAppearanceV2(item, path, url, analyzedAt, reader.actors));
      if (reader.urls.has(parsed.article.url)) invalid(`${at}.article.url: "${parsed.article.url.slice(0, 80)}" appears twice.`);
      reader.urls.add(parsed.article.url);
      reader.articles++;
      part.articles.push(parsed.article);
      part.appearances.push(...parsed.appearances);
    } else if ('correction' in fields) {
      part.corrections.push(parseStoredCorrection(fields.correction, `${at}.correction`));
    } else if ('end' in fields) {
      const end = record(fields.end, `${at}.end`);
      const articles = integer(end.articles, `${at}.end.articles`, 0, Number.MAX_SAFE_INTEGER);
      const actors = integer(end.actors, `${at}.end.actors`, 0, Number.MAX_SAFE_INTEGER);
      if (articles !== reader.articles || actors !== reader.actors.length) {
        invalid(`${at}: the file ends with ${articles} articles and ${actors} names, but holds ${reader.articles} and ${reader.actors.length}.`);
      }
      reader.ended = true;
    } else {
      invalid(`${at}: expected an actor, an article, a correction or the end, found ${Object.keys(fields).slice(0, 3).join(', ') || 'nothing'}.`);
    }
  }
  return part;
}

/** Called once the last part was read: a file without its trailer was cut short. */
export function checkEnded(reader: LinesReader): void {
  if (!reader.headerSeen) invalid('the file is empty.');
  if (!reader.ended) invalid(`it is truncated: it stops at line ${reader.lineNumber}, before its end line.`);
}
