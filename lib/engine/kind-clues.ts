// Kind clues (part of stage 6): what the words around a name say it is, when the tagger and the
// cue words inside the name are unsure. A list's head noun ("games like X"), an appositive's or a
// copula's head ("X, a nonprofit"), a thing noun before or after it ("the film X", "the X console"),
// the neighbors of a one-word name ("in X", "X's shareholders", "a spokeswoman for X"), and, once
// the actors are built, what other actors of the text say ("Dolby" … "Dolby Atmos", a list of names).
import { isLowerChar, isUpperChar } from './characters';
import { normalizeName } from './actor-id';
import { isModelWord } from './find-candidates';
import { ANY_ORG_CUE, ANY_PLACE_CUE, CUE, LEX, ORGANIZATION_ROLE_SET, PLACE_NAMES, hasFlag, tokenHasFlag } from './lexicon';
import { WELL_KNOWN_KINDS } from './lexicons/well-known';
import { listHeadBefore } from './list-context';
import { isAcronym, type ActorCluster, type MentionSpan } from './mention-span';
import { POSSESSOR_WORDS, inSet, isNounAfterName, isPersonNoun, isRoleFor, WORK_NOUNS } from './role-words';
import type { Token } from './tokenize';
import type { ActorKind } from './types';

/** Prepositions (and verbs of travel) that put a bare name in a place role ("in Pātaua", "visited Kaitaia"). */
const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'around', 'outside', 'inside', 'throughout', 'towards', 'toward', 'visited', 'visiting']);

/** "a 34-year-old Quenby man", "a Quenby woman": the name says where someone is from. */
function isHometown(m: MentionSpan, tokens: readonly Token[]): boolean {
  const before = tokens[m.first - 1];
  const after = tokens[m.end];
  return after !== undefined && HOMETOWN_PEOPLE.has(after.lower) && before !== undefined && (before.lower === 'a' || before.lower === 'an' || /-old$/u.test(before.lower));
}
/** People a place's name describes after "a" or an age ("a Quenby man"). */
const HOMETOWN_PEOPLE = new Set(['man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'native', 'couple', 'mother', 'father', 'student']);
/** Nouns for the people of a place, written after its name ("Kaitaia residents"). */
const RESIDENTS = new Set(['residents', 'resident', 'locals', 'villagers', 'townspeople', 'townsfolk', 'inhabitants']);

/** What only a company has, written after "X's" ("Pirelli's shareholders", "Magna's chief executive"). */
const CORPORATE_POSSESSIONS = new Set(['shares', 'stock', 'stake', 'shareholders', 'board', 'chairman', 'subsidiary', 'subsidiaries',
  'division', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'output', 'headquarters', 'employees', 'plant',
  'factory', 'factories', 'products', 'brand', 'customers', 'merger', 'takeover', 'ceo', 'directors',
  // what a technology or media company has
  'platform', 'app', 'apps', 'users', 'subscribers', 'servers', 'software', 'console', 'consoles', 'devices', 'website', 'site',
  'store', 'service', 'services', 'engineers', 'researchers', 'executives', 'founder', 'founders', 'cofounder', 'co-founder',
  'acquisition', 'lineup', 'headset', 'smartphone', 'smartphones', 'chips', 'spokesperson', 'spokeswoman', 'spokesman', 'terms', 'algorithm', 'algorithms',
  'chief', 'chairwoman', 'owner', 'owners']);
/** Words between "X's" and what it has ("X's new chief executive"). */
const POSSESSION_MODIFIERS = new Set(['new', 'former', 'interim', 'outgoing', 'incoming', 'current', 'longtime', 'top', 'largest', 'biggest', 'main']);
/** "Quorvex, which makes battery chips": what makes, runs or sells things is a company. */
function doesCompanyWork(m: MentionSpan, tokens: readonly Token[]): boolean {
  return tokens[m.end]?.form === ',' && tokens[m.end + 1]?.lower === 'which' && COMPANY_VERBS.has(tokens[m.end + 2]?.lower ?? '');
}
/** What a company does, after ", which" ("X, which makes chips"). */
const COMPANY_VERBS = new Set(['makes', 'runs', 'owns', 'operates', 'sells', 'provides', 'produces', 'develops', 'builds', 'employs', 'manufactures', 'supplies', 'offers', 'publishes', 'distributes']);
/** Participles whose agent after "by" is a company, not a person ("founded by" is a person's). */
const BY_ORGANIZATION = new Set(['hired', 'acquired', 'owned', 'bought', 'employed', 'funded', 'sponsored', 'published', 'operated', 'purchased']);
/** Verbs whose object is a company ("who founded X", "agreed to buy X"). */
const FOUNDING_VERBS = new Set(['founded', 'cofounded', 'co-founded', 'acquired', 'acquire', 'buy', 'bought', 'purchased']);
/** Nouns before "of X" that make X an organization ("chief executive of Corvalo", "a founder of X"). */
const ORGANIZATION_OF = new Set(['ceo', 'executive', 'chairman', 'chairwoman', 'founder', 'cofounder', 'co-founder', 'shareholders', 'shareholder', 'owner', 'owners', 'employees', 'employee', 'subsidiary', 'division']);

/** Nouns that, followed by "in"/"of"/"with" and a name, make it a company ("shares in X", "merger with X"). */
const CORPORATE_DEALS = new Set(['shares', 'stake', 'stakes', 'takeover', 'acquisition', 'merger', 'subsidiary', 'unit', 'division']);

/** Nouns after a name that make it an organization ("the X company"), besides CUE.ORG_ROLE_AFTER's
 *  (group, party, the publication nouns: "the Zycie newspaper"). Not "team" or "camp": "the Dole team" is a person's. */
const ORGANIZATION_NOUNS_AFTER_NAME = new Set(['company', 'firm', 'bank', 'club', 'agency', 'union']);

/** "a spokeswoman for X": X speaks through them, an organization (a person has an aide or a lawyer). */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen']);
/** Nouns before "of X" that make X a place. */
const PLACE_OF = new Set(['mayor', 'governor', 'residents', 'outskirts', 'suburbs', 'streets', 'citizens', 'city', 'town', 'village', 'province', 'county', 'capital', 'inhabitants', 'natives', 'native']);
/** Market people who work "at" a company ("analyst at Indosuez"). */
const MARKET_ROLES = new Set(['analyst', 'economist', 'strategist', 'dealer', 'trader', 'broker']);

/** Family nouns after "X's": only people have them. */
const FAMILY = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'family', 'parents', 'children']);

const isNumberForm = (form: string): boolean => /^\d+$/u.test(form);

/** Clues in a one-word mention's neighbors, one kind per mention: an organization (an
 *  organization role noun next to it, "X's shareholders", "shares in X", "analyst at X"), a place
 *  (after "in"/"near"/"visited", before "residents", "X, <known region>", "the capital X") or a person (a title or
 *  honorific before it, an age after it, "X's wife"). */
function contextClue(m: MentionSpan, tokens: readonly Token[]): ActorKind | null {
  const before = tokens[m.first - 1];
  const before2 = tokens[m.first - 2];
  const after = tokens[m.end];
  const after2 = tokens[m.end + 1];
  if (m.titleFirst !== undefined || (before && tokenHasFlag(before, LEX.HONORIFIC))) return 'person';
  if (after?.form === ',' && after2 && isNumberForm(after2.form) && tokens[m.end + 2]?.form === ',') return 'person';
  if (after?.lower === "'s" && after2 && FAMILY.has(after2.lower)) return 'person';
  const lowerWord = (t: Token | undefined): boolean => t !== undefined && isLowerChar(t.form[0] ?? '');
  if (lowerWord(before) && ORGANIZATION_ROLE_SET.has(before!.lower) && !before!.lineBefore && !tokens[m.first]!.lineBefore) return 'organization';
  if (lowerWord(after) && (tokenHasFlag(after!, CUE.ORG_ROLE_AFTER) || ORGANIZATION_NOUNS_AFTER_NAME.has(after!.lower)) && !after!.lineBefore) return 'organization';
  // "X's shareholders", "X's new chief executive".
  const possession = after2 && POSSESSION_MODIFIERS.has(after2.lower) ? tokens[m.end + 2] : after2;
  if (after?.lower === 'shares' || (after?.lower === "'s" && possession && CORPORATE_POSSESSIONS.has(possession.lower))) return 'organization';
  // "X said it would …", "X says its …": a speaker that is an "it".
  if (after && after2 && tokenHasFlag(after, CUE.SPEECH_VERB) && (after2.lower === 'it' || after2.lower === 'its') && !after2.lineBefore) return 'organization';
  // "who founded X", "agreed to buy X".
  if (before && lowerWord(before) && FOUNDING_VERBS.has(before.lower)) return 'organization';
  if (doesCompanyWork(m, tokens)) return 'organization';
  // "joined X as its counsel": a place of work.
  if (before?.lower === 'joined' && after?.lower === 'as') return 'organization';
  // "hired by X", "owned by X": what employs, owns or pays is a company.
  if (before?.lower === 'by' && before2 && BY_ORGANIZATION.has(before2.lower)) return 'organization';
  if (before && before2 && (before.lower === 'in' || before.lower === 'of' || before.lower === 'with') && CORPORATE_DEALS.has(before2.lower)) return 'organization';
  // "an analyst at X", "an engineer at X", "a professor at X": where someone works.
  if (before?.lower === 'at' && before2 && lowerWord(before2) && (MARKET_ROLES.has(before2.lower) || isPersonNoun(before2.lower))) return 'organization';
  if (before?.lower === 'for' && before2 && SPOKESPEOPLE.has(before2.lower)) return 'organization'; // "a spokeswoman for X"
  if (before?.lower === 'of' && before2 && lowerWord(before2) && ORGANIZATION_OF.has(before2.lower)) return 'organization';
  // "the mayor of X", "residents of X", "Dev Okafor, 31, of X".
  if (before?.lower === 'of' && before2 && (PLACE_OF.has(before2.lower) || (before2.form === ',' && isNumberForm(tokens[m.first - 3]?.form ?? '')))) return 'place';
  if ((before && LOCATIVES.has(before.lower)) || (after && RESIDENTS.has(after.lower))) return 'place';
  if (isHometown(m, tokens)) return 'place';
  if (before?.lower === 'capital' && lowerWord(before)) return 'place'; // "the Afghan capital Kabul"
  if (after?.form === ',' && after2 && !after2.lineBefore && PLACE_NAMES.has(after2.lower) && !tokenHasFlag(after2, LEX.GIVEN)
    && !isUpperChar(tokens[m.end + 2]?.form[0] ?? '') && tokens[m.end + 2]?.form !== "'s") return 'place';
  return null;
}

/** The kind a role noun says a name is of ("companies" → organization, "chemist" → person, "game" → other).
 *  Capitalized only as the first word of a sentence ("Cities like Tacoma …"). */
function kindOfRoleNoun(t: Token, opensSentence = false): ActorKind | null {
  if (!isLowerChar(t.form[0] ?? '') && !(opensSentence && t.upperLetters === 1)) return null;
  if (isRoleFor('organization', t.lower)) return 'organization';
  if (isRoleFor('place', t.lower)) return 'place';
  if (inSet(WORK_NOUNS, t.lower)) return 'other';
  if (isPersonNoun(t.lower)) return 'person';
  return null;
}

/**
 * The kind the text itself gives a name: the head noun of a list it is in ("technology companies
 * such as Zentrix", "games like Thumper"), when every such list agrees. (A role noun right before
 * a name, "chemist X", was tried as a clue too: it cost CoNLL more than it gained here.) A person
 * named with a given name keeps being a person.
 */
export function roleClueKind(cluster: { mentions: MentionSpan[]; kind: ActorKind }, tokens: readonly Token[] | undefined): ActorKind | null {
  if (!tokens) return null;
  let clue: ActorKind | null = null;
  for (const m of cluster.mentions) {
    // "museums such as California's Museum of Neon Art": the listed thing is what the name owns.
    if (tokens[m.end]?.lower === "'s") continue;
    const head = listHeadBefore(tokens, m.first);
    // The tagger's person, or its place where the name is no known place ("Quellfield is a nonprofit that …").
    const mayBeCorrected = cluster.kind === 'person' || (cluster.kind === 'place' && !PLACE_NAMES.has(m.key) && !m.words.some((w) => hasFlag(w.toLowerCase(), ANY_PLACE_CUE)));
    const opensSentence = head === 0 || (head > 0 && (tokens[head]!.lineBefore || /^[.!?"]$/u.test(tokens[head - 1]!.form)));
    const said = head >= 0 ? kindOfRoleNoun(tokens[head]!, opensSentence) : mayBeCorrected ? appositiveHeadKind(tokens, m) : ownedRoleBefore(tokens, m) ? 'person' : null;
    if (!said) continue;
    if (clue && clue !== said) return null;
    clue = said;
  }
  if (!clue || clue === cluster.kind) return null;
  if (cluster.kind === 'person' && cluster.mentions.some((m) => tokenHasFlag(tokens[m.first]!, LEX.GIVEN))) return null;
  return clue;
}

/** "His attorney, Sofia Grant", "the company's founder, Jun Bell": a person's role owned by someone,
 *  then a comma, right before the name. */
function ownedRoleBefore(tokens: readonly Token[], m: MentionSpan): boolean {
  const comma = (m.titleFirst ?? m.first) - 1;
  const role = tokens[comma - 1];
  if (tokens[comma]?.form !== ',' || !role || !isLowerChar(role.form[0] ?? '') || !isPersonNoun(role.lower)) return false;
  for (let k = comma - 2; k >= 0 && comma - k <= 4; k--) {
    const t = tokens[k]!;
    if (POSSESSOR_WORDS.has(t.lower)) return true;
    if (t.form === ',' || t.form === '.' || t.lineBefore) return false;
  }
  return false;
}

/** Describing words read before an appositive's head noun ("a small Ohio nonprofit"). */
const MAX_APPOSITIVE_MODIFIERS = 4;

/** "Quellfield, a nonprofit that tracks pollution", "Corvalo is a startup that …": an organization
 *  (or a work) by the head noun of an appositive or copula opened by an article, when the noun ends
 *  its phrase. */
function appositiveHeadKind(tokens: readonly Token[], m: MentionSpan): ActorKind | null {
  // Or a copula: "Corvalo is a startup that …".
  const after = tokens[m.end]?.form;
  if (after !== ',' && after !== '\u2014' && after !== '\u2013' && tokens[m.end]?.lower !== 'is' && tokens[m.end]?.lower !== 'was') return null;
  const article = tokens[m.end + 1]?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'the') return null;
  for (let k = m.end + 2; k < tokens.length && k - (m.end + 2) <= MAX_APPOSITIVE_MODIFIERS; k++) {
    const t = tokens[k]!;
    if (t.lower === "'s" && k > m.end + 2) continue; // "the country's largest airline"
    if (t.lineBefore || !isLowerChar(t.form[0] ?? '') && !isUpperChar(t.form[0] ?? '')) return null;
    const next = tokens[k + 1];
    const endsPhrase = !next || next.form === ',' || next.form === '.' || next.form === '\u2014' || next.form === '\u2013' || /^(?:that|which|who|based|in|of|for|with)$/u.test(next.lower);
    // Only a company's or a work's noun: it corrects a one-word company or product taken for a person.
    if (endsPhrase) {
      const said = kindOfRoleNoun(t);
      return said === 'organization' || said === 'other' ? said : null;
    }
  }
  return null;
}

/** Nouns after an award's name for those who won it or may ("Grammy winner", "Oscar nominee"). */
const AWARD_HOLDERS = new Set(['winner', 'winners', 'winning', 'nominee', 'nominees', 'nomination', 'nominations', 'laureate', 'laureates', 'medalist', 'medalists', 'medallist', 'medallists']);

/** Nouns of made things and works that name what follows them ("the game X"); not those a person
 *  may follow ("model", "hit") or a verb may be ("play", "act"). */
const THING_NOUNS_BEFORE_NAME = new Set(['game', 'book', 'novel', 'film', 'movie', 'show', 'series', 'album', 'song', 'musical', 'opera', 'painting', 'sculpture',
  'drama', 'sitcom', 'documentary', 'miniseries', 'docuseries', 'thriller', 'memoir', 'novella', 'single', 'ep',
  'app', 'console', 'headset', 'device', 'phone', 'browser', 'software', 'drug', 'vaccine', 'podcast', 'smartphone', 'laptop', 'tablet', 'car', 'franchise', 'sequel', 'trilogy']);

/** Thing nouns that also end organizations' names ("Epic Games", "Harper's Magazine", "the Drudge Report"). */
const ORGANIZATION_WORK_HEADS = new Set(['games', 'magazine', 'report', 'paper', 'platform', 'studio', 'apps', 'event']);

/** "VR", "TV", "OS" in capitals: a brand's thing ("PlayStation VR", "Apple TV"), not a maker's name. */
function isTechAbbreviation(token: Token): boolean {
  return tokenHasFlag(token, CUE.GENERIC_ABBREVIATION) && token.form === token.form.toUpperCase();
}

/**
 * A made thing or a work is "other": some mention is followed by a thing noun ("the Rez game"),
 * or the name ends in a model number, a model word or a technical abbreviation after a brand
 * ("iPhone 4", "Meta Quest Pro", "Vellum VR").
 * People (with a given name) and known places are left alone; so are names with an organization or place cue.
 */
export function thingKind(cluster: { mentions: MentionSpan[]; kind: ActorKind }, tokens: readonly Token[] | undefined): ActorKind | null {
  // (A place the tagger guessed is open to correction unless it is a known one: "in Minecraft".)
  if (!tokens || cluster.kind === 'other') return null;
  const key = cluster.mentions[0]!.key;
  if (PLACE_NAMES.has(key)) return null;
  // "the 1979 film Northern Star", "the drama Harbor Lights": the noun before says what it is, whatever its words.
  for (const m of cluster.mentions) {
    const before = tokens[m.first - 1];
    if (m.titleFirst === undefined && before && !tokens[m.first]!.lineBefore && THING_NOUNS_BEFORE_NAME.has(before.lower) && isLowerChar(before.form[0] ?? '')) return 'other';
  }
  if (cluster.mentions.some((m) => tokenHasFlag(tokens[m.first]!, LEX.PLACE | LEX.PLACE_PART))) return null;
  // "a Grammy winner", "an Oscar nominee": an award (a given name too, after an article).
  for (const m of cluster.mentions) {
    const after = tokens[m.end];
    const article = /^(?:a|an|the)$/u.test(tokens[m.first - 1]?.lower ?? '');
    if (after && AWARD_HOLDERS.has(after.lower) && !after.lineBefore && (article || !tokenHasFlag(tokens[m.first]!, LEX.GIVEN))) return 'other';
  }
  for (const m of cluster.mentions) {
    if (tokenHasFlag(tokens[m.first]!, LEX.GIVEN) && cluster.kind === 'person') return null;
    if (tokenHasFlag(tokens[m.end - 1]!, ANY_ORG_CUE | ANY_PLACE_CUE)) return null;
    // "Institute for Advanced Study": the head of "X of/for Y" is X.
    for (let k = m.first + 1; k < m.end - 1; k++) {
      if ((tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') && tokenHasFlag(tokens[k - 1]!, ANY_ORG_CUE | ANY_PLACE_CUE)) return null;
    }
  }
  for (const m of cluster.mentions) {
    const after = tokens[m.end];
    if (after && isLowerChar(after.form[0] ?? '') && inSet(WORK_NOUNS, after.lower) && isNounAfterName(tokens, m.end)) return 'other';
    const last = tokens[m.end - 1]!;
    // "Vellum 4", "Galaxy S25", "Meta Quest Pro": a model number or word after the name.
    if (m.end - m.first >= 2 && (/^\d/u.test(last.form) || /^\p{Lu}{1,2}\d{1,4}$/u.test(last.form) || isModelWord(last) || isTechAbbreviation(last))) return 'other';
    // "Tor Browser", "Vellum Console": a name headed by a thing noun (not one a publisher or studio is named by).
    if (m.end - m.first >= 2 && isUpperChar(last.form[0] ?? '') && WORK_NOUNS.has(last.lower) && !ORGANIZATION_WORK_HEADS.has(last.lower)) return 'other';
  }
  // "the Oculus Rift", "the Dark Knight": no one's name follows "the" (a family's, "the Smiths", is plural).
  if (cluster.kind === 'person' && cluster.mentions.some((m) => m.titleFirst === undefined && tokens[m.first - 1]?.lower === 'the' && !m.display.endsWith('s'))) return 'other';
  return null;
}

/** A one-word name the tagger was unsure about takes its kind from its neighbors: a place when
 *  most of its mentions are in a place role, an organization (a person) when some mention is in an
 *  organization's (a person's) role and none in another kind's (the tagger calls most unfamiliar
 *  words people). Names with a multi-word or acronym form, given names and known places keep their kind. */
export function contextKind(cluster: { mentions: MentionSpan[]; kind: ActorKind }, tokens: readonly Token[] | undefined): ActorKind {
  // The tagger reads "a Quenby man" like "a Norwegian man": a thing, unless the name says a hometown.
  if (tokens && cluster.kind === 'other' && cluster.mentions.every((m) => m.words.length === 1)) {
    if (cluster.mentions.some((m) => isHometown(m, tokens))) return 'place';
    if (cluster.mentions.some((m) => doesCompanyWork(m, tokens))) return 'organization';
  }
  if (!tokens || cluster.kind === 'other' || cluster.mentions.some((m) => m.words.length > 1 || isAcronym(m.display))) return cluster.kind;
  const key = cluster.mentions[0]!.key;
  if (hasFlag(key, LEX.GIVEN) || PLACE_NAMES.has(key)) return cluster.kind;
  let place = 0;
  let organization = 0;
  let person = 0;
  for (const m of cluster.mentions) {
    const clue = contextClue(m, tokens);
    if (clue === 'place') place++;
    else if (clue === 'organization') organization++;
    else if (clue === 'person') person++;
  }
  if (cluster.kind !== 'place' && place * 2 > cluster.mentions.length) return 'place';
  if (cluster.kind !== 'organization' && organization > 0 && person === 0 && place === 0) return 'organization';
  if (cluster.kind !== 'person' && person > 0 && organization === 0 && place === 0) return 'person';
  return cluster.kind;
}

/**
 * "Dolby" … "Dolby Atmos", "Xbox" … "Xbox Live": a name that opens with the whole name of a
 * company or a product of the same text, and goes on without an organization or place word, is a
 * thing that company makes (or a version of that product), not a person ("Dolby Atmos" is no
 * surname). A company's own units keep their kind ("Sony Pictures" stays an organization).
 */
export function markOwnedProducts(clusters: ActorCluster[], tokens: readonly Token[]): void {
  const oneWordKind = new Map<string, ActorKind>();
  for (const c of clusters) if (c.name.words.length === 1 && (c.kind === 'organization' || c.kind === 'other')) oneWordKind.set(c.name.key, c.kind);
  if (oneWordKind.size === 0) return;
  for (const c of clusters) {
    const { words, first, end } = c.name;
    if (words.length < 2 || c.kind === 'other' || c.kind === 'place' || tokenHasFlag(tokens[first]!, LEX.GIVEN) || tokenHasFlag(tokens[end - 1]!, ANY_ORG_CUE | ANY_PLACE_CUE)) continue;
    const owner = oneWordKind.get(normalizeName(words[0]!));
    if (owner === 'other' || (owner === 'organization' && c.kind === 'person')) c.kind = 'other';
  }
}

/**
 * "the original Vireo" … "the Vireo 2": a one-word name whose numbered or model versions are things
 * of the text is that product line, a thing too (not a company: "Dolby" of "Dolby Atmos", a name
 * going on with a word, stays the maker). Given names and companies the news knows are left alone.
 */
export function markProductLines(clusters: ActorCluster[], tokens: readonly Token[]): void {
  const lines = new Set<string>();
  for (const c of clusters) {
    const { words, end } = c.name;
    if (c.kind === 'other' && words.length >= 2 && (/^\d/u.test(words[1]!) || isModelWord(tokens[c.name.first + 1]!)) && end - c.name.first === words.length) lines.add(normalizeName(words[0]!));
  }
  if (lines.size === 0) return;
  for (const c of clusters) {
    if (c.kind === 'other' || c.kind === 'place' || c.name.words.length !== 1 || !lines.has(c.name.key) || WELL_KNOWN_KINDS.has(c.name.key)) continue;
    if (c.mentions.some((m) => tokenHasFlag(tokens[m.first]!, LEX.GIVEN))) continue;
    c.kind = 'other';
  }
}

/** Fewest names in a list for its kind to carry over to an odd one out. */
const MIN_LIST_NAMES = 3;

/**
 * "Netflix, Slack and Zoom": names listed together are of one kind, so a one-word "person" (no known
 * first name) or "place" (no known place) listed with two or more names that agree on another kind
 * takes theirs.
 */
export function kindsFromLists(clusters: ActorCluster[], tokens: readonly Token[]): void {
  const at: { m: MentionSpan; c: ActorCluster }[] = [];
  for (const c of clusters) for (const m of c.mentions) at.push({ m, c });
  at.sort((a, b) => a.m.first - b.m.first);
  const joins = (from: number, to: number): boolean => {
    if (to - from < 1 || to - from > 2) return false;
    const between = to - from === 1 ? tokens[from]!.lower : `${tokens[from]!.lower} ${tokens[from + 1]!.lower}`;
    return between === ',' || between === 'and' || between === 'or' || between === ', and' || between === ', or';
  };
  for (let i = 0; i < at.length; ) {
    let j = i;
    while (j + 1 < at.length && joins(at[j]!.m.end, at[j + 1]!.m.first)) j++;
    const items = at.slice(i, j + 1);
    i = j + 1;
    if (items.length < MIN_LIST_NAMES) continue;
    for (const item of items) {
      const { c } = item;
      const word = tokens[c.name.first]!;
      const unsure = c.kind === 'person' ? !tokenHasFlag(word, LEX.GIVEN) : c.kind === 'place' && !PLACE_NAMES.has(c.name.key) && !tokenHasFlag(word, ANY_PLACE_CUE);
      if (!unsure || c.name.words.length !== 1) continue;
      const others = new Set(items.filter((x) => x !== item).map((x) => x.c.kind));
      const [kind] = others;
      if (others.size === 1 && kind !== c.kind && kind !== 'person') c.kind = kind!;
    }
  }
}
