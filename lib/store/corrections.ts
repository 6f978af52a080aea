// The reader's corrections to the memory: merge two actors, split one, rename, change kind,
// hide a name. Each is one transaction that changes the stored actors and keeps what undoing
// needs; merges and splits also leave a rule for articles read later (lib/store/datasets.ts
// applies it), and hidden names are never highlighted (the background drops them from what it
// sends a page). Undone corrections are deleted.
import { normalizeName, actorId as idFor } from '../engine/actor-id';
import type { ActorKind } from '../engine/types';
import { withSearchKeys } from './actor-identity';
import { foldJournal } from './actor-stats';
import { countsOf, readTotals, totalsRecord } from './counters';
import { Dexie } from 'dexie';
import { castEntries, identityOf, type ActorIdentity, type CastEntry, type CounterRecord, type DramatisDatabase, type StoredCorrection } from './db';
import { foldForSearch } from './fold-name';
import { journalOf, type Journal } from './journal';
import { moveAppearances, moveBack } from './move-appearances';
import { storeTables } from './retention';
import { StoreError } from './store-errors';
import type { Correction, CorrectionRecord, CorrectionResult } from './who-types';

/** Corrections kept at most; beyond it a new one is refused (each may hold a merge's undo). */
export const MAX_CORRECTIONS = 10_000;

function quoted(name: string): string {
  return `“${name}”`;
}

/** The journal folded into the tables; the totals as they are then (with an empty journal). */
async function foldedTotals(db: DramatisDatabase): Promise<CounterRecord | undefined> {
  return foldJournal(db, await readTotals(db));
}

async function identityFor(db: DramatisDatabase, id: string): Promise<ActorIdentity> {
  const row = await db.actorStats.get(id);
  if (!row) throw new StoreError(`No actor ${quoted(id)} is stored (it may have been forgotten).`, 'failed');
  return identityOf(row);
}

/** Writes an actor's identity into its record and stats row (the journal must be folded). */
async function putIdentity(db: DramatisDatabase, identity: ActorIdentity): Promise<void> {
  const row = await db.actorStats.get(identity.id);
  if (!row) return;
  const { kindVotes: _votes, fixed: _fixed, expansion: _expansion, ...rest } = row;
  await Promise.all([db.actorStats.put({ ...rest, ...identityOf(identity) }), db.actors.put(withSearchKeys(identityOf(identity)))]);
}

/** What the reader sees of a stored correction (without its undo and rule). */
function recordOf({ undo: _undo, rule: _rule, ...record }: StoredCorrection): CorrectionRecord {
  return record;
}

function newId(): string {
  return crypto.randomUUID();
}

/** Folds what a move recorded (into `journal`, from `folded` totals) into the tables, with the appearances it combined taken off the count. */
async function foldMove(db: DramatisDatabase, folded: CounterRecord | undefined, journal: Journal, combined: number): Promise<void> {
  const counts = countsOf(folded);
  await foldJournal(db, totalsRecord({ ...counts, appearances: counts.appearances - combined }, [...journal.values()]));
}

/** Applies a correction and stores it; `by` says whether the reader made it or Dramatis did (later linking). */
export async function applyCorrection(db: DramatisDatabase, correction: Correction, by: CorrectionRecord['by'] = 'reader', now: number = Date.now()): Promise<CorrectionResult> {
  return db.transaction('rw', storeTables(db), async () => {
    if ((await db.corrections.count()) >= MAX_CORRECTIONS) throw new StoreError(`At most ${MAX_CORRECTIONS} corrections are kept: undo some first.`, 'failed');
    const stored = await applyIn(db, correction, by, now);
    await db.corrections.put(stored);
    return { record: recordOf(stored), showId: showAfter(stored) };
  });
}

function showAfter(stored: StoredCorrection): string | null {
  const c = stored.correction;
  switch (c.type) {
    case 'merge':
      return c.into;
    case 'split':
      return stored.rule?.target ?? c.id;
    case 'rename':
    case 'kind':
      return c.id;
    case 'hide':
      return null;
  }
}

async function applyIn(db: DramatisDatabase, correction: Correction, by: CorrectionRecord['by'], at: number): Promise<StoredCorrection> {
  const base = { id: newId(), at, by, correction };
  if (correction.type === 'hide') {
    if (hiddenNamesOf(await db.corrections.toArray()).has(foldForSearch(correction.name))) throw new StoreError(`${quoted(correction.name)} is already hidden.`, 'failed');
    return { ...base, summary: `Hid ${quoted(correction.name)}`, undo: { identities: [] } };
  }
  const folded = await foldedTotals(db);
  if (correction.type === 'rename') {
    const before = await identityFor(db, correction.id);
    const aliases = new Set([...before.aliases, before.name]);
    aliases.delete(correction.name);
    await putIdentity(db, { ...before, name: correction.name, aliases: [...aliases], fixed: { ...before.fixed, name: correction.name } });
    return { ...base, summary: `Renamed ${quoted(before.name)} to ${quoted(correction.name)}`, undo: { identities: [before] } };
  }
  if (correction.type === 'kind') {
    const before = await identityFor(db, correction.id);
    await putIdentity(db, { ...before, kind: correction.kind, fixed: { ...before.fixed, kind: correction.kind } });
    return { ...base, summary: `Made ${quoted(before.name)} a${correction.kind === 'organization' || correction.kind === 'other' ? 'n' : ''} ${kindWord(correction.kind)}`, undo: { identities: [before] } };
  }
  if (correction.type === 'merge') {
    const [into, from] = await Promise.all([identityFor(db, correction.into), identityFor(db, correction.from)]);
    const journal = journalOf(folded);
    const { moved, combined } = await moveAppearances(db, from.id, into.id, () => true, journal);
    await foldMove(db, folded, journal, combined);
    return {
      ...base,
      summary: `Merged ${quoted(from.name)} into ${quoted(into.name)}`,
      undo: { identities: [into, from], moved: { from: from.id, to: into.id, appearances: moved } },
      rule: { names: [from.name, ...from.aliases].map(normalizeName), target: into.id },
    };
  }
  // split
  const actor = await identityFor(db, correction.id);
  const name = normalizeName(correction.name);
  if (name === normalizeName(actor.name)) throw new StoreError(`${quoted(correction.name)} is this actor’s own name: choose one of its other names to split off.`, 'failed');
  const calledSo = (entry: CastEntry) => normalizeName(entry.name) === name;
  const target = await freeId(db, idFor(actor.kind, correction.name));
  const journal = journalOf(folded);
  const { moved, combined } = await moveAppearances(db, actor.id, target, calledSo, journal);
  if (moved.length === 0) throw new StoreError(`No stored article calls ${quoted(actor.name)} just ${quoted(correction.name)}: there is nothing to split off.`, 'failed');
  await foldMove(db, folded, journal, combined);
  const after = await identityFor(db, actor.id);
  await putIdentity(db, { ...after, aliases: after.aliases.filter((alias) => normalizeName(alias) !== name) });
  return {
    ...base,
    summary: `Split ${quoted(correction.name)} from ${quoted(actor.name)}`,
    undo: { identities: [actor], moved: { from: actor.id, to: target, appearances: moved } },
    rule: { names: [name], target },
  };
}

function kindWord(kind: ActorKind): string {
  return kind === 'other' ? 'other name' : kind;
}

/** `id`, or `id` with a number added when another actor has it. */
async function freeId(db: DramatisDatabase, id: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}#${n}`;
    if (!(await db.actorStats.get(candidate))) return candidate;
  }
}

/** Undoes a stored correction and deletes it. */
export async function undoCorrection(db: DramatisDatabase, id: string): Promise<CorrectionResult> {
  return db.transaction('rw', storeTables(db), async () => {
    const stored = await db.corrections.get(id);
    if (!stored) throw new StoreError('That correction is no longer stored (it was undone already).', 'failed');
    const { undo } = stored;
    if (undo.moved || undo.identities.length) {
      const folded = await foldedTotals(db);
      if (undo.moved) {
        const journal = journalOf(folded);
        const separated = await moveBack(db, undo.moved.from, undo.moved.to, undo.moved.appearances, journal);
        await foldMove(db, folded, journal, -separated);
      }
    }
    const added = namesAdded(stored);
    for (const before of undo.identities) {
      const now = await db.actorStats.get(before.id);
      if (!now) continue;
      // The names the correction brought go, unless an article read since uses them; other names met since stay.
      const since = await namesUsedSince(db, before.id, stored.at);
      const aliases = new Set([...before.aliases, ...[...now.aliases, now.name].filter((name) => !added.has(name) || since.has(name))]);
      aliases.delete(before.name);
      await putIdentity(db, { ...identityOf(now), name: before.name, kind: before.kind, aliases: [...aliases], ...(before.fixed ? { fixed: before.fixed } : { fixed: undefined }) });
    }
    await db.corrections.delete(id);
    if (stored.by === 'auto' && stored.correction.type === 'merge') await keepApart(db, stored, undo.identities);
    return { record: recordOf(stored), showId: shownAfterUndo(stored.correction) };
  });
}

/** The names a correction gave an actor: a merge, every name of the actor merged in; a rename, the new name. */
function namesAdded(stored: StoredCorrection): Set<string> {
  const c = stored.correction;
  if (c.type === 'rename') return new Set([c.name]);
  const merged = c.type === 'merge' ? stored.undo.identities.find((identity) => identity.id === c.from) : undefined;
  return new Set(merged ? [merged.name, ...merged.aliases] : []);
}

/** The names the articles analyzed since `at` use for the actor (its newest appearances; one request). */
async function namesUsedSince(db: DramatisDatabase, id: string, at: number): Promise<Set<string>> {
  const casts = await db.casts.where('actorDates').between([id, at], [id, Dexie.maxKey]).toArray();
  const names = new Set<string>();
  for (const cast of casts) {
    const entry = castEntries(cast).find((candidate) => candidate.actorId === id);
    if (entry) for (const name of [entry.name, ...entry.aliases]) names.add(name);
  }
  return names;
}

/** After the reader undid a merge Dramatis made, later linking must not make it again: a rule keeps the name apart. */
async function keepApart(db: DramatisDatabase, undone: StoredCorrection, identities: readonly ActorIdentity[]): Promise<void> {
  const [into, from] = identities;
  if (!into || !from || undone.correction.type !== 'merge') return;
  await db.corrections.put({
    id: newId(),
    at: Date.now(),
    by: 'reader',
    correction: { type: 'split', id: into.id, name: from.name },
    summary: `Kept ${quoted(from.name)} apart from ${quoted(into.name)}`,
    undo: { identities: [] },
    rule: { names: [normalizeName(from.name)], target: from.id },
  });
}

/** The actor to show once a correction is undone: the one merged away is back; a split one is whole again. */
function shownAfterUndo(correction: Correction): string | null {
  if (correction.type === 'merge') return correction.from;
  return correction.type === 'hide' ? null : correction.id;
}

/** The corrections that concern an actor (by id or, for hides, by name), newest first. */
export function correctionsAbout(all: readonly StoredCorrection[], identity: ActorIdentity): CorrectionRecord[] {
  const names = new Set([identity.name, ...identity.aliases].map(foldForSearch));
  return all
    .filter((stored) => {
      const c = stored.correction;
      if (c.type === 'hide') return names.has(foldForSearch(c.name));
      if (c.type === 'merge') return c.into === identity.id || c.from === identity.id;
      return c.id === identity.id || stored.rule?.target === identity.id;
    })
    .sort((a, b) => b.at - a.at)
    .map(recordOf);
}

/** Folded names the reader hid. */
export function hiddenNamesOf(all: readonly StoredCorrection[]): Set<string> {
  return new Set(all.flatMap((stored) => (stored.correction.type === 'hide' ? [foldForSearch(stored.correction.name)] : [])));
}

/** Where later articles' actors go by name (normalizeName → actor id), newest correction first. */
export function redirectsOf(all: readonly StoredCorrection[]): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const stored of [...all].sort((a, b) => b.at - a.at)) {
    for (const name of stored.rule?.names ?? []) if (!redirects.has(name)) redirects.set(name, stored.rule!.target);
  }
  return redirects;
}
