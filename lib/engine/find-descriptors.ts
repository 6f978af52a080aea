// Stage 7: descriptors — what the article says an actor is, as minimal exact spans:
//   pre-name titles and roles   "Deputy Prime Minister Taro Aso", "Foreign Ministry spokesman Zhao Lijian",
//                               "the ruling Liberal Democratic Party", "whale rescue group Project Jonah"
//   fronted appositives         "One of the LDP lawmakers who attended …, Masahisa Sato,"
//   appositives                 "Michael Mazza, a Taiwan expert with …,"  "Sato, chair of …,"
//   relative clauses            "X, who fled to the compound,"
//   copular sentences           "Cullen is an integral member of …"
//   "such as" / "of" phrases    "international bodies such as the WHO", "the US state of Louisiana"
//   post-name role nouns        "American Enterprise Institute think tank", "Ngātiwai tribe of eastern Northland"
import { isLowerChar } from './characters';
import { ADHERENT_SET, CUE, LEX, PLACE_ROLE_SET, tokenHasFlag } from './lexicon';
import { listOpenerBefore } from './list-context';
import { POSSESSOR_WORDS, inSet, isNounAfterName, isPersonNoun, isPlural, isRole, isRoleFor } from './role-words';
import type { ActorKind } from './types';
import type { ActorCluster, MentionSpan } from './mention-span';
import type { Sentence } from './split-sentences';
import { isCapitalized, type Token } from './tokenize';
import type { Evidence } from './types';

/** Longest descriptor we take, in tokens. */
const MAX_DESCRIPTOR_TOKENS = 20;
/** Longest pre-name modifier run, in tokens. */
const MAX_PRE_NAME_TOKENS = 6;
/** Adjectives that describe an organization when written right before its name. */
const ORG_PREMODIFIERS = new Set(['ruling', 'opposition', 'governing', 'state-run', 'state-owned', 'state-backed', 'rival', 'militant', 'banned', 'outlawed', 'far-right', 'far-left', 'centre-right', 'centre-left', 'center-right', 'center-left', 'conservative', 'liberal', 'nationalist', 'separatist']);
/** Words that open an appositive descriptor. */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'one', 'another', 'himself', 'herself', 'also', 'now', 'then', 'formerly', 'once']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'becomes', 'became', "'s"]);
/** Participles that give a person an office after a copula ("was named", "has been appointed"). */
const APPOINTMENTS = new Set(['named', 'appointed', 'elected', 'promoted', 'hired', 'chosen', 'nominated', 'installed']);
/** Tokens that end a descriptor. */
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', '"', '(', ')', '-', '--', '—', '–', '...', '|']);
/** Words that never sit inside a pre-name descriptor. */
const PRE_NAME_STOPS = new Set(['said', 'says', 'told', 'by', 'and', 'or', 'but', 'with', 'to', 'from', 'for', 'as', 'that', 'than']);

/** A function word, unless written as an acronym ("US" is not "us"). */
function isFunctionWord(t: Token): boolean {
  return tokenHasFlag(t, LEX.FUNCTION) && !(t.form.length >= 2 && t.form === t.form.toUpperCase() && t.form !== t.lower);
}
function isClauseEnd(t: Token): boolean {
  return CLAUSE_ENDS.has(t.form) || t.form === '\u2014' || t.form === '\u2013';
}

export function findDescriptors(text: string, tokens: readonly Token[], sentences: readonly Sentence[], clusters: readonly ActorCluster[]): Map<number, Evidence[]> {
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, k) => { for (let i = s.first; i < s.end; i++) sentenceOf[i] = k; });
  const mentionAt = new Map<number, MentionSpan>();
  /** 1 on the tokens of people's names: a title read backwards from a name stops at another person. */
  const person = new Uint8Array(tokens.length);
  for (const c of clusters) {
    for (const m of c.mentions) {
      mentionAt.set(m.first, m);
      if (c.kind === 'person') person.fill(1, m.first, m.end);
    }
  }
  // Which actors of each kind every sentence names: a noun phrase refers back only to the sole one.
  const namedIn = new Map<string, Set<number>>();
  clusters.forEach((c, index) => {
    for (const m of c.mentions) {
      const key = `${sentenceOf[m.first]}:${c.kind}`;
      namedIn.set(key, (namedIn.get(key) ?? new Set()).add(index));
    }
  });
  const out = new Map<number, Evidence[]>();
  clusters.forEach((cluster, index) => {
    const found: Evidence[] = [];
    const saidAlready = new Set<string>();
    const add = (first: number, end: number): void => {
      end = withoutTrailingDate(tokens, first, end);
      if (end <= first || end - first > MAX_DESCRIPTOR_TOKENS) return;
      const start = tokens[first]!.start;
      const stop = tokens[end - 1]!.end;
      const said = text.slice(start, stop);
      if (saidAlready.has(said)) return; // the same words twice (e.g. a repeated caption)
      saidAlready.add(said);
      found.push({ text: said, start, end: stop });
    };
    for (const m of cluster.mentions) {
      if (m.inWord) continue;
      const sentenceIndex = sentenceOf[m.first]!;
      const sentence = sentences[sentenceIndex]!;
      preName(tokens, m, cluster, sentence, person, add);
      frontedAppositive(tokens, m, sentence, add);
      const quoted = withClosingQuote(tokens, m);
      appositive(tokens, quoted, cluster.kind, sentence, mentionAt, person, add);
      dashAppositive(tokens, quoted, cluster.kind, sentence, add);
      copular(tokens, quoted, cluster.kind, sentence, add);
      knownAs(tokens, quoted, cluster.kind, sentence, add);
      invertedCopular(tokens, quoted, sentence, add);
      parenthetical(tokens, quoted, cluster.kind, sentence, add);
      suchAsOrOf(tokens, m, cluster.kind, sentence, add);
      if (cluster.kind === 'organization' || cluster.kind === 'other') postNameRole(tokens, m, cluster.kind, sentence, person, add);
      if (namedIn.get(`${sentenceIndex}:${cluster.kind}`)?.size === 1) referringBack(tokens, cluster.kind, sentences[sentenceIndex + 1], add);
    }
    if (found.length) out.set(index, found.sort((a, b) => a.start - b.start));
  });
  return out;
}

type Add = (first: number, end: number) => void;

/** Words that open a closing date phrase of an event ("in 2019", "on Monday"); "since 2019" says how long, and stays. */
const DATE_PREPOSITIONS = new Set(['in', 'on']);

const RELATIVE_DATES = new Set(['last', 'this', 'next']);
const PERIODS = new Set(['year', 'week', 'month', 'season', 'decade', 'century', 'spring', 'summer', 'autumn', 'fall', 'winter', 'weekend', 'night']);

/** "chief executive of Corvalo in 2019" → "chief executive of Corvalo", "a hit last year" → "a hit": when, not who. */
function withoutTrailingDate(tokens: readonly Token[], first: number, end: number): number {
  const last = tokens[end - 1];
  const preposition = tokens[end - 2];
  // "… last year", "… this week".
  if (preposition && end - 2 > first && RELATIVE_DATES.has(preposition.lower) && (PERIODS.has(last!.lower) || tokenHasFlag(last!, LEX.CALENDAR))) return end - 2;
  if (!last || !preposition || end - 2 <= first || !DATE_PREPOSITIONS.has(preposition.lower)) return end;
  const isDate = /^(?:1[89]|20)\d\d$/u.test(last.form) || tokenHasFlag(last, LEX.CALENDAR);
  return isDate ? end - 2 : end;
}

/** A quotation mark closing right where the token before it ends. */
function closesQuote(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.form === '"' && tokens[k]!.start === tokens[k - 1]!.end;
}

/** A quotation mark opening right where the token after it starts. */
function opensQuote(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.form === '"' && tokens[k]!.end === tokens[k + 1]?.start;
}

/** '"Thumper" is …': a quoted title ends after its closing mark. */
function withClosingQuote(tokens: readonly Token[], m: MentionSpan): MentionSpan {
  return closesQuote(tokens, m.end) ? { ...m, end: m.end + 1 } : m;
}

/** Titles cut from the name, and the role words right before it. */
function preName(tokens: readonly Token[], m: MentionSpan, cluster: ActorCluster, s: Sentence, person: Uint8Array, add: Add): void {
  let end = m.first;
  if (m.titleFirst !== undefined) {
    // "President Obama": the title itself (honorifics alone are not descriptors).
    let honorificOnly = true;
    for (let k = m.titleFirst; k < m.first; k++) if (!tokenHasFlag(tokens[k]!, LEX.HONORIFIC)) honorificOnly = false;
    if (!honorificOnly) {
      // "Facebook CEO Mark Zuckerberg", "Vidyard's CEO Michael Litt": the organization before the title is part of who they are.
      let from = m.titleFirst;
      if (from - 1 >= s.first && tokens[from - 1]!.lower === "'s") from--;
      let k = from;
      while (k - 1 >= s.first && from - k < 3 && isCapitalized(tokens[k - 1]) && !isFunctionWord(tokens[k - 1]!) && !tokens[k]!.lineBefore) k--;
      add(k < from && !(k === s.first && tokens[k]!.lower === 'the') ? k : m.titleFirst, m.first);
      return;
    }
    end = m.titleFirst;
  }
  // 'Cheeky horror game "Until Dawn"': the role words before a quoted title.
  if (end === m.first && end - 1 > s.first && opensQuote(tokens, end - 1)) end--;
  let k = end;
  // "his 22-year-old son, Te Kaurinui", "Italy's prime minister, Giorgia Meloni": one comma allowed
  // after a role noun that has a possessor.
  if (k - 1 >= s.first && tokens[k - 1]!.form === ',' && k - 2 >= s.first && isRole(tokens[k - 2]!.lower) && isLowerChar(tokens[k - 2]!.form[0] ?? '')) {
    const possessor = findBack(tokens, k - 2, s.first, (t) => POSSESSOR_WORDS.has(t.lower));
    if (possessor >= 0 && k - 2 - possessor <= 3) {
      if (tokens[possessor]!.lower === "'s" && possessor - 1 >= s.first && !isFunctionWord(tokens[possessor - 1]!)) add(possessor - 1, k - 1);
      else add(possessor + 1, k - 1);
      return;
    }
  }
  const last = tokens[k - 1];
  if (!last || k - 1 < s.first) return;
  const lastLower = last.lower;
  const isOrgModifier = cluster.kind !== 'person' && ORG_PREMODIFIERS.has(lastLower);
  if (!isRoleFor(cluster.kind, lastLower) && !isOrgModifier && !(cluster.kind === 'person' && tokenHasFlag(last, LEX.TITLE))) return;
  // A capitalized role is a title, unless the sentence's first word ("Mathematician Ola Brenne proved …").
  if (isCapitalized(last) && cluster.kind === 'person' && !tokenHasFlag(last, LEX.TITLE) && k - 1 !== s.first) return;
  if (isOrgModifier) { add(k - 1, k); return; } // only the adjective itself ("ruling")
  let first = k - 1;
  while (first - 1 >= s.first && end - (first - 1) <= MAX_PRE_NAME_TOKENS) {
    const t = tokens[first - 1]!;
    if (isClauseEnd(t) || PRE_NAME_STOPS.has(t.lower) || !/[\p{L}\p{N}]/u.test(t.form)) break; // "•", "*": a list's mark
    if (t.lower === "'s") {
      if (first - 2 >= s.first && isCapitalized(tokens[first - 2])) { first -= 2; continue; }
      break;
    }
    // "Secretary of State": "of" between a capitalized title and the office after it.
    if ((t.lower === 'of' || t.lower === 'for') && isCapitalized(tokens[first]) && first - 2 >= s.first && isCapitalized(tokens[first - 2]) && tokenHasFlag(tokens[first - 2]!, LEX.TITLE)) { first--; continue; }
    if (isFunctionWord(t)) break; // "the", and "The", "His" at sentence start
    // A participle is a verb ("acquired startup Zentrix"), unless it describes: "state-owned",
    // "publicly traded".
    const describes = t.lower.includes('-') || /\p{L}ly$/u.test(tokens[first - 2]?.lower ?? '');
    if (/(?:ed|ing)$/u.test(t.lower) && !isCapitalized(t) && !isRole(t.lower) && !describes) break;
    if (tokenHasFlag(t, CUE.SPEECH_VERB)) break;
    // "President Xi Jinping met Prime Minister Albanese": a lower-case word between another person's
    // name and a capitalized title is a verb, not part of the title ("Clinton campaign manager" is).
    const between = tokens[first]!;
    if (person[first - 1] && first + 1 < end && !isCapitalized(between) && isCapitalized(tokens[first + 1]) && !isRole(between.lower) && !tokenHasFlag(between, LEX.TITLE)) {
      first++;
      break;
    }
    first--;
  }
  add(first, end);
}

function findBack(tokens: readonly Token[], from: number, limit: number, pred: (t: Token) => boolean): number {
  for (let k = from - 1; k >= limit && from - k <= 4; k--) if (pred(tokens[k]!)) return k;
  return -1;
}

/** "One of the LDP lawmakers who attended the online meeting, Masahisa Sato, said …" */
function frontedAppositive(tokens: readonly Token[], m: MentionSpan, s: Sentence, add: Add): void {
  let comma = (m.titleFirst ?? m.first) - 1;
  // "The suspect, identified as Mark Delgado, faces …": the name given after the comma.
  if (tokens[comma]?.lower === 'as' && NAMING_PARTICIPLES.has(tokens[comma - 1]?.lower ?? '') && tokens[comma - 2]?.form === ',') comma -= 2;
  if (comma <= s.first || tokens[comma]!.form !== ',') return;
  let first = s.first;
  while (first < comma && (tokens[first]!.form === '"' || tokens[first]!.form === "'")) first++;
  // "Police said the suspect, Dev Okafor, was …": a short "the" phrase after the sentence's verb.
  const inner = innerDefinitePhrase(tokens, first, comma);
  if (inner >= 0) first = inner;
  const opener = tokens[first]!.lower;
  // "The Italian leader, Giorgia Meloni, arrived": with "the", only when a comma closes the name too.
  const closed = tokens[m.end]?.form === ',';
  if (!(opener === 'one' || opener === 'a' || opener === 'an' || opener === 'as' || (opener === 'the' && closed))) return;
  // "The mayor, Lena Hart, said": two words are enough after "the".
  if (comma - first > MAX_DESCRIPTOR_TOKENS || comma - first < (opener === 'the' ? 2 : 3)) return;
  // "The company owns Instagrid, Atlasso, WhatsUp and …": a name in a list of names, not an appositive.
  if (isCapitalized(tokens[comma - 1]) && closed && isCapitalized(tokens[m.end + 1])) return;
  let hasRole = false;
  for (let k = first; k < comma; k++) {
    if (tokens[k]!.form === ',') return;
    if (isRole(tokens[k]!.lower)) hasRole = true;
  }
  if (!hasRole) return;
  if (opener === 'the' && !isPlainNounPhrase(tokens, first + 1, comma)) return;
  add(opener === 'as' ? first + 1 : first, comma);
}

/** Participles before "as" that give a name ("identified as"). */
const NAMING_PARTICIPLES = new Set(['identified', 'named', 'known']);

/** Longest "the" phrase read back from a comma inside a sentence, in tokens. */
const MAX_INNER_PHRASE_TOKENS = 4;

/** "said the suspect, Dev Okafor,": where a "the" phrase of lower-case words right after a verb
 *  begins, or -1 when the words before the comma are not one. */
function innerDefinitePhrase(tokens: readonly Token[], sentenceFirst: number, comma: number): number {
  for (let k = comma - 1; k > sentenceFirst && comma - k <= MAX_INNER_PHRASE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.lower === 'the') return SAYS.has(tokens[k - 1]!.lower) ? k : -1;
    if (!isLowerChar(t.form[0] ?? '') || isFunctionWord(t)) return -1;
  }
  return -1;
}

/** Linking words a fronted "the …" noun phrase may hold ("The head of the Russian league's committee"). */
const NOUN_PHRASE_LINKS = new Set(['of', 'the', 'to', 'for', 'in', 'on', 'at', 'and']);

/** Whether tokens [first, end) read as a noun phrase rather than a clause: no other function words
 *  ("are", "will"), no -ed/-ing verbs, no quotation marks or brackets, and no possessive (the
 *  possessor's role before the name is taken by preName: "The charity's Europe director, X"). */
function isPlainNounPhrase(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (NOUN_PHRASE_LINKS.has(t.lower)) continue;
    if (t.lower === "'s" || isFunctionWord(t) || !/\p{L}/u.test(t.form)) return false;
    if (/(?:ed|ing)$/u.test(t.lower) && !isCapitalized(t) && !isRole(t.lower)) return false;
  }
  return true;
}

/** Degrees and professional letters written after a person's name ("Jane Roe, Ph.D., of …"). */
const CREDENTIALS = new Set(['ph.d.', 'phd', 'ph.d', 'md', 'm.d.', 'mph', 'm.p.h.', 'rn', 'dds', 'jd', 'j.d.', 'mba', 'esq', 'esq.', 'dphil', 'ed.d.', 'psy.d.', 'psyd', 'pharm.d.', 'pharmd', 'facs', 'frcp', 'lcsw', 'cpa', 'msc', 'bsc', 'dvm', 'od', 'do']);

/**
 * "Jane Roe, Ph.D., of Harwell University's Institute …": the letters after a name are one
 * descriptor and an "of" phrase after them (or right after the name) another. Returns the
 * comma where the rest of the apposition starts, or `comma` when there were none.
 */
function credentialsAndAffiliation(tokens: readonly Token[], comma: number, s: Sentence, add: Add): number {
  let k = comma;
  while (k + 2 < s.end && tokens[k]!.form === ',' && CREDENTIALS.has(tokens[k + 1]!.lower) && isClauseEnd(tokens[k + 2]!)) {
    add(k + 1, k + 2);
    k += 2;
  }
  const of = k + 1;
  if (tokens[k]?.form !== ',' || tokens[of]?.lower !== 'of') return k;
  const head = tokens[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  if (!isCapitalized(tokens[head])) return k;
  let end = head;
  while (end < s.end && end - of < MAX_DESCRIPTOR_TOKENS && !isClauseEnd(tokens[end]!)) end++;
  if (tokens[end]?.form === ',') add(of, end);
  else if (end === s.end - 1) {
    // At the sentence's end, only the name ("Dev Okafor, 31, of Easton on Tuesday" → "of Easton").
    let nameEnd = head;
    while (nameEnd < end && isCapitalized(tokens[nameEnd])) nameEnd++;
    add(of, nameEnd);
  }
  return k;
}

/** "Michael Mazza, a Taiwan expert with …, wrote"; "Sato, chair of …,"; "X, who …". */
function appositive(tokens: readonly Token[], name: MentionSpan, kind: ActorKind, s: Sentence, mentionAt: ReadonlyMap<number, MentionSpan>, person: Uint8Array, add: Add): void {
  // "Luis Ortega of Texas, the caucus's vice chair": what follows "<person> of <place>," is the person's.
  if (kind === 'place' && tokens[name.first - 1]?.lower === 'of' && person[name.first - 2]) return;
  const home = kind === 'person' && tokens[name.end]?.lower === 'of' ? mentionAt.get(name.end + 1) : undefined;
  if (home?.kind === 'place') name = { ...name, end: home.end };
  // "Mara Lind and Tomas Reev, both mathematicians at …": the appositive after the second is the first's too.
  const partner = tokens[name.end]?.lower === 'and' ? mentionAt.get(name.end + 1) : undefined;
  const m = partner && tokens[partner.end]?.form === ',' && tokens[partner.end + 1]?.lower === 'both' ? partner : name;
  if (m.end >= s.end - 1 || tokens[m.end]!.form !== ',') return;
  // "Mara Lind, 54, an economist at …": an age between the name and the apposition.
  const afterAge = kind === 'person' && /^\d{1,3}$/u.test(tokens[m.end + 1]?.form ?? '') && tokens[m.end + 2]?.form === ',' ? m.end + 2 : m.end;
  const comma = credentialsAndAffiliation(tokens, afterAge, s, add);
  if (comma >= s.end - 1 || tokens[comma]!.form !== ',') return;
  // '"Headmaster," a game about …': American style puts the comma inside the closing mark.
  let first = closesQuote(tokens, comma + 1) ? comma + 2 : comma + 1;
  const both = tokens[first]?.lower === 'both' && first + 1 < s.end; // "both mathematicians at …"
  if (both) first++;
  const opener = tokens[first]!;
  // "X, who …"; for a thing, "X, which tracks pollution, filed …" only when the clause closes with a
  // comma before the sentence goes on: a "which" at a sentence's end often means the whole event.
  const relative = opener.lower === 'who' || (opener.lower === 'which' && kind !== 'person' && closesBeforeVerb(tokens, first, s));
  if (!relative) {
    const possessed = tokens[first + 1]?.lower === "'s" || (isCapitalized(opener) && tokens[first + 2]?.lower === "'s");
    if (isCapitalized(opener) && !tokenHasFlag(opener, LEX.TITLE) && !isRole(opener.lower) && !possessed) return; // a list of names
    const openerOk = both || APPOSITIVE_OPENERS.has(opener.lower) || isRole(opener.lower) || possessed
      || (!tokenHasFlag(opener, LEX.FUNCTION) && isLowerChar(opener.form[0] ?? '') && roleWithin(tokens, first, s.end, 3));
    if (!openerOk) return;
  }
  let end = first;
  while (end < s.end && end - first < MAX_DESCRIPTOR_TOKENS && !isClauseEnd(tokens[end]!)) {
    if (!relative && end > first && RELATIVES.has(tokens[end]!.lower)) break;
    if (!relative && end > first && (tokens[end]!.lower === 'said' || tokens[end]!.lower === 'says')) return; // "X, the president said" is not apposition
    end++;
  }
  if (end - first < 1 || end - first >= MAX_DESCRIPTOR_TOKENS) return;
  if (!relative && end - first === 1 && mentionAt.has(first)) return;
  if (!relative && !roleWithin(tokens, first, end, MAX_DESCRIPTOR_TOKENS) && !kindNounWithin(tokens, kind, first, end) && !(kind === 'person' && adherentWithin(tokens, first, end))) return;
  add(first, end);
}

/** "Lena Hart — a former nurse — said": an appositive set off by dashes, closed by the same dash or the sentence's end. */
function dashAppositive(tokens: readonly Token[], m: MentionSpan, kind: ActorKind, s: Sentence, add: Add): void {
  const dash = tokens[m.end];
  if (!dash || (dash.form !== '\u2014' && dash.form !== '\u2013')) return;
  const first = m.end + 1;
  const opener = tokens[first];
  if (!opener || !(APPOSITIVE_OPENERS.has(opener.lower) || (isLowerChar(opener.form[0] ?? '') && isRole(opener.lower)))) return;
  let end = first;
  while (end < s.end && end - first < MAX_DESCRIPTOR_TOKENS && tokens[end]!.form !== dash.form && !isClauseEnd(tokens[end]!)) end++;
  const closed = end < s.end && tokens[end]!.form === dash.form;
  const endsSentence = end === s.end || (end === s.end - 1 && (tokens[end]!.form === '.' || tokens[end]!.form === ';'));
  if (!(closed || endsSentence) || end - first < 2 || end - first >= MAX_DESCRIPTOR_TOKENS) return;
  if (roleWithin(tokens, first, end, MAX_DESCRIPTOR_TOKENS) || kindNounWithin(tokens, kind, first, end)) add(first, end);
}

/** Longest noun phrase, in tokens, that says too little without its relative clause ("a nonprofit"). */
const MAX_BARE_HEAD_TOKENS = 3;

/**
 * "a nonprofit that tracks river pollution", "a programmer who has released …": a short noun
 * phrase stopped at a relative word takes its clause, which says what the bare noun does not.
 * The clause ends at punctuation; the phrase is returned unchanged when there is none to take.
 */
function withShortHeadsClause(tokens: readonly Token[], first: number, end: number, s: Sentence): number {
  if (end - first > MAX_BARE_HEAD_TOKENS || end >= s.end || !RELATIVES.has(tokens[end]!.lower)) return end;
  let stop = end + 1;
  while (stop < s.end && stop - first < MAX_DESCRIPTOR_TOKENS && !isClauseEnd(tokens[stop]!)) stop++;
  return stop - first < MAX_DESCRIPTOR_TOKENS && stop > end + 1 ? stop : end;
}

/** "a Democrat from California": a party's member or a believer, said of a person. */
function adherentWithin(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end && k - first < 3; k++) if (isCapitalized(tokens[k]) && ADHERENT_SET.has(tokens[k]!.lower)) return true;
  return false;
}

/** Whether the clause opened at `first` ends in a comma followed by a lower-case word (the sentence's verb). */
function closesBeforeVerb(tokens: readonly Token[], first: number, s: Sentence): boolean {
  for (let k = first + 1; k < s.end && k - first < MAX_DESCRIPTOR_TOKENS; k++) {
    if (!isClauseEnd(tokens[k]!)) continue;
    return tokens[k]!.form === ',' && isLowerChar(tokens[k + 1]?.form[0] ?? '') && !isFunctionWord(tokens[k + 1]!);
  }
  return false;
}

/** A lower-case noun in [first, end) that says what an actor of this kind is ("chemist", "museum"). */
function kindNounWithin(tokens: readonly Token[], kind: ActorKind, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (isLowerChar(tokens[k]!.form[0] ?? '') && isRoleFor(kind, tokens[k]!.lower)) return true;
  return false;
}

function roleWithin(tokens: readonly Token[], first: number, end: number, span: number): boolean {
  for (let k = first; k < end && k - first < span; k++) if (isRole(tokens[k]!.lower)) return true;
  return false;
}

/** Verbs that say what someone is through "as": "is known as", "serves as", "is regarded as". */
const AS_VERBS = new Set(['known', 'renowned', 'regarded', 'considered', 'seen', 'described', 'recognized', 'recognised', 'remembered', 'hailed', 'billed', 'celebrated', 'serves', 'served', 'works', 'worked', 'acts', 'acted']);
/** Verbs of taking a place somewhere, after which "as" says in what role ("joined Velmar as its counsel"). */
const JOIN_VERBS = new Set(['joined', 'joins', 'join', 'joining', 'rejoined']);
/** Words a verb group before "as" may also hold ("has long been widely regarded as"). */
const AS_VERB_FILLERS = new Set([...COPULAS, 'has', 'have', 'had', 'been', 'also', 'now', 'still', 'widely', 'best', 'well', 'long', 'often', 'currently', 'in', 'will', 'would', 'to']);

/** "Parata, 75, is renowned in New Zealand as the leading whale expert"; "X serves as chief economist". */
function knownAs(tokens: readonly Token[], m: MentionSpan, kind: ActorKind, s: Sentence, add: Add): void {
  let k = m.end;
  if (tokens[k]?.form === ',' && /^\d+$/u.test(tokens[k + 1]?.form ?? '') && tokens[k + 2]?.form === ',') k += 3; // an age
  else if (tokens[k]?.form === ',' && tokens[(m.titleFirst ?? m.first) - 1]?.form === ',') k++; // "Lumo's co-founder, Aino Virtanen, will join …"
  let verb = false;
  let joined = false;
  for (let steps = 0; k < s.end && steps < 8; steps++, k++) {
    const t = tokens[k]!;
    if (t.lower === 'as') break;
    if (AS_VERBS.has(t.lower)) verb = true;
    else if (kind === 'person' && JOIN_VERBS.has(t.lower)) verb = joined = true;
    // "joined the Velmar board as …": what was joined sits between the verb and "as".
    else if (joined && !isClauseEnd(t) && (t.lower === 'the' || !isFunctionWord(t))) continue;
    else if (!AS_VERB_FILLERS.has(t.lower) && !(isCapitalized(t) && tokens[k - 1]?.lower === 'in') && !(isCapitalized(t) && isCapitalized(tokens[k - 1]))) return;
  }
  if (!verb || tokens[k]?.lower !== 'as') return;
  const first = k + 1;
  let end = first;
  while (end < s.end && end - first < MAX_DESCRIPTOR_TOKENS && !isClauseEnd(tokens[end]!) && !(end > first && /^(?:who|which|that|and)$/u.test(tokens[end]!.lower))) end++;
  if (end > first && end - first < MAX_DESCRIPTOR_TOKENS && kindNounWithin(tokens, kind, first, end)) add(first, end);
}

/** "Cullen is an integral member of …" (the name opens its sentence). */
function copular(tokens: readonly Token[], m: MentionSpan, kind: ActorKind, s: Sentence, add: Add): void {
  let subjectStart = s.first;
  // Or the subject of a clause after a comma ("In the end, the Xbox One X is …").
  for (let k = m.first - 1; k > s.first && k >= m.first - 2; k--) if (tokens[k]!.form === ',') subjectStart = k + 1;
  while (subjectStart < m.first && (tokens[subjectStart]!.form === '"' || tokens[subjectStart]!.lower === 'the')) subjectStart++;
  if ((m.titleFirst ?? m.first) !== subjectStart && !kindNounPhraseBefore(tokens, subjectStart, m.titleFirst ?? m.first, kind)) return;
  const verb = tokens[m.end];
  if (!verb) return;
  let first = m.end + 1;
  // "has been", "had been": a copula too.
  if ((verb.lower === 'has' || verb.lower === 'had') && tokens[first]?.lower === 'been') first++;
  else if (!COPULAS.has(verb.lower)) return;
  // "is, well, a violent rhythm game": a short aside between commas.
  if (tokens[first]?.form === ',') {
    const close = [first + 2, first + 3].find((k) => tokens[k]?.form === ',');
    if (close === undefined) return;
    first = close + 1;
  }
  if (tokens[first]?.lower === 'also' || tokens[first]?.lower === 'now' || tokens[first]?.lower === 'still') first++;
  // "X was named chief executive", "X was appointed as finance minister": the office given.
  const appointed = kind === 'person' && APPOINTMENTS.has(tokens[first]?.lower ?? '') && verb.lower !== "'s";
  if (appointed) first += tokens[first + 1]?.lower === 'as' ? 2 : 1;
  const det = tokens[first];
  if (!det) return;
  // "X is mayor of Easton", "X became chief executive of …": a role without an article, when an "of" phrase says of what.
  const bareRole = kind === 'person' && (bareRoleOf(tokens, first) || (appointed && isLowerChar(det.form[0] ?? '') && !isFunctionWord(det)));
  // "X is Microsoft's smallest console": a possessor as the article.
  const possessor = isCapitalized(det) && tokens[first + 1]?.lower === "'s";
  if (!bareRole && !possessor && !(det.lower === 'a' || det.lower === 'an' || det.lower === 'the' || det.lower === 'one')) return;
  let end = first;
  while (end < s.end && end - first < MAX_DESCRIPTOR_TOKENS && !isClauseEnd(tokens[end]!)
    && !(end > first + 1 && RELATIVES.has(tokens[end]!.lower))) end++;
  end = withShortHeadsClause(tokens, first, end, s);
  let kindNoun = false;
  for (let k = first; k < end && !kindNoun; k++) kindNoun = isLowerChar(tokens[k]!.form[0] ?? '') && isRoleFor(kind, tokens[k]!.lower);
  if (end - first >= 2 && end - first < MAX_DESCRIPTOR_TOKENS && (kindNoun || roleWithin(tokens, first, end, MAX_DESCRIPTOR_TOKENS))) add(first, end);
}

/** Longest noun phrase before a name that opens its sentence ("Cheeky horror game"), in tokens. */
const MAX_SUBJECT_MODIFIERS = 4;

/** '"Cheeky horror game "Until Dawn" was …': the subject is a short noun phrase whose last noun,
 *  right before the name, says the actor's kind. */
function kindNounPhraseBefore(tokens: readonly Token[], from: number, nameFirst: number, kind: ActorKind): boolean {
  let last = nameFirst - 1;
  if (last >= from && tokens[last]!.form === '"') last--;
  if (last < from || last - from + 1 > MAX_SUBJECT_MODIFIERS || !isRoleFor(kind, tokens[last]!.lower) || isCapitalized(tokens[last])) return false;
  for (let k = from; k <= last; k++) if (isFunctionWord(tokens[k]!) || isClauseEnd(tokens[k]!)) return false;
  return true;
}

/** Words a bare role may have before its noun ("chief executive", "deputy mayor"). */
const MAX_BARE_ROLE_MODIFIERS = 2;

/** "mayor of Easton", "chief executive of Corvalo": a role without an article, then "of". */
function bareRoleOf(tokens: readonly Token[], first: number): boolean {
  for (let k = first; k <= first + MAX_BARE_ROLE_MODIFIERS; k++) {
    const t = tokens[k];
    if (!t || !isLowerChar(t.form[0] ?? '') || isFunctionWord(t)) return false;
    if (isRole(t.lower) && tokens[k + 1]?.lower === 'of') return true;
  }
  return false;
}

/** Longest run of describing words between "the" and the noun that refers back. */
const MAX_BACK_MODIFIERS = 4;
/** Words after a noun that make it part of a longer phrase, not the subject that refers back. */
const NOUN_PHRASE_GOES_ON = new Set(['of', 'and', 'or', 'for', 'in', 'with', 'to', 'from', 'on', 'at']);

/**
 * "Velmar Corp. reported a loss. The publicly traded company said …": a definite noun phrase of
 * the actor's kind opening the next sentence refers back to it, when it was the one actor of that
 * kind the sentence before named. A plain "The company" says nothing, unless a relative clause
 * follows ("The company that provides video platforms for businesses"); a plain noun that says
 * more than the kind does ("The utility", "The airline").
 */
function referringBack(tokens: readonly Token[], kind: ActorKind, next: Sentence | undefined, add: Add): void {
  if (!next || tokens[next.first]!.lower !== 'the') return;
  const isHead = (lower: string) => (kind === 'person' ? isPersonNoun(lower) : isRoleFor(kind, lower));
  for (let j = next.first + 1; j < next.end - 1 && j - next.first <= MAX_BACK_MODIFIERS + 1; j++) {
    const t = tokens[j]!;
    // Describing words are lower-case, numbers, "Ohio-based" or demonyms ("The Portuguese capital").
    const opensAttribute = PLACE_ATTRIBUTE.test(tokens[j + 1]?.form ?? ''); // "San" of "San Jose-based"
    if (!isLowerChar(t.form[0] ?? '') && !/^\d/u.test(t.form) && !PLACE_ATTRIBUTE.test(t.form) && !tokenHasFlag(t, LEX.DEMONYM) && !opensAttribute) return;
    if (isFunctionWord(t) || isClauseEnd(t)) return;
    if (!isHead(t.lower)) continue;
    const after = tokens[j + 1]!;
    // "The utility, Corvalo Power, said …": the phrase introduces the name after it, not the one before.
    if (after.form === ',' && isCapitalized(tokens[j + 2]) && !tokens[j + 2]!.lineBefore) return;
    if (RELATIVES.has(after.lower)) {
      let end = j + 2;
      while (end < next.end && end - next.first < MAX_DESCRIPTOR_TOKENS && !isClauseEnd(tokens[end]!) && !(end > j + 3 && SAYS.has(tokens[end]!.lower))) end++;
      if (end < next.end && end - next.first < MAX_DESCRIPTOR_TOKENS) add(next.first, end);
      return;
    }
    const endsHere = after.lower === "'s" || after.form === ',' || (isLowerChar(after.form[0] ?? '') && !NOUN_PHRASE_GOES_ON.has(after.lower) && !isHead(after.lower));
    if (endsHere && (j > next.first + 1 || saysMoreThanKind(t, kind))) add(next.first, j + 1);
    return;
  }
}

const RELATIVES = new Set(['that', 'which', 'who']);
/** "The utility", "The airline": one noun of an organization's or a place's that says more than its kind (not a plural, which is another set). */
function saysMoreThanKind(noun: Token, kind: ActorKind): boolean {
  return (kind === 'organization' || kind === 'place') && !GENERIC_REFERENCES.has(noun.lower) && !(noun.lower.endsWith('s') && !noun.lower.endsWith('ss'));
}

/** Nouns that alone say no more than the actor's kind: "The company said" is no descriptor, "The utility said" is. */
const GENERIC_REFERENCES = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'business', 'body', 'agency', 'party', 'team', 'club', 'unit', 'service',
  'platform', 'department', 'ministry', 'office', 'city', 'country', 'state', 'town', 'nation', 'region', 'place', 'area', 'man', 'woman', 'person', 'official', 'officials', 'people']);
/** "Ohio-based", "Kyiv-born": a name made into a describing word. */
const PLACE_ATTRIBUTE = /^\p{Lu}[\p{L}.]*-(?:based|born|owned|run|led|backed|made|headquartered)$/u;
const SAYS = new Set(['said', 'says', 'announced', 'reported', 'told']);

/** "Tomas Reev (a chemist at Brightwater University)": a described role in brackets after a name. */
function parenthetical(tokens: readonly Token[], m: MentionSpan, kind: ActorKind, s: Sentence, add: Add): void {
  if (tokens[m.end]?.form !== '(') return;
  const first = m.end + 1;
  const opener = tokens[first];
  if (!opener || !APPOSITIVE_OPENERS.has(opener.lower)) return;
  let end = first;
  while (end < s.end && end - first < MAX_DESCRIPTOR_TOKENS && tokens[end]!.form !== ')' && tokens[end]!.form !== '(') end++;
  if (tokens[end]?.form !== ')' || end - first < 2) return;
  if (roleWithin(tokens, first, end, MAX_DESCRIPTOR_TOKENS) || kindNounWithin(tokens, kind, first, end)) add(first, end);
}

/** Longest subject of an inverted copular sentence, in tokens. */
const MAX_INVERTED_SUBJECT_TOKENS = 10;

/** "The most privacy-preserving modern browser is the Tor Browser, which …": the sentence's
 *  subject says what the name after "is" is. */
function invertedCopular(tokens: readonly Token[], m: MentionSpan, s: Sentence, add: Add): void {
  let k = (m.titleFirst ?? m.first) - 1;
  if (k > s.first && tokens[k]!.lower === 'the') k--;
  if (k <= s.first || !COPULAS.has(tokens[k]!.lower) || tokens[k]!.lower === "'s") return;
  const next = tokens[m.end];
  if (next && !isClauseEnd(next) && next.lower !== 'which' && next.lower !== 'who') return;
  const first = s.first;
  const opener = tokens[first]!.lower;
  if (opener !== 'the' && opener !== 'a' && opener !== 'an' && opener !== 'one') return;
  if (k - first < 3 || k - first > MAX_INVERTED_SUBJECT_TOKENS) return;
  for (let j = first + 1; j < k; j++) if (isClauseEnd(tokens[j]!) || isCapitalized(tokens[j]) || tokens[j]!.lower === 'that' || tokens[j]!.lower === 'who') return;
  // Any kind's noun: the subject says what the name is even where the kind was guessed wrong.
  if ((['person', 'organization', 'place', 'other'] as const).some((said) => kindNounWithin(tokens, said, first + 1, k))) add(first, k);
}

/** Words between "and"/"or" and "other": "or any of the other", "and dozens of other". */
const OTHER_LEAD_INS = new Set(['any', 'all', 'many', 'most', 'some', 'several', 'dozens', 'hundreds', 'scores', 'of', 'the', 'its', 'their']);
/** Longest list read forward from a name to its "and other …", in tokens. */
const MAX_OTHER_LIST_TOKENS = 12;

/**
 * "massive web companies" from "Facebook and other massive web companies", "Facebook or any of the
 * other big social networks", and for every name of "Instagram, Atlas, WhatsApp, and dozens of other
 * technology companies".
 */
function andOther(tokens: readonly Token[], m: MentionSpan, kind: ActorKind, s: Sentence, add: Add): void {
  let k = m.end;
  // Over the rest of a list of names.
  while (k < s.end && k - m.end < MAX_OTHER_LIST_TOKENS && (tokens[k]!.form === ',' || isCapitalized(tokens[k]) || tokens[k]!.lower === "'s")) k++;
  if (tokens[k]?.lower !== 'and' && tokens[k]?.lower !== 'or') return;
  k++;
  for (let lead = 0; lead < 4 && OTHER_LEAD_INS.has(tokens[k]?.lower ?? ''); lead++) k++;
  if (tokens[k]?.lower !== 'other') return;
  const first = k + 1;
  // Up to the last role noun of the next few words ("big web companies collect …").
  let end = first;
  // "internet and technology companies": an "and" between two describing words.
  const joins = (j: number) => tokens[j]!.lower === 'and' && j > first && isLowerChar(tokens[j + 1]?.form[0] ?? '') && !isFunctionWord(tokens[j + 1]!);
  for (let j = first; j < s.end && j - first < 5 && !isClauseEnd(tokens[j]!) && (!isFunctionWord(tokens[j]!) || joins(j)) && !isCapitalized(tokens[j]); j++) {
    if (isRoleFor(kind, tokens[j]!.lower)) end = j + 1;
  }
  if (end > first) add(first, end);
}

/** "international bodies such as the World Health Organization"; "the US state of Louisiana". */
/** Verbs that bring a list ("The studio makes games such as …"): the noun phrase starts after them. */
const LIST_VERBS = new Set(['makes', 'make', 'sells', 'sell', 'offers', 'offer', 'includes', 'include', 'has', 'have', 'builds', 'build', 'plays', 'play',
  'features', 'uses', 'use', 'produces', 'produce', 'owns', 'own', 'runs', 'run', 'publishes', 'develops', 'develop', 'releases', 'supports', 'hosts', 'ships', 'adds', 'is', 'are', 'was', 'were']);

function suchAsOrOf(tokens: readonly Token[], m: MentionSpan, kind: ActorKind, s: Sentence, add: Add): void {
  andOther(tokens, m, kind, s, add);
  let k = m.first - 1;
  if (k > s.first && tokens[k]!.lower === 'the') k--;
  if (k - 1 <= s.first) return;
  let end: number;
  const opener = listOpenerBefore(tokens, m.first, s.first);
  if (opener > s.first + 1) end = tokens[opener]!.lower === 'as' ? opener - 1 : opener;
  else if (tokens[k]!.lower === 'of' && kind === 'place' && inSet(PLACE_ROLE_SET, tokens[k - 1]!.lower) && isLowerChar(tokens[k - 1]!.form[0] ?? '')) end = k;
  else return;
  let first = end;
  while (first - 1 >= s.first && end - (first - 1) <= 4) {
    const t = tokens[first - 1]!;
    // The noun phrase, not the verb or the sentence's first word before it ("Regulators questioned …").
    if (isClauseEnd(t) || isFunctionWord(t) || PRE_NAME_STOPS.has(t.lower)) break;
    if (opener > 0 && (isCapitalized(t) || /ed$/u.test(t.lower) || LIST_VERBS.has(t.lower))) break;
    // "restaurants hire firms such as X": a plural subject before its verb ("sports cars" goes on).
    if (first < end && isPlural(t.lower) && !tokens[first]!.lower.endsWith('s')) { first++; break; }
    first--;
  }
  if (first < end && isRoleFor(kind, tokens[end - 1]!.lower)) add(first, end);
}

/** "American Enterprise Institute think tank"; "Ngātiwai tribe of eastern Northland"; "Manu Taupunga group that is the …". */
function postNameRole(tokens: readonly Token[], m: MentionSpan, kind: ActorKind, s: Sentence, person: Uint8Array, add: Add): void {
  let end = m.end;
  while (end < s.end && end - m.end < 3 && isLowerChar(tokens[end]!.form[0] ?? '') && !tokenHasFlag(tokens[end]!, LEX.FUNCTION)) end++;
  if (end === m.end || !isRoleFor(kind, tokens[end - 1]!.lower) || !isNounAfterName(tokens, end - 1)) return;
  // "Red Hat developer Mara Lind": the noun is the title of the person named after it.
  if (person[end]) return;
  // "group that is the organizing arm of …": the copular clause is the better description.
  const rel = tokens[end];
  if (rel && (rel.lower === 'that' || rel.lower === 'which') && tokens[end + 1] && COPULAS.has(tokens[end + 1]!.lower)) {
    let first = end + 2;
    if (tokens[first]?.lower === 'the' || tokens[first]?.lower === 'a' || tokens[first]?.lower === 'an') first++;
    let stop = first;
    while (stop < s.end && stop - first < MAX_DESCRIPTOR_TOKENS && !isClauseEnd(tokens[stop]!) && !(stop > first && (tokens[stop]!.lower === 'started' || tokens[stop]!.lower === 'that' || tokens[stop]!.lower === 'which'))) stop++;
    if (stop > first) { add(first, stop); return; }
  }
  // "tribe of eastern Northland": an "of" phrase ending in a name.
  if (tokens[end]?.lower === 'of') {
    let stop = end + 1;
    while (stop < s.end && stop - end <= 3 && !isClauseEnd(tokens[stop]!) && !isCapitalized(tokens[stop])) stop++;
    if (stop < s.end && isCapitalized(tokens[stop])) {
      while (stop < s.end && isCapitalized(tokens[stop])) stop++;
      add(m.end, stop);
      return;
    }
  }
  add(m.end, end);
}
