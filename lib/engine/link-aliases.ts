// Stage 6: coreference. Groups candidate mentions into actors:
// - the same normalized string is the same actor;
// - spellings of one place ("U.S." / "United States" / "America") are one actor;
// - an acronym joins the name it abbreviates, written out in parentheses "(CPTPP)" or
//   matching the initials of exactly one longer name ("Liberal Democratic Party" … "LDP");
// - a shorter person name ("Sato", "Te Kaurinui") joins the one full name it is part of; if it
//   fits two people ("Parata" for two Paratas) it is ambiguous and left unlinked (no mention);
// - an organization's short form ("Congress") joins "US Congress" when only a place is cut off.
// Each actor's kind is settled here from its mentions, with the clues of kind-clues.ts.
import { isLowerChar, isUpperChar } from './characters';
import { ANY_ORG_CUE, ANY_PLACE_CUE, LEX, PLACE_NAMES, hasFlag, tokenHasFlag } from './lexicon';
import { PLACE_SYNONYMS } from './lexicons/places';
import { CORPORATE_SUFFIXES, MODEL_WORDS } from './lexicons/cue-words';
import { normalizeName } from './actor-id';
import type { Candidate } from './find-candidates';
import type { Token } from './tokenize';
import type { ActorKind } from './types';
import { WELL_KNOWN_KINDS } from './lexicons/well-known';
import { contextKind, kindsFromLists, markOwnedProducts, markProductLines, roleClueKind, thingKind } from './kind-clues';
import { isAcronym, type ActorCluster, type MentionSpan } from './mention-span';

const synonymKey = new Map<string, string>();
for (const group of PLACE_SYNONYMS) for (const s of group) synonymKey.set(s.toLowerCase(), group[0]!.toLowerCase());
const CORPORATE: ReadonlySet<string> = new Set(CORPORATE_SUFFIXES);
/** Last words of a football club's name ("Porthaven FC"), which the club is also called without. */
const CLUB_SUFFIXES: ReadonlySet<string> = new Set(['fc', 'afc', 'cf', 'sc', 'f.c.']);
const ACRONYM_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&', 'de', 'du', 'des', 'la']);

function acronymLetters(form: string): string {
  let s = '';
  for (const ch of form) if (isUpperChar(ch)) s += ch;
  return s;
}
/** Initials of a name's words; hyphenated parts count separately ("Trans-Pacific" → TP). */
function initials(words: readonly string[], withConnectors: boolean): string {
  let s = '';
  for (const w of words) {
    if (w.startsWith("'")) continue; // possessive inside a name ("People's Party")
    if (!withConnectors && ACRONYM_CONNECTORS.has(w.toLowerCase())) continue;
    for (const part of w.split('-')) if (part) s += part[0]!.toUpperCase();
  }
  return s;
}
function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

// A name is mentioned many times: its normalized key and its list of word forms are made once and
// shared by every mention (on a long article, per-mention copies would fill the young generation
// with objects that live until the end of the analysis). Bounded, like the tokenizer's word cache.
const MAX_INTERNED = 50_000;
const keys = new Map<string, string>();
const formLists = new Map<string, readonly string[]>();

function keyOf(display: string): string {
  let key = keys.get(display);
  if (key === undefined) {
    if (keys.size >= MAX_INTERNED) keys.clear();
    key = normalizeName(display);
    keys.set(display, key);
  }
  return key;
}

function formsOf(tokens: readonly Token[], first: number, end: number): readonly string[] {
  if (end - first === 1) {
    const form = tokens[first]!.form;
    return interned(form, () => [form]);
  }
  let joined = tokens[first]!.form;
  for (let k = first + 1; k < end; k++) joined += '\u0000' + tokens[k]!.form; // forms never hold NUL
  return interned(joined, () => {
    const words: string[] = [];
    for (let k = first; k < end; k++) words.push(tokens[k]!.form);
    return words;
  });
}

function interned(id: string, make: () => readonly string[]): readonly string[] {
  let words = formLists.get(id);
  if (!words) {
    if (formLists.size >= MAX_INTERNED) formLists.clear();
    words = make();
    formLists.set(id, words);
  }
  return words;
}

/**
 * "the Xbox One S." at a sentence's end: a model letter's period is the full stop, not part of
 * the name (a person's initial is never last; "U.S." is one word with other letters).
 */
function endsWithSentencePeriod(tokens: readonly Token[], c: Candidate, kind: ActorKind): boolean {
  const last = tokens[c.end - 1]!.form;
  if (kind === 'person' || c.end - c.first < 2 || !/^\p{Lu}\.$/u.test(last)) return false;
  const next = tokens[c.end];
  return next === undefined || next.lineBefore || /^\p{Lu}/u.test(next.form) || /^["”’)]$/u.test(next.form);
}

export function toMentionSpan(text: string, tokens: readonly Token[], c: Candidate, kind: ActorKind): MentionSpan {
  const start = tokens[c.first]!.start;
  const endChar = tokens[c.end - 1]!.end - (endsWithSentencePeriod(tokens, c, kind) ? 1 : 0);
  const raw = text.slice(start, endChar);
  let plain = true; // no invisible characters and no whitespace other than single spaces
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code < 32 || (code === 32 && raw.charCodeAt(i + 1) === 32) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000) { plain = false; break; }
  }
  let display = raw;
  if (!plain) {
    display = '';
    for (const ch of raw) {
      const code = ch.charCodeAt(0);
      if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) continue;
      display += ch;
    }
    display = display.replace(/\s+/gu, ' ');
  }
  const m: MentionSpan = { first: c.first, end: c.end, start, endChar, kind, key: keyOf(display), display, words: formsOf(tokens, c.first, c.end) };
  if (c.titleFirst !== undefined) m.titleFirst = c.titleFirst;
  return m;
}

/** Find "Long Name (ACR)" in the tokens: the acronym's token index → expansion token range. */
export function findParentheticalAcronyms(tokens: readonly Token[]): Map<number, { first: number; end: number }> {
  const found = new Map<number, { first: number; end: number }>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.form !== '(' || tokens[i + 2]!.form !== ')') continue;
    const acr = tokens[i + 1]!.form;
    if (!isAcronym(acr)) continue;
    const letters = acronymLetters(acr);
    // The run of name words before "(": capitalized words and connectors between them.
    let k = i;
    while (k > 0 && i - k < 16) {
      const t = tokens[k - 1]!;
      if (isUpperChar(t.form[0] ?? '') && !tokenHasFlag(t, LEX.FUNCTION)) k--;
      else if (t.lower === "'s" && k - 2 >= 0 && isUpperChar(tokens[k - 2]!.form[0] ?? '')) k--;
      else if (ACRONYM_CONNECTORS.has(t.lower) && k - 2 >= 0 && isUpperChar(tokens[k - 2]!.form[0] ?? '')) k--;
      else break;
    }
    // Longest start whose first initial is the acronym's first letter and whose initials contain it.
    for (let s = k; s < i; s++) {
      const words = tokens.slice(s, i).map((t) => t.form);
      if (ACRONYM_CONNECTORS.has(words[0]!.toLowerCase())) continue;
      const ini = initials(words, true);
      if (ini[0] === letters[0] && isSubsequence(letters, ini) && i - s >= 2) {
        found.set(i + 1, { first: s, end: i });
        break;
      }
    }
  }
  return found;
}

class UnionFind {
  private parent: number[] = [];
  add(): number { this.parent.push(this.parent.length); return this.parent.length - 1; }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) { const n = this.parent[x]!; this.parent[x] = r; x = n; }
    return r;
  }
  union(a: number, b: number): void { const ra = this.find(a), rb = this.find(b); if (ra !== rb) this.parent[rb] = ra; }
}

interface Group { key: string; mentions: MentionSpan[]; kind: ActorKind; words: readonly string[] }

function majorityKind(mentions: readonly MentionSpan[]): ActorKind {
  const votes = new Map<ActorKind, number>();
  for (const m of mentions) votes.set(m.kind, (votes.get(m.kind) ?? 0) + 1);
  let best: ActorKind = mentions[0]!.kind;
  let bv = 0;
  for (const [k, v] of votes) if (v > bv) { best = k; bv = v; }
  return best;
}

/** Words that hand a name another one ("known as", "nicknamed", "also spelled"). */
const NAMING_VERBS = new Set(['known', 'nicknamed', 'dubbed', 'called', 'spelled', 'spelt', 'styled', 'renamed']);
/** Words that may sit before such a verb ("also known as", "better known as"). */
const NAMING_ADVERBS = new Set(['also', 'better', 'commonly', 'popularly', 'widely', 'often', 'sometimes', 'now', 'formerly']);

/** Where a name handed over by "…, known as X" / "(also spelled X)" starts after the name ending at `end`, or -1. */
function otherNameStart(tokens: readonly Token[], end: number): number {
  let k = end;
  if (tokens[k]?.form !== ',' && tokens[k]?.form !== '(') return -1;
  k++;
  while (tokens[k] && NAMING_ADVERBS.has(tokens[k]!.lower)) k++;
  if (!tokens[k] || !NAMING_VERBS.has(tokens[k]!.lower)) return -1;
  k++;
  if (tokens[k]?.lower === 'as') k++;
  if (tokens[k] && /^["“‘']$/u.test(tokens[k]!.form)) k++;
  return k;
}

/** Punctuation before "or" that gives a name another ("New Zealand – or Aotearoa as it is called"). */
const OR_MARKS = new Set([',', '(', '–', '—', '-', '--']);

/** "New Zealand – or Aotearoa as it is called by Māori", "Myanmar, or Burma as it was known": the
 *  name after "or", when "as … called/known" confirms it is another name for the one before. */
function nameAsCalled(tokens: readonly Token[], end: number, byFirst: ReadonlyMap<number, MentionSpan>): MentionSpan | undefined {
  if (!OR_MARKS.has(tokens[end]?.form ?? '') || tokens[end + 1]?.lower !== 'or') return undefined;
  const b = byFirst.get(end + 2);
  if (!b || tokens[b.end]?.lower !== 'as') return undefined;
  for (let k = b.end + 1; k <= b.end + 4 && k < tokens.length; k++) if (tokens[k]!.lower === 'called' || tokens[k]!.lower === 'known') return b;
  return undefined;
}

/**
 * Names the text itself gives as one: "Kauri (Te Kaurinui Robert) Parata", a name followed by a
 * bracketed person name, is a nickname of that person; "the Affordable Care Act, known as
 * Obamacare," and "Tomas Reev (also spelled Tomasz Reev)" hand the name another. Returns pairs of
 * mentions to link.
 */
export function findBracketedNames(tokens: readonly Token[], mentions: readonly MentionSpan[]): [MentionSpan, MentionSpan][] {
  const byFirst = new Map<number, MentionSpan>();
  for (const m of mentions) byFirst.set(m.first, m);
  const pairs: [MentionSpan, MentionSpan][] = [];
  for (const a of mentions) {
    const called = nameAsCalled(tokens, a.end, byFirst);
    if (called) {
      pairs.push([a, called]);
      continue;
    }
    const named = byFirst.get(otherNameStart(tokens, a.end));
    // A place "known as" a person's name, or the reverse, is a figure of speech, not a second name.
    if (named && (named.kind === a.kind || (a.kind !== 'person' && named.kind !== 'person' && a.kind !== 'place' && named.kind !== 'place'))) {
      pairs.push([a, named]);
      continue;
    }
    if (a.kind !== 'person' || tokens[a.end]?.form !== '(') continue;
    const b = byFirst.get(a.end + 1);
    if (!b || b.kind !== 'person' || tokens[b.end]?.form !== ')') continue;
    pairs.push([a, b]);
  }
  return pairs;
}

export function linkAliases(mentions: readonly MentionSpan[], acronymExpansions: ReadonlyMap<number, MentionSpan>, nicknames: readonly [MentionSpan, MentionSpan][] = [], tokens?: readonly Token[]): ActorCluster[] {
  // 1. Same string (or same place under another spelling) → one group.
  const groups: Group[] = [];
  const byKey = new Map<string, number>();
  for (const m of mentions) {
    const key = synonymKey.get(m.key) ?? m.key;
    let g = byKey.get(key);
    if (g === undefined) { g = groups.length; byKey.set(key, g); groups.push({ key, mentions: [], kind: m.kind, words: m.words }); }
    const group = groups[g]!;
    group.mentions.push(m);
    if (m.words.length > group.words.length) group.words = m.words;
  }
  for (const g of groups) g.kind = majorityKind(g.mentions);
  const uf = new UnionFind();
  for (let i = 0; i < groups.length; i++) uf.add();
  const dropped = new Set<number>();
  /** Ambiguous short names → the full-name groups they could belong to. */
  const ambiguousHits = new Map<number, number[]>();
  const expansionOf = new Map<number, number>(); // acronym group -> expansion group

  // 2. Acronyms written out in parentheses.
  for (const m of mentions) {
    const exp = acronymExpansions.get(m.first);
    if (!exp) continue;
    const a = byKey.get(synonymKey.get(m.key) ?? m.key);
    const e = byKey.get(exp.key);
    if (a !== undefined && e !== undefined && a !== e) { uf.union(e, a); expansionOf.set(a, e); }
  }
  // 3. Acronyms matching the initials of exactly one longer name.
  for (let a = 0; a < groups.length; a++) {
    const g = groups[a]!;
    if (expansionOf.has(a) || g.words.length !== 1 || !isAcronym(g.words[0]!) || synonymKey.has(g.key)) continue;
    const letters = acronymLetters(g.words[0]!);
    const matches: number[] = [];
    for (let b = 0; b < groups.length; b++) {
      const h = groups[b]!;
      // A place by its dotted initials only ("L.A."): "US" and the like are spellings (synonyms).
      if (h.words.length < 2 || h.kind === 'person' || (h.kind === 'place' && !g.words[0]!.includes('.'))) continue;
      if (initials(h.words, false) === letters) matches.push(b);
    }
    if (matches.length === 1) { uf.union(matches[0]!, a); expansionOf.set(a, matches[0]!); }
  }
  if (tokens) retypeNamedBySurname(groups, tokens);
  // 4. People: shorter names join the one full name they are part of.
  const order = groups.map((_, i) => i).sort((x, y) => groups[y]!.words.length - groups[x]!.words.length);
  const people: number[] = [];
  for (const i of order) {
    const g = groups[i]!;
    if (expansionOf.has(i)) continue;
    // A company the news names every day is not a person's first name ("Apple" of "Apple Pay").
    const canBePerson = (g.kind === 'person' || (g.words.length === 1 && !PLACE_NAMES.has(g.key) && !isAcronym(g.words[0]!))) && !(g.words.length === 1 && WELL_KNOWN_KINDS.has(g.key));
    if (!canBePerson) continue;
    // (A first name alone links only a person's: "Dolby" the company is not "Dolby Atmos".)
    const all = people.filter((p) => isPartOfName(g.words, groups[p]!.words) && (g.kind === 'person' || groups[p]!.words.at(-1)!.toLowerCase() === g.words.at(-1)!.toLowerCase()));
    // A surname beats a first name: "Lee" is Ann Lee's, even if a "Lee Chan" is in the text.
    const bySurname = all.filter((p) => groups[p]!.words.at(-1)!.toLowerCase() === g.words.at(-1)!.toLowerCase());
    const hits = bySurname.length > 0 ? bySurname : all;
    const roots = [...new Set(hits.map((p) => uf.find(p)))];
    if (roots.length === 1) { uf.union(roots[0]!, i); continue; }
    // A first word shared by several names ("Dolby" of "Dolby Atmos" and "Dolby Vision") is its own name.
    if (roots.length > 1 && bySurname.length === 0) continue;
    if (roots.length > 1) { dropped.add(i); ambiguousHits.set(i, hits); continue; }
    if (g.kind === 'person') people.push(i);
  }
  // Nicknames given in brackets.
  for (const [a, b] of nicknames) {
    const ga = byKey.get(synonymKey.get(a.key) ?? a.key);
    const gb = byKey.get(synonymKey.get(b.key) ?? b.key);
    if (ga !== undefined && gb !== undefined && !dropped.has(gb)) { dropped.delete(ga); uf.union(gb, ga); }
  }
  // 5. Organizations: "Congress" joins "US Congress" when only a place or demonym is cut off.
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.kind !== 'organization' || dropped.has(i) || uf.find(i) !== i) continue;
    const hits: number[] = [];
    for (let j = 0; j < groups.length; j++) {
      const h = groups[j]!;
      if (j === i || h.kind !== 'organization' || h.words.length <= g.words.length) continue;
      const cut = h.words.length - g.words.length;
      if (!sameWords(h.words.slice(cut), g.words)) continue;
      const prefix = h.words.slice(0, cut).join(' ').toLowerCase();
      if (PLACE_NAMES.has(prefix) || hasFlag(prefix, LEX.DEMONYM) || synonymKey.has(prefix)) hits.push(j);
    }
    const roots = [...new Set(hits.map((j) => uf.find(j)))];
    if (roots.length === 1) uf.union(roots[0]!, i);
  }

  // 6. Companies: "Apple" joins "Apple Inc." (only a corporate suffix is cut off).
  const companyByBase = new Map<string, number[]>();
  for (let j = 0; j < groups.length; j++) {
    const h = groups[j]!;
    if (h.kind !== 'organization' || h.words.length < 2 || !(CORPORATE.has(h.words[h.words.length - 1]!.toLowerCase()) || CLUB_SUFFIXES.has(h.words[h.words.length - 1]!.toLowerCase()))) continue;
    const base = h.words.slice(0, -1).join(' ').toLowerCase();
    companyByBase.set(base, [...(companyByBase.get(base) ?? []), j]);
  }
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (dropped.has(i) || (g.kind === 'person' && g.words.length > 1)) continue;
    let hits = companyByBase.get(g.words.join(' ').toLowerCase());
    // "Porthaven" the town is not "Porthaven FC" the club.
    if (g.kind === 'place') hits = hits?.filter((j) => !CLUB_SUFFIXES.has(groups[j]!.words.at(-1)!.toLowerCase()));
    if (hits) { const roots = [...new Set(hits.map((j) => uf.find(j)))]; if (roots.length === 1 && roots[0] !== uf.find(i)) uf.union(roots[0]!, i); }
  }
  if (tokens) linkShortOrganizationNames(groups, uf, dropped, tokens);
  linkNamePrefixes(groups, uf, dropped);
  linkSuffixSpellings(groups, uf, dropped);
  linkOfNameForms(groups, uf, dropped);
  linkBrandedNames(groups, uf, dropped);
  // Build clusters.
  const clusters = new Map<number, { groups: number[] }>();
  for (let i = 0; i < groups.length; i++) {
    if (dropped.has(i)) continue;
    const r = uf.find(i);
    let c = clusters.get(r);
    if (!c) { c = { groups: [] }; clusters.set(r, c); }
    c.groups.push(i);
  }
  // An ambiguous short name ("Parata" with two Paratas in the text) joins a person only where it
  // is unambiguous in context: exactly one of the candidates has been named before it.
  const extra = new Map<number, MentionSpan[]>();
  for (const [i, hits] of ambiguousHits) {
    const roots = [...new Set(hits.map((h) => uf.find(h)))];
    const firstSeen = roots.map((r) => {
      let min = Infinity;
      for (const g of clusters.get(r)!.groups) for (const m of groups[g]!.mentions) if (m.start < min) min = m.start;
      return min;
    });
    for (const m of groups[i]!.mentions) {
      const before = roots.filter((_, k) => firstSeen[k]! < m.start);
      if (before.length !== 1) continue;
      let list = extra.get(before[0]!);
      if (!list) { list = []; extra.set(before[0]!, list); }
      list.push(m);
    }
  }
  const out: ActorCluster[] = [];
  for (const [root, c] of clusters) {
    const ms = c.groups.length === 1 && !extra.has(root) ? inTextOrder(groups[c.groups[0]!]!.mentions)
      : [...c.groups.flatMap((i) => groups[i]!.mentions), ...(extra.get(root) ?? [])].sort((a, b) => a.start - b.start);
    const nameGroup = c.groups.reduce((best, i) => (fullness(groups[i]!) > fullness(groups[best]!) ? i : best), c.groups[0]!);
    // The group's best spelling: not the all-caps headline form when another exists.
    const nameMentions = groups[nameGroup]!.mentions;
    const name = nameMentions.find((m) => !isAllCapsText(m.display)) ?? nameMentions[0]!;
    // Kind: the full name decides when the tagger disagrees with itself across short forms.
    const allAcronyms = ms.every((x) => isAcronym(x.display));
    const kind = c.groups.some((i) => groups[i]!.kind === 'person' && groups[i]!.words.length > 1) ? 'person' : majorityKind(allAcronyms ? ms : ms.filter((m) => !isAcronym(m.display)));
    const cluster: ActorCluster = { mentions: ms, name, kind };
    cluster.kind = WELL_KNOWN_KINDS.get(name.display.toLowerCase()) ?? roleClueKind(cluster, tokens) ?? thingKind(cluster, tokens) ?? contextKind(cluster, tokens);
    const acr = c.groups.find((i) => expansionOf.has(i));
    if (acr !== undefined) cluster.expansion = groups[expansionOf.get(acr)!]!.mentions[0]!;
    out.push(cluster);
  }
  if (tokens) markOwnedProducts(out, tokens);
  if (tokens) markProductLines(out, tokens);
  if (tokens) kindsFromLists(out, tokens);
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * "Teodor Abeyta won the race. Abeyta said …": a name of two or three words the tagger took for an
 * organization is a person's when the text calls a person by its last word alone, and nothing in
 * it says organization or place (no cue word, not a name the news knows as a company). So is one
 * followed by "he" or "her" in its sentence ("Siv Kvale announced her resignation").
 */
function retypeNamedBySurname(groups: Group[], tokens: readonly Token[]): void {
  const personWords = new Set<string>();
  for (const g of groups) if (g.kind === 'person' && g.words.length === 1 && !isAcronym(g.words[0]!)) personWords.add(g.key);
  for (const g of groups) {
    if (g.kind !== 'organization' || g.words.length < 2 || g.words.length > 3 || WELL_KNOWN_KINDS.has(g.key)) continue;
    if (!personWords.has(normalizeName(g.words.at(-1)!)) && !g.mentions.some((m) => personalPronounAfter(tokens, m))) continue;
    const m = g.mentions[0]!;
    let cued = false;
    for (let k = m.first; k < m.end; k++) if (tokenHasFlag(tokens[k]!, ANY_ORG_CUE | ANY_PLACE_CUE | LEX.PLACE) || isAcronym(tokens[k]!.form)) cued = true;
    if (!cued) g.kind = 'person';
  }
}

/** Pronouns that refer to a person, never to a company. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
/** How far after a name its pronoun is looked for, in tokens. */
const PRONOUN_WINDOW = 8;

/** "Siv Kvale announced her resignation": a personal pronoun soon after the name, in its
 *  sentence, before any other capitalized word (which could be the pronoun's person). */
function personalPronounAfter(tokens: readonly Token[], m: MentionSpan): boolean {
  for (let k = m.end; k < tokens.length && k - m.end < PRONOUN_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.lineBefore || t.form === '.' || t.form === ';' || t.form === '"' || t.form === '“' || t.form === '”') return false;
    if (isUpperChar(t.form[0] ?? '')) return false;
    if (PERSONAL_PRONOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Apple Vision Pro" … "Vision Pro", "Harlo Nimbus 3" … "Nimbus 3": a thing's name said without the
 * company that opens it is the same thing, when that company is an organization of the text (or one
 * the news names every day) and only one name has that tail.
 */
function linkBrandedNames(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>): void {
  const organizations = new Set<string>();
  for (const g of groups) if (g.kind === 'organization' && g.words.length === 1) organizations.add(g.key);
  const byTail = new Map<string, number[]>();
  groups.forEach((h, j) => {
    if (h.kind === 'person' || h.kind === 'place' || h.words.length < 2 || dropped.has(j)) return;
    const brand = h.words[0]!.toLowerCase();
    if (!organizations.has(brand) && WELL_KNOWN_KINDS.get(brand) !== 'organization') return;
    const tail = h.words.slice(1).join(' ').toLowerCase();
    byTail.set(tail, [...(byTail.get(tail) ?? []), j]);
  });
  if (byTail.size === 0) return;
  groups.forEach((g, i) => {
    const owners = byTail.get(g.key);
    if (!owners || owners.length !== 1 || dropped.has(i) || g.kind === 'person' || g.kind === 'place') return;
    if (uf.find(owners[0]!) !== uf.find(i)) uf.union(owners[0]!, i);
  });
}

/** Words a company's or club's name may end in, written out or short: one spelling for each. */
const SUFFIX_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ (?:football club|f\.c\.)$/u, ' fc'], [/ corporation$/u, ' corp'], [/ corp\.$/u, ' corp'], [/ incorporated$/u, ' inc'], [/ inc\.$/u, ' inc'],
  [/ limited$/u, ' ltd'], [/ ltd\.$/u, ' ltd'], [/ company$/u, ' co'], [/ co\.$/u, ' co'], [/ university$/u, ' univ'],
];

/** "Porthaven Football Club" … "Porthaven FC", "Velmar Corporation" … "Velmar Corp.": one name in two spellings of its suffix. */
function linkSuffixSpellings(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>): void {
  const bySpelling = new Map<string, number>();
  groups.forEach((g, i) => {
    if (g.kind === 'person' || g.kind === 'place' || g.words.length < 2 || dropped.has(i)) return;
    let spelling = g.key;
    for (const [long, short] of SUFFIX_SPELLINGS) spelling = spelling.replace(long, short);
    const other = bySpelling.get(spelling);
    if (other === undefined) bySpelling.set(spelling, i);
    else if (uf.find(other) !== uf.find(i)) uf.union(other, i);
  });
}

/**
 * "Department of Homeland Security" … "Homeland Security" … "Homeland Security Department": a body
 * named "<Office> of <Field>" is also called by its field, when that has two words or more (one word
 * alone is too often something else: "Justice"), or by its field before its office word. Only when
 * one body of the text has that field.
 */
function linkOfNameForms(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>): void {
  const byForm = new Map<string, number[]>();
  groups.forEach((h, j) => {
    if (h.kind !== 'organization' || dropped.has(j) || h.words.length < 3) return;
    const of = h.words[1]!.toLowerCase();
    if ((of !== 'of' && of !== 'for') || !hasFlag(h.words[0]!.toLowerCase(), ANY_ORG_CUE)) return;
    const field = h.words.slice(2);
    const forms = [[...field, h.words[0]!].join(' ').toLowerCase()];
    if (field.length >= 2) forms.push(field.join(' ').toLowerCase());
    for (const form of forms) byForm.set(form, [...(byForm.get(form) ?? []), j]);
  });
  if (byForm.size === 0) return;
  groups.forEach((g, i) => {
    if (g.kind === 'place' || dropped.has(i)) return;
    const hits = byForm.get(g.words.join(' ').toLowerCase());
    if (hits?.length === 1 && uf.find(hits[0]!) !== uf.find(i)) uf.union(hits[0]!, i);
  });
}

/**
 * "Harbor Foods Market" … "Harbor Foods": a name of two words or more that opens exactly one longer
 * organization's or place's name of the text is that name said short. Not a known place ("New York" of "New
 * York Times"), not a person, and not when two longer names share the opening.
 */
function linkNamePrefixes(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>): void {
  const byOpening = new Map<string, number[]>();
  groups.forEach((h, j) => {
    // Works are left out: a title's opening is often another work ("Until Dawn" of "Until Dawn: Rush of Blood").
    if (h.kind === 'person' || h.kind === 'other' || h.words.length < 3) return;
    for (let n = 2; n < h.words.length; n++) {
      // A model or a sequel is another thing ("Nimbus Ultra" of "Nimbus Ultra Pro", "… 2", "…: Rush of Blood").
      const next = h.words[n]!;
      if (next === ':' || /^\d/u.test(next) || MODEL_WORDS.has(next.toLowerCase())) break;
      const key = h.words.slice(0, n).join(' ').toLowerCase();
      byOpening.set(key, [...(byOpening.get(key) ?? []), j]);
    }
  });
  groups.forEach((g, i) => {
    if (dropped.has(i) || g.kind === 'person' || g.words.length < 2 || PLACE_NAMES.has(g.key) || synonymKey.has(g.key)) return;
    const hits = byOpening.get(g.words.join(' ').toLowerCase());
    if (!hits) return;
    const roots = [...new Set(hits.map((j) => uf.find(j)))];
    if (roots.length === 1 && roots[0] !== uf.find(i)) uf.union(roots[0]!, i);
  });
}

/** Words after a place's name that make it the name of that place's body ("Eastbrook City Council"). */
const LOCAL_UNITS = new Set(['city', 'county', 'town', 'state', 'municipal', 'village', 'borough', 'district', 'provincial', 'regional']);

/** Organization names of this many words or more may be called by their first word alone. */
const MIN_WORDS_FOR_FIRST_WORD = 3;

/**
 * Short names an article gives an organization after its full name:
 * - its first word, when the name is long and ends in an organization word ("Packard" for the
 *   Packard Motor Car Company), no other organization starts with it, and nothing else
 *   (a person "Henry Ford") already took it;
 * - "the" and its last word ("the Trust" for the Harbor Trust, "the Authority"), when that word
 *   is an organization word and only one organization of the article ends in it.
 */
function linkShortOrganizationNames(groups: readonly Group[], uf: UnionFind, dropped: ReadonlySet<number>, tokens: readonly Token[]): void {
  const byFirst = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  groups.forEach((h, j) => {
    if (h.kind !== 'organization' || h.words.length < 2) return;
    const push = (map: Map<string, number[]>, key: string) => {
      const list = map.get(key);
      if (list) list.push(j);
      else map.set(key, [j]);
    };
    push(byLast, h.words[h.words.length - 1]!.toLowerCase());
    // (Not a common word or one that names a body of its own: "House" of "House Freedom Caucus" is the House.)
    // (Nor a town's name before its own body: "Eastbrook" of "Eastbrook City Council" is the town.)
    const first = h.words[0]!.toLowerCase();
    const townBody = LOCAL_UNITS.has(h.words[1]!.toLowerCase());
    if (h.words.length >= MIN_WORDS_FOR_FIRST_WORD && tokenHasFlag(tokens[h.mentions[0]!.end - 1]!, ANY_ORG_CUE) && !hasFlag(first, LEX.COMMON | ANY_ORG_CUE) && !townBody) push(byFirst, first);
  });
  groups.forEach((g, i) => {
    if (g.words.length !== 1 || dropped.has(i) || uf.find(i) !== i || g.kind === 'place' || isAcronym(g.words[0]!)) return;
    const word = g.words[0]!.toLowerCase();
    const afterThe = g.mentions.every((m) => m.first > 0 && tokens[m.first - 1]!.lower === 'the' && !tokens[m.first]!.lineBefore);
    const lastHits = afterThe && tokenHasFlag(tokens[g.mentions[0]!.first]!, ANY_ORG_CUE) ? byLast.get(word) : undefined;
    const hits = lastHits ?? byFirst.get(word);
    if (!hits) return;
    const roots = [...new Set(hits.map((j) => uf.find(j)))];
    if (roots.length === 1 && roots[0] !== i) uf.union(roots[0]!, i);
  });
}

/** A copy of mentions sorted by start; one group's mentions usually already are (no sort needed). */
function inTextOrder(mentions: readonly MentionSpan[]): MentionSpan[] {
  for (let k = 1; k < mentions.length; k++) {
    if (mentions[k]!.start < mentions[k - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions.slice();
}

function isAllCapsText(s: string): boolean {
  let upper = 0;
  for (const ch of s) { if (isLowerChar(ch)) return false; if (isUpperChar(ch)) upper++; }
  return upper > 0;
}

/** How full a name is: more words first, then not an acronym, then longer. */
function fullness(g: Group): number {
  return g.words.length * 1000 + (isAcronym(g.words.join('')) ? 0 : 500) + Math.min(g.key.length, 499);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w.toLowerCase() === b[i]!.toLowerCase());
}

/** "Ko Wen-je", "Lai Ching-te": a one-word surname then a hyphenated given name with a lower-case second part. */
export function isSurnameFirstName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const given = words[1]!;
  const dash = given.indexOf('-');
  return dash > 0 && dash < given.length - 1 && isUpperChar(given[0]!) && isLowerChar(given[dash + 1]!);
}

/** "Sato" ⊂ "Masahisa Sato"; "Te Kaurinui" ⊂ "Te Kaurinui Robert Parata"; "Te Kaurinui Parata" too. */
/** Generational suffixes after a surname ("Ola Brenne Jr."): "Brenne" is still the surname. */
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

export function isPartOfName(short: readonly string[], fullName: readonly string[]): boolean {
  const full = fullName.length > 2 && NAME_SUFFIXES.has(fullName.at(-1)!.toLowerCase()) ? fullName.slice(0, -1) : fullName;
  if (short.length >= full.length) return false;
  const s = short.map((w) => w.toLowerCase());
  const f = full.map((w) => w.toLowerCase());
  const sameLast = s[s.length - 1] === f[f.length - 1];
  const sameFirst = s[0] === f[0];
  // "Bob" of 'Robert "Bob" Lindqvist': the nickname in quotation marks.
  if (s.length === 1 && f.some((w, i) => w === s[0] && i > 0 && (f[i - 1] === '"' || f[i - 1] === "'") && f[i + 1] === f[i - 1])) return true;
  // "Ruiz" of "Ana Maria Ruiz Torres": the first of two surnames (not a first name in the middle).
  if (s.length === 1 && f.length >= 3 && s[0] === f[f.length - 2] && !hasFlag(s[0]!, LEX.GIVEN)) return true;
  if (!sameLast && !sameFirst) return false;
  // "Michael" alone is not linked to "Michael Mazza" (a common given name is anyone's); but "Ko" is
  // the surname of "Ko Wen-je" (surname first), and a first name nobody else has ("Lupita") is hers.
  if (sameFirst && !sameLast && s.length === 1 && f.length === 2 && !isSurnameFirstName(full) && hasFlag(s[0]!, LEX.GIVEN)) return false;
  let j = 0;
  for (let i = 0; i < f.length && j < s.length; i++) if (f[i] === s[j]) j++;
  return j === s.length;
}
