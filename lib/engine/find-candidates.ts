// Stage 4: candidate names. Starts from the tagger's spans, then applies general rules:
// spans are split at punctuation and at lower-case words that are not name particles;
// titles and honorifics are cut off (they become descriptors); a leading "the" and a trailing
// possessive are dropped; "Women's University"-style possessives inside names are joined, and so
// are adjacent parts of one organization name ("Sendai" + "Shirayuri Women's University");
// calendar words, demonyms, function words and sentence-initial common words are rejected.
import { isLowerChar, isUpperChar } from './characters';
import { ADHERENT_SET, ANY_ORG_CUE, ANY_PLACE_CUE, CUE, FORM, LEX, PLACE_NAMES, hasFlag, tokenHasFlag } from './lexicon';
import { CORPORATE_SUFFIXES, MODEL_WORDS, PUBLICATION_NOUNS } from './lexicons/cue-words';
import type { EntityType, TaggedSpan } from './tag-entities';
import { NAME_PARTICLES } from './tag-features';
import { WELL_KNOWN_KINDS } from './lexicons/well-known';
import { ADJECTIVES_AND_ADVERBS } from './lexicons/adjectives';
import { ABBREVIATIONS } from './lexicons/abbreviations';
import { isPersonNoun, isPlural } from './role-words';
import { isCommonWord, type TokenContext } from './token-context';
import { hasLetter, isAllCaps, isCapitalized, spanForm, type Token } from './tokenize';

export interface Candidate {
  /** Token range [first, end). */
  first: number;
  end: number;
  type: EntityType;
  /** Token index where a title/honorific run cut from the front starts ("Deputy Prime Minister"), if any. */
  titleFirst?: number;
}


/** Compass words that open a demonym phrase ("North African", "Southeast Asian"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'sub-saharan']);
/** Adjectives of style made from a name ("Byzantine rules", "an Orwellian law"): not actors. */
const STYLE_ADJECTIVES = new Set(['byzantine', 'orwellian', 'dickensian', 'machiavellian', 'kafkaesque', 'draconian', 'herculean', 'sisyphean', 'faustian', 'pyrrhic', 'promethean', 'stygian', 'quixotic', 'homeric', 'victorian', 'edwardian', 'elizabethan', 'shakespearean', 'freudian', 'darwinian', 'newtonian', 'keynesian', 'malthusian', 'hobbesian', 'platonic', 'socratic', 'biblical', 'spartan']);
/** English adjectives and adverbs: alone at a sentence's start, not a name. */
const ADJECTIVE_OR_ADVERB: ReadonlySet<string> = new Set(ADJECTIVES_AND_ADVERBS);
/** Words that open a sentence before a comma as an interjection or a sentence adverb ("Sure, …", "Still, …"). */
const SENTENCE_OPENERS = new Set(['sure', 'yes', 'no', 'okay', 'ok', 'well', 'oh', 'ah', 'hey', 'wow', 'alas', 'right', 'fine', 'true', 'granted', 'look', 'listen', 'sorry', 'please', 'thanks', 'hello', 'hi', 'yeah', 'yep', 'nope', 'indeed', 'still', 'now', 'so', 'then', 'anyway', 'besides', 'meanwhile', 'plus', 'first', 'second', 'third', 'finally', 'next', 'also', 'instead', 'otherwise', 'overall', 'again', 'regardless', 'nevertheless', 'nonetheless', 'however', 'moreover', 'furthermore', 'today', 'yesterday', 'tomorrow', 'later', 'earlier', 'afterward', 'afterwards', 'eventually', 'ultimately', 'admittedly', 'truth']);

/** Words before a possessive that belong to the name that follows ("Women's University"). */
const POSSESSIVE_NAME_WORDS = new Set(['women', 'men', 'children', 'people', 'st', 'king', 'queen', 'veterans', 'workers']);
/** Longest name we accept, in tokens; longer tagger spans are noise (tables, headlines). */
const MAX_NAME_TOKENS = 12;
/** Punctuation that may sit inside a name. */
const NAME_PUNCTUATION = new Set(['.', '&', '-', "'"]);

/** "Women", "Fishermen", "Farmers", "Journalists": a word for people that may own a body's name. */
function isPossessiveNameWord(t: Token): boolean {
  return POSSESSIVE_NAME_WORDS.has(t.lower) || /\p{L}{3}(?:men|ers|ists|ors|ians)$/u.test(t.lower);
}

function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === "'");
}
/** Whether a token may continue a name it is inside of. */
function canBeInsideName(t: Token): boolean {
  if (isPossessive(t)) return false;
  if (!hasLetter(t)) return NAME_PUNCTUATION.has(t.form) || /\p{N}/u.test(t.form);
  if (isLowerChar(t.form[0] ?? '')) return NAME_PARTICLES.has(t.lower) || isParticleName(t);
  return true;
}

/** "al-Rashid", "bin-Talal", "el-Sisi": a name word opened by a lower-case Arabic particle and a hyphen. */
const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|ar|an|ud|ul|bin|ibn|abu|bint)-\p{Lu}\p{L}/u;
function isParticleName(t: Token): boolean {
  return PARTICLE_NAME.test(t.form);
}

/** Corporate suffixes end a company's name: "Kia Motor Corp of South Korea" is the company and its country.
 *  Not the suffixes that are also ordinary nouns ("Group of Seven", "Company of Heroes"); and Italy's "SpA". */
const NAME_ENDING_SUFFIXES: ReadonlySet<string> = new Set([...CORPORATE_SUFFIXES.filter((suffix) => !['group', 'holdings', 'company'].includes(suffix)), 'spa']);

/** Last parts of "Ohio-based", "Communist-led", "state-owned": such a word describes the name after it. */
const ATTRIBUTE_ENDINGS = new Set(['based', 'led', 'owned', 'controlled', 'backed', 'run', 'born', 'registered', 'listed', 'funded', 'held', 'made', 'built']);

/** "Minneapolis-based", "Communist-led": a capitalized word joined to a participle by a hyphen. */
export function isPlaceAttribute(t: Token): boolean {
  const dash = t.form.lastIndexOf('-');
  return dash > 0 && ATTRIBUTE_ENDINGS.has(t.lower.slice(dash + 1));
}

/** Split a tagger span into the runs of tokens that can be inside one name. */
function splitSpan(tokens: readonly Token[], span: TaggedSpan): TaggedSpan[] {
  const parts: TaggedSpan[] = [];
  let first = span.first;
  for (let k = span.first; k < span.end; k++) {
    const t = tokens[k]!;
    const endingCue = k === span.end - 1 && k > first && tokenHasFlag(t, ANY_PLACE_CUE | ANY_ORG_CUE) && isLowerChar(t.form[0] ?? '');
    if ((canBeInsideName(t) || endingCue) && !(k > first && t.lineBefore)) continue;
    if (k > first) parts.push({ first, end: k, type: span.type });
    first = canBeInsideName(tokens[k]!) ? k : k + 1;
  }
  // "Kia Motor Corp of South Korea": a corporate suffix ends the company's name; the rest is its place.
  for (let k = first + 1; k + 2 < span.end; k++) {
    if (!NAME_ENDING_SUFFIXES.has(tokens[k]!.lower) || (tokens[k + 1]!.lower !== 'of' && tokens[k + 1]!.lower !== 'in')) continue;
    parts.push({ first, end: k + 1, type: span.type });
    first = k + 2;
    break;
  }
  if (span.end > first) parts.push({ first, end: span.end, type: span.type });
  return parts;
}

/** Title words that end a title before a person's name ("NATO Secretary General Jens Stoltenberg"). */
const PERSON_TITLE_HEADS = new Set(['president', 'minister', 'secretary', 'general', 'chancellor', 'premier', 'governor', 'senator',
  'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'chief', 'leader',
  'ambassador', 'commissioner', 'mayor', 'editor', 'coach', 'captain', 'envoy', 'judge', 'justice', 'speaker', 'king', 'queen',
  'cardinal', 'bishop', 'archbishop', 'pope', 'prince', 'princess', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan']);

/** Words that rank a title ("Majority Leader", "Acting Director"). */
const TITLE_QUALIFIERS = new Set(['majority', 'minority', 'ranking', 'acting', 'interim']);

/** "NATO Secretary General Jens Stoltenberg" tagged as one name: an organization, then a titled person. */
function splitTitledPerson(tokens: readonly Token[], span: TaggedSpan): TaggedSpan[] {
  for (let k = span.first + 1; k < span.end - 1; k++) {
    if (!tokenHasFlag(tokens[k]!, LEX.TITLE) || tokenHasFlag(tokens[k - 1]!, LEX.TITLE)) continue;
    let m = k;
    while (m < span.end && tokenHasFlag(tokens[m]!, LEX.TITLE | LEX.HONORIFIC)) m++;
    if (m >= span.end || !PERSON_TITLE_HEADS.has(tokens[m - 1]!.lower)) continue;
    if (tokenHasFlag(tokens[span.end - 1]!, ANY_ORG_CUE | ANY_PLACE_CUE) || tokenHasFlag(tokens[m]!, LEX.FUNCTION)) continue;
    // "Senate Majority Leader": a word that ranks the title is part of it, not of the body's name.
    let titleFirst = k;
    while (titleFirst - 1 > span.first && TITLE_QUALIFIERS.has(tokens[titleFirst - 1]!.lower)) titleFirst--;
    return [{ first: span.first, end: titleFirst, type: span.type === 'PER' ? 'ORG' : span.type }, { first: k, end: span.end, type: 'PER' }];
  }
  return [span];
}

/** A person's name holds no "and", no "of <known place>" and no date word; a nationality or a
 *  common word the text never capitalizes mid-sentence is not its first word. The tagger sometimes
 *  runs such words into a person ("MaliVai Washington and Marcelo Rios", "Tono Eitel of Germany",
 *  "Jose Miguel Insulza Monday", "American Dennis Mitchell", "Instead Joubert"). */
function splitPersonSpan(tokens: readonly Token[], span: TaggedSpan, ctx: TokenContext): TaggedSpan[] {
  let { first, end } = span;
  const leadingWord = tokens[first]!;
  // A nationality or common word before a given name makes the span a person whatever the tagger said.
  const beforeGivenName = end - first >= 2 && tokenHasFlag(tokens[first + 1]!, LEX.GIVEN);
  const cutsLeading = end - first >= 2 && !tokenHasFlag(leadingWord, LEX.PLACE | LEX.GIVEN | LEX.TITLE | LEX.HONORIFIC | ANY_ORG_CUE | ANY_PLACE_CUE)
    && (span.type === 'PER' || beforeGivenName)
    && (tokenHasFlag(leadingWord, LEX.DEMONYM) || (ctx.sentenceInitial[first] === 1 && tokenHasFlag(leadingWord, LEX.COMMON | LEX.FUNCTION) && !ctx.seenCapitalized.has(leadingWord.lower)));
  if (cutsLeading) first++;
  const type: EntityType = cutsLeading ? 'PER' : span.type;
  if (type !== 'PER') return [span];
  while (end - first > 1 && tokenHasFlag(tokens[end - 1]!, LEX.CALENDAR)) end--;
  for (let k = first + 1; k < end - 1; k++) {
    const t = tokens[k]!;
    if (t.lower === 'and') return [{ first, end: k, type }, { first: k + 1, end, type }];
    if (t.lower === 'of' && PLACE_NAMES.has(spanLower(tokens, k + 1, end))) return [{ first, end: k, type }, { first: k + 1, end, type: 'LOC' }];
  }
  return [{ first, end, type }];
}

/**
 * In a title-case headline every word is capitalized, so capitals say nothing: a name there holds
 * no common word and no word that running text never capitalizes ("Harlo Unveils Sturdier Gadgets"
 * is "Harlo" when the story writes "Harlo" and "gadgets"). Split at those words.
 */
function splitTitleCase(tokens: readonly Token[], span: TaggedSpan, ctx: TokenContext): TaggedSpan[] {
  if (!ctx.inTitleCaseLine[span.first]) return [span];
  const namesWord = (t: Token) => tokenHasFlag(t, LEX.PLACE | LEX.PLACE_PART | LEX.GIVEN | ANY_ORG_CUE | ANY_PLACE_CUE);
  // Running text's capitals decide only after a name that running text writes ("Harlo"), not in a
  // table of results, whose people ("Mark Calcavecchia") running text may never name.
  const opener = tokens[span.first]!;
  const byRunningText = ctx.runningCapitalized.has(opener.lower) && !tokenHasFlag(opener, LEX.GIVEN);
  const notInName = (t: Token) => tokenHasFlag(t, LEX.FUNCTION) || isCommonWord(t, ctx.writtenLower) || (byRunningText && !ctx.runningCapitalized.has(t.lower));
  const parts: TaggedSpan[] = [];
  let first = span.first;
  for (let k = span.first; k <= span.end; k++) {
    const breaks = k === span.end || (notInName(tokens[k]!) && !namesWord(tokens[k]!));
    if (!breaks) continue;
    if (k > first) parts.push({ first, end: k, type: span.type });
    first = k + 1;
  }
  return parts;
}

/** Splits of one tagger span, in order: each takes a span and gives the spans it becomes. */
const SPAN_SPLITS: ReadonlyArray<(tokens: readonly Token[], span: TaggedSpan, ctx: TokenContext) => TaggedSpan[]> = [
  (tokens, span) => splitSpan(tokens, span), // into runs of tokens that can be inside one name
  splitTitleCase, // at capitalized common words of a title-case headline
  (tokens, span) => splitTitledPerson(tokens, span), // "NATO Secretary General" | "Jens Stoltenberg"
  splitPersonSpan, // no "and", no "of <known place>", no date word inside a person's name
];

/** Passes over all candidates, in order: each joins, adds or extends names across spans. */
const CANDIDATE_PASSES: ReadonlyArray<(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext) => Candidate[]> = [
  (tokens, cands) => joinAmpersandNames(tokens, cands), // "Douglas & Lomason"
  addRoleNamedOrganizations, // "the Islamic State group"
  addNamesAfterKindNouns, // "the journal Current Biology", "the game Killer Instinct"
  addKnownPlaces, // places the tagger left untagged
  (tokens, cands) => joinPossessiveNames(tokens, cands), // "Sendai Shirayuri Women's University"
  (tokens, cands) => joinPossessiveInNames(tokens, cands), // "Fisher’s Wharf"
  (tokens, cands) => joinAdjacentOrganizationParts(tokens, cands), // "American" + "Enterprise Institute"
  extendCueHeadedNames, // "Foreign Affairs Division"
  joinOfPhrases, // "Center on Poverty and Inequality"
  (tokens, cands) => extendOfficeTitles(tokens, cands), // "Office of Inspector" + "General"
  (tokens, cands) => joinParticleNames(tokens, cands), // "Ursula von der Leyen"
  (tokens, cands) => joinQuotedNicknames(tokens, cands), // 'Robert "Bob" Lindqvist'
  (tokens, cands) => extendOverParticleNames(tokens, cands), // "Jund" + "al-Haqq"
  (tokens, cands) => joinCutPersonNames(tokens, cands), // "Morris" + "W. Travers", "Claude" + "Debussy"
  addHonorificNames, // "Dr. Wen-ti Sung"
  (tokens, cands) => trimTrailingWeekdays(tokens, cands), // "London Thursday" -> "London"
  (tokens, cands) => addNumberedTitles(tokens, cands), // "Halo 3", "Forza Motorsport 7"
  (tokens, cands) => addStormNames(tokens, cands), // "Hurricane Ida"
  addTitlesAfterWorkNouns, // "her new book, A Field Guide to Broken Promises: How Cities Forget,"
  addOfficesForFields, // "the Commissioner for Standards and Ethics"
  addCodedNames, // "the G12 summit", "Unity-PF"
  (tokens, cands) => addCamelCaseNames(tokens, cands), // "iPhone 16", "eBay"
  addOpenersBeforeRelatives, // "Corvalo, which makes …"
  (tokens, cands) => addConceptHeads(tokens, cands), // "the Kakeya conjecture"
  (tokens, cands) => joinQuotedTitles(tokens, cands), // "Super Mario Run"
  dropSentenceOpeners, // "(See Facebook's …)" -> "Facebook"
  dropHeadlineCompassWords, // "Storm Hits Northern Quenby" -> "Quenby"
  (tokens, cands) => joinCutRepeats(tokens, cands), // "Gears of War 4" cut to "Gears" + "War 4" where it repeats
  splitOfficeTitles, // "Secretary of State Lena Hart" -> "Lena Hart"
];

/** A span without the connectors, punctuation, possessives and describing words at its edges. */
function trimEdges(tokens: readonly Token[], span: TaggedSpan): Candidate | null {
  let { first, end } = span;
  const dropsAtStart = (t: Token) =>
    !hasLetter(t) || (isLowerChar(t.form[0] ?? '') && !NAME_PARTICLES.has(t.lower)) || t.lower === 'the' || t.lower === 'of' || t.lower === 'and' || CONTRACTION.test(t.form) || isHyphenAdjective(t);
  while (first < end && dropsAtStart(tokens[first]!)) first++;
  // "St. Louis-based Mercantile Bancorp": the name starts after the attribute word.
  for (let k = end - 1; k >= first; k--) if (isPlaceAttribute(tokens[k]!)) { first = k + 1; break; }
  const dropsAtEnd = (t: Token) =>
    !hasLetter(t) || isPossessive(t) || (isLowerChar(t.form[0] ?? '') && !isParticleName(t) && !(end - first > 1 && tokenHasFlag(t, ANY_PLACE_CUE | ANY_ORG_CUE)));
  while (end > first && dropsAtEnd(tokens[end - 1]!)) end--;
  return first < end ? { first, end, type: span.type } : null;
}

/**
 * The tagger's spans → names: each span split (SPAN_SPLITS) and trimmed, then the passes over all
 * of them (CANDIDATE_PASSES), then titles cut off people and non-names rejected (isRejected), and
 * names found once propagated to where they repeat untagged.
 */
export function findCandidates(tokens: readonly Token[], spans: readonly TaggedSpan[], ctx: TokenContext): Candidate[] {
  let pieces: TaggedSpan[] = [...spans];
  for (const split of SPAN_SPLITS) {
    const next: TaggedSpan[] = [];
    for (const piece of pieces) for (const part of split(tokens, piece, ctx)) next.push(part);
    pieces = next;
  }
  let joined: Candidate[] = [];
  for (const piece of pieces) {
    const trimmed = trimEdges(tokens, piece);
    if (trimmed) joined.push(trimmed);
  }
  for (const pass of CANDIDATE_PASSES) joined = pass(tokens, joined, ctx);
  const out: Candidate[] = [];
  for (const part of joined) {
    let { first, type } = part;
    const end = part.end;
    // Titles and honorifics in front of a person's name.
    let titleFirst = part.titleFirst;
    const startsWithHonorific = tokenHasFlag(tokens[first]!, LEX.HONORIFIC);
    const head = tokens[end - 1]!;
    // Titles, then a given name, are a person's: "Petty Officer Sam Lowry" taken for a body, and
    // "Dr. Helen Park", whose surname is a cue word.
    let afterTitles = first;
    while (afterTitles < end - 1 && tokenHasFlag(tokens[afterTitles]!, LEX.TITLE | LEX.HONORIFIC)) afterTitles++;
    const givenAfterTitles = afterTitles > first && afterTitles < end - 1 && tokenHasFlag(tokens[afterTitles]!, LEX.GIVEN);
    if (type === 'ORG' && givenAfterTitles) type = 'PER';
    if ((type === 'PER' || startsWithHonorific) && (!tokenHasFlag(head, ANY_ORG_CUE | ANY_PLACE_CUE) || givenAfterTitles)) {
      let k = first;
      while (k < end - 1 && tokenHasFlag(tokens[k]!, LEX.TITLE | LEX.HONORIFIC)) k++;
      if (k > first) { titleFirst = first; first = k; if (startsWithHonorific) type = 'PER'; }
    }
    if (end - first > MAX_NAME_TOKENS) continue;
    if (isRejected(tokens, first, end, type, ctx)) continue;
    const c: Candidate = { first, end, type };
    if (titleFirst !== undefined) c.titleFirst = titleFirst;
    out.push(c);
  }
  return propagateNames(tokens, out, ctx);
}

/** Longest name propagated to untagged repetitions, in tokens. */
const MAX_PROPAGATED_TOKENS = 4;

/** A name found once is the same name where it repeats untagged in the text (in a headline, at a
 *  sentence start, in a table): add those repetitions with the same type. */
function propagateNames(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const known = new Map<string, EntityType>();
  for (const c of cands) {
    if (c.end - c.first > MAX_PROPAGATED_TOKENS) continue;
    const key = spanLower(tokens, c.first, c.end);
    if (c.end - c.first === 1 && hasFlag(key, LEX.COMMON | LEX.FUNCTION | LEX.CALENDAR | LEX.TITLE | LEX.HONORIFIC | LEX.DEMONYM)) continue;
    if (!known.has(key)) known.set(key, c.type);
  }
  // "New Zealand Department of Conservation" is also known as "Department of Conservation".
  for (const c of cands) {
    if (c.end - c.first < 3 || c.type === 'PER') continue;
    for (let cut = 1; cut <= 2 && c.end - (c.first + cut) >= 2; cut++) {
      if (!PLACE_NAMES.has(spanLower(tokens, c.first, c.first + cut)) || !tokenHasFlag(tokens[c.first + cut]!, ANY_ORG_CUE)) continue;
      const rest = spanLower(tokens, c.first + cut, c.end);
      if (rest.split(' ').length <= MAX_PROPAGATED_TOKENS && !known.has(rest)) known.set(rest, 'ORG');
    }
  }
  if (known.size === 0) return cands;
  const firstWords = new Set<string>();
  for (const key of known.keys()) firstWords.add(key.split(' ')[0]!);
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) covered.fill(1, c.titleFirst ?? c.first, c.end);
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !(ctx.flags[i]! & FORM.UPPER_START) || ctx.inCredit[i] || !firstWords.has(tokens[i]!.lower)) continue;
    for (let len = MAX_PROPAGATED_TOKENS; len >= 1; len--) {
      if (i + len > tokens.length) continue;
      let ok = true;
      for (let k = i; k < i + len; k++) if (covered[k] || (k > i && tokens[k]!.lineBefore)) ok = false;
      if (!ok) continue;
      const type = known.get(spanLower(tokens, i, i + len));
      if (type === undefined) continue;
      // Same spelling, or the all-caps spelling in an all-caps line.
      if (!ctx.inCapsSentence[i] && isAllCaps(tokens[i]!) && tokens[i]!.form.length > 3) continue;
      if (isCapitalized(tokens[i + len]) && !tokens[i + len]!.lineBefore) continue; // part of a longer name
      if (i > 0 && isCapitalized(tokens[i - 1]) && !ctx.sentenceInitial[i] && !tokens[i]!.lineBefore && !covered[i - 1]) continue;
      added.push({ first: i, end: i + len, type });
      i += len - 1;
      break;
    }
  }
  return added.length ? [...cands, ...added].sort((a, b) => a.first - b.first) : cands;
}

/** Marks the tokens covered by any of the spans, so overlap tests are linear rather than pairwise;
 *  null when a span is empty (it covers no token but can still "overlap"), to fall back to pairwise. */
function coverage(tokenCount: number, spans: readonly Candidate[]): Uint8Array | null {
  return spans.some((a) => a.first >= a.end) ? null : coveredTokens(tokenCount, spans);
}

/** The candidates with the names a pass found added where no candidate starts on their first token. */
function withNamesOnFreeTokens(tokenCount: number, cands: readonly Candidate[], found: readonly Candidate[]): Candidate[] {
  if (found.length === 0) return [...cands];
  const covered = coveredTokens(tokenCount, cands);
  return [...cands, ...found.filter((f) => !covered[f.first])].sort((a, b) => a.first - b.first);
}

/** 1 on every token some span (a candidate, a mention) holds. */
export function coveredTokens(tokenCount: number, cands: readonly { first: number; end: number }[]): Uint8Array {
  const covered = new Uint8Array(tokenCount);
  for (const c of cands) covered.fill(1, c.first, c.end);
  return covered;
}

/**
 * The candidates with the names a pass found added: an added name replaces the pieces inside it,
 * and one reaching past another candidate is left out (both are kept apart as they were).
 */
function withAddedNames(tokenCount: number, cands: Candidate[], added: readonly Candidate[]): Candidate[] {
  if (!added.length) return cands;
  // Furthest end of an added span starting at or before each token: c lies inside an added span
  // exactly when the one reaching furthest from at or before c.first reaches c.end.
  const reach = new Int32Array(tokenCount + 1).fill(-1);
  for (const a of added) if (a.end > reach[a.first]!) reach[a.first] = a.end;
  for (let p = 1; p < reach.length; p++) if (reach[p - 1]! > reach[p]!) reach[p] = reach[p - 1]!;
  const out = cands.filter((c) => !(reach[c.first]! >= c.end));
  const byOut = coverage(tokenCount, out);
  return [...out, ...added.filter((a) => !overlapsAny(byOut, out, a))].sort((a, b) => a.first - b.first);
}

/** Whether span c overlaps any of spans (covered = coverage(…, spans)), as c.first < a.end && c.end > a.first. */
function overlapsAny(covered: Uint8Array | null, spans: readonly Candidate[], c: Candidate): boolean {
  if (!covered || c.first >= c.end) return spans.some((a) => c.first < a.end && c.end > a.first);
  for (let k = c.first; k < c.end; k++) if (covered[k]) return true;
  return false;
}

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/**
 * "at The London Thursday morning": a weekday after a name is the news's date, not part of the
 * name, when the rest is a known place or a name the text gives elsewhere; "Black Friday" stays.
 */
function trimTrailingWeekdays(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => c.end - c.first >= 2 && WEEKDAY.test(tokens[c.end - 1]!.lower))) return cands;
  // How many candidates hold each rest of "X Thursday" as a run of words: it is named elsewhere
  // when more candidates than this one hold it. (Only those runs are counted: counting every run
  // of every name cost a long article more than the rest of this stage.)
  const holders = new Map<string, number>();
  for (const c of cands) if (c.end - c.first >= 2 && WEEKDAY.test(tokens[c.end - 1]!.lower)) holders.set(` ${spanLower(tokens, c.first, c.end - 1)} `, 0);
  const wanted = [...holders.keys()];
  for (const c of cands) {
    const words = ` ${spanLower(tokens, c.first, c.end)} `;
    for (const run of wanted) if (words.includes(run)) holders.set(run, holders.get(run)! + 1);
  }
  return cands.map((c) => {
    if (c.end - c.first < 2 || !WEEKDAY.test(tokens[c.end - 1]!.lower)) return c;
    const rest = spanLower(tokens, c.first, c.end - 1);
    return PLACE_NAMES.has(rest) || (holders.get(` ${rest} `) ?? 0) > 1 ? { ...c, end: c.end - 1 } : c;
  });
}

/** Lower-case nouns that close the name of an idea, a result or an affair ("the Kakeya conjecture",
 *  "the Cambridge Analytica scandal", "the Lena Hart theorem"): the name is a thing, its noun included. */
const CONCEPT_HEADS = new Set(['conjecture', 'theorem', 'hypothesis', 'equation', 'paradox', 'principle', 'constant', 'lemma', 'scandal', 'affair', 'controversy']);

function addConceptHeads(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  return cands.map((c) => {
    const head = tokens[c.end];
    if (!head || head.lineBefore || !CONCEPT_HEADS.has(head.form)) return c;
    return { first: c.first, end: c.end + 1, type: 'MISC' };
  });
}

/**
 * "Corvalo, which makes solar inverters, …", "Kessling, who leads …": a word opening the sentence
 * before ", which" or ", who" is a name (a thing's or a person's) when it is no common word, adjective
 * or known word of another use; the tagger leaves such first words out.
 */
function addOpenersBeforeRelatives(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const added: Candidate[] = [];
  const starts = new Set(cands.map((c) => c.first));
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!ctx.sentenceInitial[k] || starts.has(k) || ctx.inCapsSentence[k] || tokens[k + 1]!.form !== ',') continue;
    const relative = tokens[k + 2]!.lower;
    if (relative !== 'which' && relative !== 'who') continue;
    const t = tokens[k]!;
    if (!isCapitalized(t) || !hasLetter(t) || isCommonWord(t, ctx.writtenLower) || ADJECTIVE_OR_ADVERB.has(t.lower) || tokenHasFlag(t, LEX.FUNCTION | LEX.CALENDAR | LEX.TITLE | LEX.DEMONYM)) continue;
    added.push({ first: k, end: k + 1, type: relative === 'who' ? 'PER' : 'ORG' });
  }
  return added.length === 0 ? cands : [...cands, ...added].sort((a, b) => a.first - b.first);
}

/** Lower-case words a title may hold between capitalized ones ("A Field Guide to Broken Promises"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'or', 'as']);
/** Longest title read after a work noun and a comma, in tokens. */
const MAX_APPOSITIVE_TITLE_TOKENS = 14;

/**
 * "her new book, A Field Guide to Broken Promises: How Cities Forget, comes out": after a work noun
 * and a comma, a title-case run up to the next comma or full stop (small words and one subtitle
 * after a colon inside it) is one work, whatever pieces the tagger made of it.
 */
function addTitlesAfterWorkNouns(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const added: Candidate[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.form !== ',' || KIND_NOUNS_BEFORE_NAME.get(tokens[i - 1]!.form) !== 'MISC' || ctx.inCapsSentence[i]) continue;
    const first = i + 1;
    if (!isCapitalized(tokens[first]) || tokens[first]!.lineBefore) continue;
    let end = first;
    let colons = 0;
    while (end < tokens.length && end - first < MAX_APPOSITIVE_TITLE_TOKENS && !tokens[end]!.lineBefore) {
      const t = tokens[end]!;
      if (t.form === ':' && colons === 0 && isCapitalized(tokens[end + 1])) { colons++; end++; continue; }
      if (!(isCapitalized(t) || (TITLE_SMALL_WORDS.has(t.form) && isCapitalized(tokens[end + 1])))) break;
      end++;
    }
    // A title ends at the clause's end; two words at least, and not a person named there ("her husband, Tom Reev,").
    const closes = tokens[end]?.form === ',' || tokens[end]?.form === '.';
    if (!closes || end - first < 2 || tokenHasFlag(tokens[first]!, LEX.GIVEN)) continue;
    added.push({ first, end, type: 'MISC' });
  }
  return withAddedNames(tokens.length, cands, added);
}

/**
 * "the Commissioner for Standards and Ethics", "the Minister for Women and Equalities": after "the",
 * a title, "for" and the capitalized field (with "and") name one office, an organization, when no
 * person's name follows it ("the Minister for Health Ana Ruiz" is the person, titled).
 */
function addOfficesForFields(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const added: Candidate[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const [title, link] = [tokens[i]!, tokens[i + 1]!];
    if (link.lower !== 'for' || !(ctx.flags[i]! & LEX.TITLE) || !isCapitalized(title) || tokens[i - 1]!.lower !== 'the' || ctx.inCapsSentence[i]) continue;
    let end = i + 2;
    while (end < tokens.length && !tokens[end]!.lineBefore && (isCapitalized(tokens[end]) || ((tokens[end]!.lower === 'and' || tokens[end]!.form === '&') && isCapitalized(tokens[end + 1])))) {
      if (tokenHasFlag(tokens[end]!, LEX.GIVEN)) break;
      end++;
    }
    if (end === i + 2 || tokenHasFlag(tokens[end]!, LEX.GIVEN)) continue;
    added.push({ first: i, end, type: 'ORG' });
  }
  return withAddedNames(tokens.length, cands, added);
}

/** A group named by a letter and its size ("G7", "G20", "P5"). */
const LETTER_NUMBER = /^\p{Lu}\d{1,2}$/u;
/** A word joined to an acronym by a hyphen ("Unity-PF"): a party's or a front's name. */
const WORD_ACRONYM = /^\p{Lu}\p{Ll}+-\p{Lu}{2,}$/u;
/** Nouns after a letter-and-number group that say it is one ("the G12 summit"). */
const GROUP_NOUNS = new Set(['summit', 'group', 'countries', 'nations', 'leaders', 'members', 'meeting', 'ministers', 'economies', 'powers']);

/** "the G12 summit", "Unity-PF, a small party": names of digits or a hyphened acronym the tagger leaves out. */
function addCodedNames(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(ctx.flags[i]! & FORM.UPPER_START) || ctx.inCapsSentence[i]) continue;
    const form = tokens[i]!.form;
    const group = LETTER_NUMBER.test(form) && (tokens[i - 1]?.lower === 'the' || GROUP_NOUNS.has(tokens[i + 1]?.lower ?? ''));
    if (group || WORD_ACRONYM.test(form)) found.push({ first: i, end: i + 1, type: 'ORG' });
  }
  return withNamesOnFreeTokens(tokens.length, cands, found);
}

/** "iPhone", "eBay", "iOS": a brand written with a small first letter and a capital second. */
const CAMEL_CASE_BRAND = /^\p{Ll}\p{Lu}\p{L}*$/u;
/** Units and molecules written the same way, which name no one ("mRNA", "pH", "kWh"). */
const CAMEL_CASE_UNITS = new Set(['mrna', 'trna', 'rrna', 'ph', 'kwh', 'mwh', 'gwh', 'mah', 'db', 'ev', 'kev', 'mev', 'gev', 'ml', 'mg', 'kb', 'mb', 'gb', 'tb']);

/** "the Apple iPhone 16", "sold it on eBay": brands the tagger cannot see by their shape, with the
 *  model number or words that follow them ("iPad Pro", "iPhone 16"). A company the news knows
 *  ("eBay") is an organization; any other is a made thing. */
function addCamelCaseNames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const covered = coveredTokens(tokens.length, cands);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.form.length < 3 || !CAMEL_CASE_BRAND.test(t.form) || CAMEL_CASE_UNITS.has(t.lower)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i < 3 && !tokens[end]!.lineBefore && (TITLE_NUMBER.test(tokens[end]!.form) || isModelWord(tokens[end]!))) end++;
    found.push({ first: i, end, type: WELL_KNOWN_KINDS.get(t.lower) === 'organization' ? 'ORG' : 'MISC' });
  }
  if (found.length === 0) return cands;
  // A model word the tagger took alone ("Pro" of "iPad Pro") is inside the longer name.
  const inFound = coveredTokens(tokens.length, found);
  return [...cands.filter((c) => !inFound[c.first]), ...found].sort((a, b) => a.first - b.first);
}

/** Words that open a storm's name ("Hurricane Ida", "Typhoon Haishen"). */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);

/** "Hurricane Ida", "Tropical Storm Elsa": a storm's name is a thing, the storm word included (the
 *  tagger reads "Ida" as a person). */
function addStormNames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  return cands.map((c) => {
    const opener = tokens[c.first]!;
    const storm = opener.form === 'Tropical' ? tokens[c.first + 1]! : opener;
    if (STORM_WORDS.has(storm.lower) && isCapitalized(storm) && c.end - c.first > 1) return { ...c, type: 'MISC' };
    const before = tokens[c.first - 1];
    if (!before || !STORM_WORDS.has(before.lower) || !isCapitalized(before) || opener.lineBefore) return c;
    const first = tokens[c.first - 2]?.form === 'Tropical' ? c.first - 2 : c.first - 1;
    return { first, end: c.end, type: 'MISC' };
  });
}

/** "3", "360": a model or sequel number (not a year, not a score line's last figure). */
const TITLE_NUMBER = /^\d{1,3}$/;
/** What may follow a numbered title in running text. */
const AFTER_NUMBERED_TITLE = new Set([',', 'and', 'or', ')', 'is', 'are', 'was', 'were', 'will', 'has', 'had', 'on', 'for', 'in']);

/**
 * "Halo 3 and Fallout 3 are…": a number right after a name, inside a sentence, is part of the
 * name of a game, a model or a sequel, and the whole is a work or product, not its maker. Not a
 * person's ("D. Bicknell 55 and 12") and not in a score line ("Somerset 83 and 174", "Leeds 2, Chelsea 1").
 */
function addNumberedTitles(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const numbered = (c: Candidate): Candidate => {
    const cued = tokenHasFlag(tokens[c.end - 1]!, ANY_ORG_CUE | ANY_PLACE_CUE);
    return { ...c, end: c.end + 1, type: cued ? c.type : 'MISC' };
  };
  const hasTitleNumber = (c: Candidate) => {
    const number = tokens[c.end];
    return c.type !== 'PER' && number !== undefined && !number.lineBefore && TITLE_NUMBER.test(number.form);
  };
  // "Halo 3 and Fallout 3": two numbered names joined by "and"/"or" are titles whatever follows;
  // a score line lists its figures with commas or nothing between ("Dorley 2, Carrow 1").
  const coordinated = new Set<number>();
  cands.forEach((c, i) => {
    const next = cands[i + 1];
    const joiner = tokens[c.end + 1]?.lower;
    if (next && (joiner === 'and' || joiner === 'or') && next.first === c.end + 2 && hasTitleNumber(c) && hasTitleNumber(next) && !tokens[next.first]!.lineBefore) {
      coordinated.add(i).add(i + 1);
    }
  });
  const out = cands.map((c, i): Candidate => {
    if (coordinated.has(i)) return numbered(c);
    const [after, then] = [tokens[c.end + 1], tokens[c.end + 2]];
    if (!hasTitleNumber(c) || !after || after.lineBefore) return c;
    // "PlayStation 4 Pro", "Pixel 8 Pro Max": a model word after the number ends a product's name.
    if (isModelWord(after)) {
      const end = then && !then.lineBefore && isModelWord(then) ? c.end + 3 : c.end + 2;
      return { ...c, end, type: 'MISC' };
    }
    if (!AFTER_NUMBERED_TITLE.has(after.lower) || !then || then.lineBefore || /\d/.test(then.form)) return c;
    // A list of names and figures: the next name comes with its own figure.
    if (isCapitalized(then) && /\d/.test(tokens[c.end + 3]?.form ?? '')) return c;
    return numbered(c);
  });
  // The model words may have been a candidate of their own ("Pro Max"): the longer name holds them.
  return out.filter((c, i) => i === 0 || c.first >= out[i - 1]!.end || c.first < cands[i - 1]!.end);
}

/** "Pro", "Max", "X": a capitalized last word of a model's name. */
export function isModelWord(token: Token): boolean {
  return MODEL_WORDS.has(token.lower) && isUpperChar(token.form[0] ?? '');
}

/** "said", "he said", "Velmar said": a speech verb within two words. */
function isSpeechAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3 && j < tokens.length && !tokens[j]!.lineBefore; j++) if (tokenHasFlag(tokens[j]!, CUE.SPEECH_VERB)) return true;
  return false;
}

/**
 * "(See Facebook's own description.)": a word opening the sentence that the text writes in lower
 * case elsewhere, before a name the text gives on its own, is not part of it ("Federal Reserve" stays
 * unless "Reserve" is a name of its own). Not on short lines nor before a figure: a table's "East Stirling 3 0 2" is a team.
 */
function dropSentenceOpeners(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const named = new Map<string, EntityType>();
  for (const c of cands) named.set(spanLower(tokens, c.first, c.end), c.type);
  return cands.map((c) => {
    const opener = tokens[c.first]!;
    if (c.end - c.first < 2 || !ctx.sentenceInitial[c.first] || ctx.onShortLine[c.first] || /^\d/u.test(tokens[c.end]?.form ?? '') || ctx.runningCapitalized.has(opener.lower) || !isCommonWord(opener, ctx.writtenLower)) return c;
    if (tokenHasFlag(opener, LEX.PLACE | LEX.GIVEN | LEX.TITLE | LEX.HONORIFIC | ANY_ORG_CUE | ANY_PLACE_CUE) || PLACE_NAMES.has(spanLower(tokens, c.first, c.end))) return c;
    const rest = named.get(spanLower(tokens, c.first + 1, c.end));
    return rest === undefined ? c : { ...c, first: c.first + 1, type: rest };
  });
}

/** "Storm Hits Northern Quenby": a compass word a title-case headline capitalized is not part of the
 *  name when the story writes it in lower case before that name ("across northern Quenby"). */
function dropHeadlineCompassWords(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const writtenBefore = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (COMPASS_WORDS.has(tokens[k]!.form) && isCapitalized(tokens[k + 1])) writtenBefore.add(`${tokens[k]!.form} ${tokens[k + 1]!.lower}`);
  }
  if (writtenBefore.size === 0) return cands;
  return cands.map((c) => {
    const opener = tokens[c.first]!;
    if (c.end - c.first < 2 || !ctx.inTitleCaseLine[c.first] || !writtenBefore.has(`${opener.lower} ${tokens[c.first + 1]!.lower}`)) return c;
    return { ...c, first: c.first + 1, type: 'LOC' }; // what a compass word points into is a place
  });
}

/** Longest title in quotation marks, in tokens. */
const MAX_QUOTED_TITLE_TOKENS = 8;

/** The end of a title-case run in quotes opened at `open` ('"Temple Run,"'), or -1. */
function quotedTitleEnd(tokens: readonly Token[], open: number): number {
  const opener = tokens[open]!;
  const first = tokens[open + 1];
  if (opener.form !== '"' || !first || first.start !== opener.end || !isCapitalized(first) || first.lineBefore) return -1;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_QUOTED_TITLE_TOKENS + 1; k++) {
    const t = tokens[k]!;
    if (t.lineBefore) return -1;
    if (t.form === '"') return k > open + 1 && t.start === tokens[k - 1]!.end ? k : -1;
    // A comma or period American style puts inside the closing mark.
    if ((t.form === ',' || t.form === '.') && tokens[k + 1]?.form === '"') continue;
    const fits = isCapitalized(t) || /^\d/u.test(t.form) || t.form === ':' || t.lower === "'s" || (k > open + 1 && tokenHasFlag(t, LEX.FUNCTION) && isLowerChar(t.form[0] ?? ''));
    if (!fits) return -1;
  }
  return -1;
}

/**
 * '"Super Mario Run"', 'films such as "Harrow Dune"': a title-case run in quotation marks is one
 * title of a work, whatever pieces the tagger made of it, when it holds a name or two capitalized words.
 */
function joinQuotedTitles(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const titles: Array<{ first: number; end: number }> = [];
  for (let open = 0; open < tokens.length; open++) {
    const close = quotedTitleEnd(tokens, open);
    if (close < 0) continue;
    // Speech in title case ('"We Will Win," he said'): a speech verb follows. A title may open with
    // a pronoun ('"You Loved Me Like a Distant Star"').
    if (isSpeechAfter(tokens, close + 1)) continue;
    let end = close;
    while (end > open + 1 && (tokens[end - 1]!.form === ',' || tokens[end - 1]!.form === '.')) end--;
    titles.push({ first: open + 1, end });
    open = close;
  }
  if (titles.length === 0) return cands;
  // One walk over titles and candidates, both in text order (linear on long, quote-heavy texts).
  const sorted = [...cands].sort((a, b) => a.first - b.first);
  const out: Candidate[] = [];
  let i = 0;
  for (const { first, end } of titles) {
    while (i < sorted.length && sorted[i]!.end <= first) out.push(sorted[i++]!);
    const inside: Candidate[] = [];
    while (i < sorted.length && sorted[i]!.first < end) inside.push(sorted[i++]!);
    let capitalized = 0;
    for (let k = first; k < end; k++) if (isCapitalized(tokens[k]) && hasLetter(tokens[k]!)) capitalized++;
    const crosses = inside.some((c) => c.first < first || c.end > end);
    if (crosses || (inside.length === 0 && capitalized < 2)) out.push(...inside);
    else out.push({ first, end, type: 'MISC' });
  }
  while (i < sorted.length) out.push(sorted[i++]!);
  return out;
}

/** Longest name after an honorific, in tokens. */
const MAX_HONORIFIC_NAME_TOKENS = 3;

/** "Dr. Wen-ti Sung", "Mr. Lai": the capitalized words after an honorific are a person, whatever the tagger said. */
function addHonorificNames(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const added: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(ctx.flags[i]! & LEX.HONORIFIC) || !(ctx.flags[i]! & FORM.UPPER_START) || ctx.inCapsSentence[i]) continue;
    let e = i + 1;
    while (e < tokens.length && e - i <= MAX_HONORIFIC_NAME_TOKENS && isCapitalized(tokens[e]) && !tokens[e]!.lineBefore && !tokenHasFlag(tokens[e]!, LEX.FUNCTION)) e++;
    if (e > i + 1) added.push({ first: i, end: e, type: 'PER' });
  }
  if (!added.length) return cands;
  const byAdded = coverage(tokens.length, added);
  const out = cands.filter((c) => !overlapsAny(byAdded, added, c));
  return [...out, ...added].sort((a, b) => a.first - b.first);
}

/** Lower-case particles inside people's names. */
const PERSON_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el', 'ter', 'ten', 'zu']);

/** Particles written capitalized inside Arabic and North African names ("Al Thani", "Abu Bakr"). */
const CAPITALIZED_PARTICLES = new Set(['Al', 'El', 'Bin', 'Ibn', 'Abu', 'Abd', 'Ben', 'Ould', 'Bint']);

/** "Ursula" + "von der" + "Leyen": a name, up to two particles and a capitalized word are one person. */
function joinParticleNames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = { ...cands[i]! };
    let k = c.end;
    while (k < tokens.length && k - c.end < 2 && PERSON_PARTICLES.has(tokens[k]!.form) && !tokens[k]!.lineBefore) k++;
    if (k > c.end && c.type === 'PER' && isCapitalized(tokens[k]) && !tokens[k]!.lineBefore && !tokenHasFlag(tokens[k]!, LEX.FUNCTION)) {
      const next = cands[i + 1];
      if (next && next.first === k) { c.end = next.end; i++; } else c.end = k + 1;
    }
    // "Mohammed bin Abdulrahman" + "Al Thani": a person's name goes on over a capitalized particle.
    const next = cands[i + 1];
    if (c.type === 'PER' && next?.type === 'PER' && next.first === c.end && next.end - next.first >= 2 && CAPITALIZED_PARTICLES.has(tokens[next.first]!.form) && !tokens[next.first]!.lineBefore) {
      c.end = next.end;
      i++;
    }
    out.push(c);
  }
  return out;
}

/** A quotation mark on the line ('"Bob"', "'Bob'"). */
function isQuote(t: Token | undefined): boolean {
  return t !== undefined && (t.form === '"' || t.form === "'") && !t.lineBefore;
}

/** 'Robert "Bob" Lindqvist': a given name, a nickname in quotation marks and a surname are one person. */
function joinQuotedNicknames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const open = tokens[c.end];
    const nickname = tokens[c.end + 1];
    const close = tokens[c.end + 2];
    const surname = tokens[c.end + 3];
    const joins = (c.type === 'PER' || tokenHasFlag(tokens[c.first]!, LEX.GIVEN)) && isQuote(open) && isQuote(close) && open!.form === close!.form
      && isCapitalized(nickname) && !nickname!.lineBefore && isCapitalized(surname) && !surname!.lineBefore && !tokenHasFlag(surname!, LEX.FUNCTION | ANY_ORG_CUE | ANY_PLACE_CUE);
    if (!joins) {
      out.push(c);
      continue;
    }
    let end = c.end + 4;
    // The nickname and the surname may be candidates of their own: they are inside this name.
    while (i + 1 < cands.length && cands[i + 1]!.first <= end && cands[i + 1]!.first >= c.end) {
      if (cands[i + 1]!.first >= c.end + 3) end = Math.max(end, cands[i + 1]!.end);
      i++;
    }
    out.push({ first: c.first, end, type: 'PER', ...(c.titleFirst !== undefined ? { titleFirst: c.titleFirst } : {}) });
  }
  return out;
}

/** "Office of Inspector General", "Office of the Attorney General": a body named for an office
 *  goes on over the title words the tagger cut off ("General" reads like a person's title). */
function extendOfficeTitles(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  return cands.map((c) => {
    const last = tokens[c.end - 1]!;
    const before = tokens[c.end - 2]?.lower;
    if (c.type !== 'ORG' || !tokenHasFlag(last, LEX.TITLE) || (before !== 'of' && before !== 'the')) return c;
    let end = c.end;
    while (end < tokens.length && end - c.end < 2 && isCapitalized(tokens[end]) && tokenHasFlag(tokens[end]!, LEX.TITLE) && !tokens[end]!.lineBefore) end++;
    return end > c.end ? { ...c, end } : c;
  });
}

/** "W.", "H.W.": a person's initials. */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

const isInitials = (t: Token) => INITIALS.test(t.form);

/** "Hella J. Marten": a word, initials, a word, none of them a place or organization cue. */
function isInitialedPersonName(tokens: readonly Token[], c: Candidate): boolean {
  if (c.end - c.first !== 3) return false;
  const [given, middle, surname] = [tokens[c.first]!, tokens[c.first + 1]!, tokens[c.end - 1]!];
  return isInitials(middle) && !isInitials(given) && hasLetter(surname) && !isInitials(surname)
    && ![given, surname].some((t) => tokenHasFlag(t, ANY_ORG_CUE | ANY_PLACE_CUE));
}

/**
 * A person's name the tagger cut in two is one name: before a middle initial ("Morris" + "W. Travers",
 * or "Morris" + "Travers" with the initial left out)
 * or between a one-word first name and the one-word surname right after it ("Claude" + "Debussy").
 * And a name with a middle initial is a person's whatever the tagger guessed ("Hella J. Marten").
 */
function joinCutPersonNames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    const givenAlone = last !== undefined && last.end - last.first === 1 && c.end - c.first === 1 && c.type === 'PER'
      && tokens[c.first]!.start === tokens[last.first]!.end + 1;
    // "Morris" + "W." (left untagged) + "Travers": the initial between them joins them.
    const acrossInitial = last !== undefined && (last.type === 'PER' || c.type === 'PER') && last.end === c.first - 1 && isInitials(tokens[last.end]!) && isCapitalized(tokens[c.first]) && !tokens[last.end]!.lineBefore && !tokens[c.first]!.lineBefore;
    const continuesName = (last?.type === 'PER' && last.end === c.first && (isInitials(tokens[c.first]!) || givenAlone) && !tokens[c.first]!.lineBefore) || acrossInitial;
    const joined = continuesName ? { ...last, end: c.end } : c;
    const typed = isInitialedPersonName(tokens, joined) ? { ...joined, type: 'PER' as const } : joined;
    if (continuesName) out[out.length - 1] = typed;
    else out.push(typed);
  }
  return out;
}

/** Longest such name, in tokens. */
const MAX_ROLE_NAMED_TOKENS = 4;

const PUBLICATION_NOUN_SET: ReadonlySet<string> = new Set(PUBLICATION_NOUNS);

/** "the Islamic State group": a capitalized run right before an organization role noun is one organization. */
function addRoleNamedOrganizations(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const added: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!(ctx.flags[i]! & CUE.ORG_ROLE_AFTER)) continue;
    const role = tokens[i]!;
    if (!isLowerChar(role.form[0] ?? '') || role.lineBefore || ctx.inCapsSentence[i]) continue;
    let k = i;
    while (k - 1 >= 0 && i - (k - 1) <= MAX_ROLE_NAMED_TOKENS && isCapitalized(tokens[k - 1]) && !tokens[k]!.lineBefore
      && !tokenHasFlag(tokens[k - 1]!, LEX.FUNCTION | LEX.CALENDAR)) k--;
    // One word could be a person's name ("the Wagner group" is left to the tagger), but not before a
    // publication noun ("Britain's Sun newspaper", "Liberte newspaper said").
    const minWords = PUBLICATION_NOUN_SET.has(role.lower) ? 1 : 2;
    if (i - k < minWords) continue;
    // A sentence-opening common word is not part of the name, unless it is the whole name and the
    // text capitalizes it elsewhere too.
    if (ctx.sentenceInitial[k] && tokenHasFlag(tokens[k]!, LEX.COMMON) && !(i - k === 1 && ctx.seenCapitalized.has(tokens[k]!.lower))) k++;
    if (i - k < minWords) continue;
    added.push({ first: k, end: i, type: 'ORG' });
  }
  return withAddedNames(tokens.length, cands, added);
}

/** Nouns that, after "the", name what the capitalized words after them are: an organization or a work. */
const KIND_NOUNS_BEFORE_NAME: ReadonlyMap<string, EntityType> = new Map([
  ...['journal', 'newspaper', 'magazine', 'tabloid', 'broadcaster', 'publisher', 'band', 'company', 'firm', 'startup', 'charity', 'nonprofit', 'carmaker', 'retailer', 'airline', 'bank', 'insurer', 'automaker', 'label', 'studio', 'developer']
    .map((noun): [string, EntityType] => [noun, 'ORG']),
  ...['game', 'film', 'movie', 'show', 'series', 'album', 'song', 'book', 'novel', 'app', 'podcast', 'documentary', 'play', 'musical']
    .map((noun): [string, EntityType] => [noun, 'MISC']),
]);
/** Longest name read after such a noun, in tokens. */
const MAX_NAME_AFTER_NOUN_TOKENS = 4;

/**
 * "published in the journal Current Biology", "the game Killer Instinct": after "the" and a noun
 * that says what a thing is, the capitalized words that follow are its one name, of that kind,
 * whatever pieces the tagger made of them (it took "Current" for a sentence's common word).
 */
function addNamesAfterKindNouns(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const added: Candidate[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const type = KIND_NOUNS_BEFORE_NAME.get(tokens[i]!.form);
    if (!type || tokens[i - 1]!.lower !== 'the' || ctx.inCapsSentence[i]) continue;
    // A work's title may open with an article ("the film The Long Walk").
    const first = i + 1;
    const opensWithArticle = type === 'MISC' && (tokens[first]!.form === 'The' || tokens[first]!.form === 'A');
    let end = opensWithArticle ? first + 1 : first;
    while (end < tokens.length && end - first < MAX_NAME_AFTER_NOUN_TOKENS && isCapitalized(tokens[end]) && !tokens[end]!.lineBefore
      && !tokenHasFlag(tokens[end]!, LEX.CALENDAR | LEX.FUNCTION | LEX.TITLE | LEX.HONORIFIC)) end++;
    // Not a person's name ("the company Ana Ruiz founded": a given name opens it), nor a cut-off run.
    if (end === (opensWithArticle ? first + 1 : first) || tokenHasFlag(tokens[first]!, LEX.GIVEN) || isCapitalized(tokens[end])) continue;
    added.push({ first, end, type });
  }
  return withAddedNames(tokens.length, cands, added);
}

/** Known place names (countries, states, big cities) the tagger left untagged, e.g. alone on a line. */
function addKnownPlaces(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  const covered = coveredTokens(tokens.length, cands);
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !(ctx.flags[i]! & FORM.UPPER_START) || ctx.inCapsSentence[i] || !(ctx.flags[i]! & (LEX.PLACE | LEX.PLACE_PART))) continue;
    // Longest known place of up to 3 words starting here.
    for (let len = 3; len >= 1; len--) {
      if (i + len > tokens.length) continue;
      let ok = true;
      for (let k = i; k < i + len; k++) if (covered[k] || !isCapitalized(tokens[k]) || (k > i && tokens[k]!.lineBefore)) ok = false;
      if (!ok || !PLACE_NAMES.has(spanLower(tokens, i, i + len))) continue;
      if (isCapitalized(tokens[i + len]) && !tokens[i + len]!.lineBefore) continue; // part of a longer name
      added.push({ first: i, end: i + len, type: 'LOC' });
      i += len - 1;
      break;
    }
  }
  return added.length ? [...cands, ...added].sort((a, b) => a.first - b.first) : cands;
}

/** Longest run of capitalized words taken after "&" when the tagger left it out, in tokens. */
const MAX_AMPERSAND_TAIL = 3;

/** "Douglas" + "&" + "Lomason", "Bear Stearns" + "&" + "Co Inc": names joined by "&" are one
 *  organization (a firm), whatever the tagger made of the parts; unless a part is a known place. */
function joinAmpersandNames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const amp = tokens[c.end];
    const after = tokens[c.end + 1];
    if (amp?.form !== '&' || amp.lineBefore || !after || after.lineBefore || !isCapitalized(after) || PLACE_NAMES.has(spanLower(tokens, c.first, c.end))) { out.push(c); continue; }
    const next = cands[i + 1];
    let end: number;
    if (next && next.first === c.end + 1) end = next.end;
    else {
      end = c.end + 1;
      while (end < tokens.length && end - (c.end + 1) < MAX_AMPERSAND_TAIL && isCapitalized(tokens[end]) && !tokens[end]!.lineBefore && !tokenHasFlag(tokens[end]!, LEX.FUNCTION)) end++;
    }
    if (PLACE_NAMES.has(spanLower(tokens, c.end + 1, end))) { out.push(c); continue; }
    out.push({ first: c.first, end, type: 'ORG' });
    while (i + 1 < cands.length && cands[i + 1]!.first < end) i++;
  }
  return out;
}

/** "the Department of Parks and Recreation" with "Department" left untagged: the cue word after "the"
 *  opens a name when of/on/for and a capitalized word follow (joinOfPhrases takes in the rest). */
function untaggedCueHeads(tokens: readonly Token[], cands: readonly Candidate[], ctx: TokenContext): Candidate[] {
  const heads: Candidate[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (!(ctx.flags[k]! & ANY_ORG_CUE) || ctx.inCapsSentence[k]) continue; // most tokens stop here
    const [head, link, next] = [tokens[k]!, tokens[k + 1]!, tokens[k + 2]!];
    if (!isCapitalized(head) || tokens[k - 1]!.lower !== 'the') continue;
    if ((link.lower === 'of' || link.lower === 'on' || link.lower === 'for') && isCapitalized(next) && !link.lineBefore && !next.lineBefore) heads.push({ first: k, end: k + 1, type: 'ORG' });
  }
  return withNamesOnFreeTokens(tokens.length, cands, heads);
}

/** "Center on Poverty and Inequality", "Department of Conservation": an organization cue word followed by
 *  of/on/for and capitalized words is one name, even when the tagger split it. */
function joinOfPhrases(tokens: readonly Token[], found: Candidate[], ctx: TokenContext): Candidate[] {
  const cands = untaggedCueHeads(tokens, found, ctx);
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = { ...cands[i]! };
    const link = tokens[c.end];
    // "Friends of the Eastbrook Library", "Doctors of the World": a body the tagger named by a plural of people.
    const peopleBody = c.type === 'ORG' && c.end - c.first === 1 && isPlural(tokens[c.first]!.lower) && isPersonNoun(tokens[c.first]!.lower) && tokens[c.end + 1]?.lower === 'the';
    const nameAt = peopleBody ? c.end + 2 : c.end + 1;
    if ((tokenHasFlag(tokens[c.end - 1]!, ANY_ORG_CUE) || peopleBody) && !NAME_ENDING_SUFFIXES.has(tokens[c.end - 1]!.lower) && link && (link.lower === 'of' || link.lower === 'on' || link.lower === 'for')
      && isCapitalized(tokens[nameAt]) && !tokenHasFlag(tokens[nameAt]!, LEX.CALENDAR) && !ctx.inCapsSentence[c.end] && !link.lineBefore && !tokens[nameAt]!.lineBefore) {
      let e = nameAt;
      // Up to a date word: "the Security Council on Friday" is not part of the name.
      while (e < tokens.length && !tokens[e]!.lineBefore && !tokenHasFlag(tokens[e]!, LEX.CALENDAR) && (isCapitalized(tokens[e])
        || ((tokens[e]!.lower === 'and' || tokens[e]!.lower === '&') && isCapitalized(tokens[e + 1])))) e++;
      if (tokenHasFlag(tokens[e - 1]!, LEX.FUNCTION)) e--;
      c.end = e;
      c.type = 'ORG';
      while (i + 1 < cands.length && cands[i + 1]!.first < e) i++;
    }
    out.push(c);
  }
  return out;
}

/** Longest run of capitalized words after a person's name that may end in a cue word ("High School"). */
const MAX_CUE_TAIL = 3;

/** "Foreign Affairs Division": a name headed by an organization or place cue word takes in the
 *  capitalized words right before it that the tagger left out (mid-sentence only); a person's name
 *  followed by capitalized words ending in such a word is that body's or place's ("Lincoln High School"). */
function extendCueHeadedNames(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  let prevEnd = 0;
  return cands.map((c) => {
    const out = { ...c };
    const head = tokens[c.end - 1]!;
    if (tokenHasFlag(head, ANY_ORG_CUE | ANY_PLACE_CUE) && !tokenHasFlag(tokens[c.first]!, LEX.GIVEN)) {
      let k = c.first;
      while (k - 1 >= prevEnd && isCapitalized(tokens[k - 1]) && !ctx.inCapsSentence[k - 1] && !tokens[k]!.lineBefore
        && !tokenHasFlag(tokens[k - 1]!, LEX.FUNCTION | LEX.CALENDAR) && !ctx.sentenceInitial[k - 1] && !isPlaceAttribute(tokens[k - 1]!)) k--;
      if (k < c.first) {
        out.first = k;
        if (out.type === 'PER') out.type = tokenHasFlag(head, ANY_ORG_CUE) ? 'ORG' : 'LOC';
      }
    } else if (c.type === 'PER') {
      // "Lincoln" + "High School", "Carter" + "Center": a person's name opens the name of a place or body the tagger left out.
      let k = c.end;
      while (k < tokens.length && k - c.end < MAX_CUE_TAIL && isCapitalized(tokens[k]) && !tokens[k]!.lineBefore && !ctx.inCapsSentence[k]
        && !tokenHasFlag(tokens[k]!, LEX.FUNCTION | LEX.CALENDAR | LEX.TITLE | LEX.HONORIFIC)) k++;
      const tail = tokens[k - 1]!;
      if (k > c.end && tokenHasFlag(tail, ANY_ORG_CUE | ANY_PLACE_CUE) && !cands.some((other) => other.first >= c.end && other.first < k)) {
        out.end = k;
        out.type = tokenHasFlag(tail, ANY_ORG_CUE) ? 'ORG' : 'LOC';
      }
    }
    prevEnd = out.end;
    return out;
  });
}

function isRejected(tokens: readonly Token[], first: number, end: number, type: EntityType, ctx: TokenContext): boolean {
  if (ctx.inCredit[first]) return true;
  let allClosed = true;
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    const f = t.flags;
    if (!(f & (LEX.FUNCTION | LEX.CALENDAR | LEX.TITLE | LEX.HONORIFIC)) || (isAllCaps(t) && !ctx.inCapsSentence[k])) allClosed = false;
  }
  if (allClosed) return true;
  const whole = spanLower(tokens, first, end);
  if (hasFlag(whole, LEX.DEMONYM) && !hasFlag(whole, LEX.PLACE)) return true;
  if (end - first === 1) {
    const t = tokens[first]!;
    if (t.form.length < 2) return true;
    // "Republican", "Communism", "Kafkaesque": a party's member, a doctrine, an adjective of style.
    if (ADHERENT_SET.has(whole) || STYLE_ADJECTIVES.has(whole) || /\p{L}{3}(?:isms?|esque)$/u.test(whole)) return true;
    // "No.", "Dept.": an abbreviation alone ("the No. 2 official").
    if (t.form.endsWith('.') && ABBREVIATIONS.has(t.lower.slice(0, -1))) return true;
    // "(R-Texas)", "(D-Calif.)": a lawmaker's party and state in brackets, not an actor.
    if (tokens[first - 1]?.form === '(' && /^[RDI]-\p{Lu}/u.test(t.form)) return true;
    // "S.", "D.": an initial alone (of "Ph. D.", of a model "One S." that ends a sentence).
    if (/^\p{Lu}\.$/u.test(t.form)) return true;
    // A common word the tagger cut from a longer capitalized run ("Until" | "Dawn", "Vision" | "Pro"):
    // a piece of a title or a product name, not a name of its own.
    if (!ctx.sentenceInitial[first] && !ctx.inCapsSentence[first] && tokenHasFlag(t, LEX.COMMON) && !tokenHasFlag(t, LEX.PLACE | LEX.GIVEN | ANY_ORG_CUE | ANY_PLACE_CUE)
      && !isAllCaps(t) && ((first > 0 && !ctx.sentenceInitial[first - 1] && isCapitalized(tokens[first - 1]) && !tokens[first]!.lineBefore) || isCapitalizedWord(tokens[end]))) return true;
    // "CPU", "HR", "PCs": capitals naming a thing; "4K", "12GB", "60FPS": a quantity.
    if (tokenHasFlag(t, CUE.GENERIC_ABBREVIATION) && !isLowerChar(t.form[1] ?? '')) return true;
    if (QUANTITY.test(t.form)) return true;
    if (isHyphenAdjective(t) && !ctx.inCapsSentence[first]) return true;
    // Hyphenated compounds of places or with a lower-case part ("Taiwan-Japan", "China-critical").
    if (t.form.includes('-') && !ctx.inCapsSentence[first]) {
      const parts = t.form.split('-');
      if (parts.every((p) => hasFlag(p.toLowerCase(), LEX.PLACE | LEX.DEMONYM) || isLowerChar(p[0] ?? ''))) return true;
    }
    // Sentence-initial "-ing/-ed/-ly" words ("Upgrading", "Unprecedented") are not names either.
    if (ctx.sentenceInitial[first] && !ctx.inCapsSentence[first] && !ctx.runningCapitalized.has(t.lower) && /(?:ing|ed|ly)$/u.test(t.lower)
      && !tokenHasFlag(t, LEX.PLACE | LEX.PLACE_PART | LEX.GIVEN)) return true;
    // A capitalized common word opening a sentence ("Plus", "Man's greed") is not a name
    // unless the text also capitalizes it mid-sentence.
    if (ctx.sentenceInitial[first] && !ctx.inCapsSentence[first] && isCommonWord(t, ctx.writtenLower)
      && !tokenHasFlag(t, LEX.PLACE | LEX.GIVEN) && !ctx.runningCapitalized.has(t.lower)) return true;
    if (type === 'MISC' && ctx.sentenceInitial[first]) return true;
    // "Funny, ridiculous and easy", "Virtual reality has …": an adjective or adverb opening a sentence.
    if (ctx.sentenceInitial[first] && !ctx.inCapsSentence[first] && ADJECTIVE_OR_ADVERB.has(t.lower) && !tokenHasFlag(t, LEX.PLACE | LEX.GIVEN) && !ctx.runningCapitalized.has(t.lower)) return true;
    // Capitalized common words listed before the noun they modify ("Pro, Teams and Enterprise tier offerings").
    if (!ctx.sentenceInitial[first] && isCommonWord(t, ctx.writtenLower) && !tokenHasFlag(t, LEX.PLACE | LEX.GIVEN) && modifiesNounAfterList(tokens, first)) return true;
    // "Negotiators from Israel met …": a plural of a word for people opening a sentence is no name.
    if (ctx.sentenceInitial[first] && !ctx.inCapsSentence[first] && !ctx.runningCapitalized.has(t.lower) && isPlural(t.lower) && isPersonNoun(t.lower)
      && !tokenHasFlag(t, LEX.PLACE | LEX.GIVEN | ANY_ORG_CUE)) return true;
    // "Bars and restaurants hire …": a plural opening a sentence, joined to a lower-case plural, is a common noun.
    if (ctx.sentenceInitial[first] && !ctx.runningCapitalized.has(t.lower) && isPlural(t.lower) && (tokens[end]?.lower === 'and' || tokens[end]?.lower === 'or')) {
      const other = tokens[end + 1];
      if (other && isLowerChar(other.form[0] ?? '') && isPlural(other.lower) && other.lower !== 'others' && !tokenHasFlag(other, LEX.FUNCTION)) return true;
    }
    // An interjection or sentence adverb opening a sentence before a comma ("Sure, it costs more").
    if (ctx.sentenceInitial[first] && tokens[end]?.form === ',' && SENTENCE_OPENERS.has(t.lower) && !ctx.runningCapitalized.has(t.lower)) return true;
    // A common word alone on a label or in a headline ("Tips", "Video", "Updated") is not a name
    // unless running text capitalizes it too.
    if ((ctx.onShortLine[first] || ctx.inTitleCaseLine[first]) && !ctx.inCapsSentence[first] && isCommonWord(t, ctx.writtenLower)
      && !tokenHasFlag(t, LEX.PLACE | LEX.GIVEN) && !ctx.runningCapitalized.has(t.lower)) return true;
  }
  // A name only in title-case headlines (a teaser's "Vidyard Introduces New Features") is taken
  // when running text names one of its distinctive words too.
  if (ctx.inTitleCaseLine[first] && ctx.inTitleCaseLine[end - 1] && !ctx.inCapsSentence[first] && !mentionedInRunningText(tokens, first, end, ctx)) return true;
  // Demonym phrases ("South Korean", "Japanese-American", "North African"): a demonym last, and
  // before it only demonyms or compass words.
  if (tokenHasFlag(tokens[end - 1]!, LEX.DEMONYM) && (type === 'MISC' || end - first > 1)) {
    let demonyms = 0;
    for (let k = first; k < end; k++) if (tokenHasFlag(tokens[k]!, LEX.DEMONYM) || tokens[k]!.form === '-' || COMPASS_WORDS.has(tokens[k]!.lower)) demonyms++;
    if (demonyms === end - first) return true;
  }
  return false;
}

/** Whether a distinctive word of the span (a known place or given name, or a word that is not
 *  a common word) is written capitalized in running text, or the span is a known place. */
function mentionedInRunningText(tokens: readonly Token[], first: number, end: number, ctx: TokenContext): boolean {
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (tokenHasFlag(t, LEX.PLACE | LEX.GIVEN)) return true;
    if (!tokenHasFlag(t, LEX.FUNCTION | LEX.COMMON) && ctx.runningCapitalized.has(t.lower)) return true;
  }
  return PLACE_NAMES.has(spanLower(tokens, first, end));
}

function spanLower(tokens: readonly Token[], first: number, end: number): string {
  let s = '';
  for (let k = first; k < end; k++) s += (k > first && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.lower;
  return s;
}

/** Longest name whose cut repetitions are joined again, in tokens. */
const MAX_REJOINED_TOKENS = 6;

/**
 * A name of several words found whole once is the same name where it repeats, spelled the same,
 * even where the tagger cut it into pieces there ("Gears of War 4 runs…" tagged "Gears" + "War 4"):
 * the pieces inside the repetition become the one name. A piece that reaches past it stays.
 */
function joinCutRepeats(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  // Known names by their first word, so a candidate whose first word opens none costs one lookup.
  const known = new Map<string, Map<string, EntityType>>();
  for (const c of cands) {
    const length = c.end - c.first;
    if (length < 2 || length > MAX_REJOINED_TOKENS) continue;
    const byFirst = known.get(tokens[c.first]!.form) ?? new Map<string, EntityType>();
    const key = spanForm(tokens, c.first, c.end);
    if (!byFirst.has(key)) byFirst.set(key, c.type);
    known.set(tokens[c.first]!.form, byFirst);
  }
  if (known.size === 0) return cands;
  const sorted = [...cands].sort((a, b) => a.first - b.first);
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const names = known.get(tokens[c.first]!.form);
    let joined: Candidate | null = null;
    for (let end = Math.min(tokens.length, c.first + MAX_REJOINED_TOKENS); names && end > c.end && !joined; end--) {
      const type = names.get(spanForm(tokens, c.first, end));
      if (type === undefined) continue;
      let inside = true;
      for (let k = c.first + 1; k < end; k++) if (tokens[k]!.lineBefore) inside = false;
      for (let j = i + 1; j < sorted.length && sorted[j]!.first < end; j++) if (sorted[j]!.end > end) inside = false;
      if (inside) joined = { first: c.first, end, type };
    }
    if (!joined) { out.push(c); continue; }
    out.push(joined);
    while (i + 1 < sorted.length && sorted[i + 1]!.first < joined.end) i++;
  }
  return out;
}

/** Words of a ministry's or department's field ("of Foreign Affairs", "of Homeland Security"). */
const OFFICE_WORDS = new Set(['affairs', 'state', 'defence', 'defense', 'finance', 'justice', 'health', 'education', 'interior', 'commerce', 'labor',
  'labour', 'energy', 'agriculture', 'transport', 'transportation', 'environment', 'trade', 'homeland', 'security', 'treasury', 'economy', 'culture', 'foreign']);

/**
 * "Secretary of State Lena Hart", "Minister of Foreign Affairs Wang Yi": the tagger takes the
 * office's words after a title's "of" or "for" for the start of a name. The person is the last words, from
 * a given name where there is one, when the office's words are common words; the title with its
 * office is cut off (a descriptor, as titles are).
 */
function splitOfficeTitles(tokens: readonly Token[], cands: Candidate[], ctx: TokenContext): Candidate[] {
  return cands.map((c) => {
    const [of, title] = [tokens[c.first - 1], tokens[c.first - 2]];
    if (c.end - c.first < 3 || (of?.lower !== 'of' && of?.lower !== 'for') || !title || !isCapitalized(title) || !tokenHasFlag(title, LEX.TITLE)) return c;
    let person = -1;
    for (let k = c.first + 1; k <= c.end - 2 && person < 0; k++) {
      const office = tokens[k - 1]!;
      if (!(isCommonWord(office, ctx.writtenLower) || OFFICE_WORDS.has(office.lower) || tokenHasFlag(office, ANY_ORG_CUE) || hasFlag(office.lower.replace(/s$/u, ''), LEX.COMMON)) || tokenHasFlag(office, LEX.GIVEN)) break;
      if (tokenHasFlag(tokens[k]!, LEX.GIVEN) || (k === c.end - 2 && !isCommonWord(tokens[k]!, ctx.writtenLower))) person = k;
    }
    if (person < 0) return c;
    let titleFirst = c.first - 2;
    while (titleFirst - 1 >= 0 && isCapitalized(tokens[titleFirst - 1]) && tokenHasFlag(tokens[titleFirst - 1]!, LEX.TITLE) && !tokens[titleFirst]!.lineBefore) titleFirst--;
    return { first: person, end: c.end, type: 'PER', titleFirst };
  });
}

/**
 * "Jund al-Haqq", "Kamal Ahmed al-Rashid": a name goes on over the particle-joined words right after
 * it; and such a word that ends a person's name is that person wherever it stands alone ("said
 * al-Rashid", "Al-Rashid had led").
 */
function extendOverParticleNames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const extended = cands.map((c, i) => {
    let end = c.end;
    while (end < tokens.length && isParticleName(tokens[end]!) && !tokens[end]!.lineBefore && (cands[i + 1]?.first ?? Infinity) > end) end++;
    return end === c.end ? c : { ...c, end };
  });
  const surnames = new Set<string>();
  for (const c of extended) if (c.type === 'PER' && c.end - c.first > 1 && isParticleName(tokens[c.end - 1]!)) surnames.add(tokens[c.end - 1]!.lower);
  if (surnames.size === 0) return extended;
  const covered = coveredTokens(tokens.length, extended);
  const alone: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const before = tokens[k - 1];
    // Not part of another name ("Omar al-Rashid", "Jund al-Haqq al-Rashid").
    if (!covered[k] && surnames.has(tokens[k]!.lower) && !(before && (isCapitalized(before) || isParticleName(before)))) alone.push({ first: k, end: k + 1, type: 'PER' });
  }
  return alone.length === 0 ? extended : [...extended, ...alone].sort((a, b) => a.first - b.first);
}

/** "Sendai Shirayuri Women ’s University": join the parts across the possessive. */
function joinPossessiveNames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const next = cands[i + 1];
    let k = c.end;
    // The word before the possessive may have been left out of the span.
    if (k < tokens.length && isCapitalized(tokens[k]) && isPossessiveNameWord(tokens[k]!) && isPossessive(tokens[k + 1])) k++;
    if (isPossessiveNameWord(tokens[k - 1]!) && isPossessive(tokens[k]) && isCapitalized(tokens[k + 1])) {
      const joinsNext = next !== undefined && next.first === k + 1;
      let end = joinsNext ? next.end : k + 1;
      if (!joinsNext) while (end < tokens.length && isCapitalized(tokens[end]) && !tokens[end]!.lineBefore) end++;
      // A plural of people other than the listed words owns only a body: "Fishermen's Association".
      if (POSSESSIVE_NAME_WORDS.has(tokens[k - 1]!.lower) || tokenHasFlag(tokens[end - 1]!, ANY_ORG_CUE)) {
        out.push({ ...c, end, type: !joinsNext || next.type === 'ORG' || c.type === 'ORG' ? 'ORG' : next.type });
        if (joinsNext) i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * "Fisher’s Wharf", "Tom’s Market", "Valentine’s Day", "Assassin’s Creed": a possessive inside a
 * name. Joined when the word before the possessive never stands alone in the text (so it is not
 * an actor of its own, as "Sato" in "Sato’s party"), the word after it stands alone nowhere else,
 * and the owner is not a known place ("Japan’s Foreign Ministry") nor a well-known company.
 */
function joinPossessiveInNames(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  // How often each capitalized word stands without a possessive after it; a word heading an "of"
  // name does not stand alone ("World" in "The World of Tomorrow").
  const inside = new Uint8Array(tokens.length);
  for (const c of cands) if (c.end - c.first > 2) inside.fill(1, c.first + 1, c.end - 1);
  const standalone = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const headsOfName = tokens[i + 1]?.lower === 'of' && isCapitalized(tokens[i + 2]);
    if (isCapitalized(tokens[i]) && !isPossessive(tokens[i + 1]) && !headsOfName && !inside[i]) standalone.set(tokens[i]!.lower, (standalone.get(tokens[i]!.lower) ?? 0) + 1);
  }
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const owner = tokens[c.end - 1]!;
    const after = tokens[c.end + 1];
    const next = cands[i + 1];
    // A company's product stays apart from it ("Sony’s PlayStation VR", a company the news names
    // every day even when the text never names it alone), as does a thing the text
    // names on its own elsewhere ("Sony’s PlayStation" … "the PlayStation").
    const joins = c.type !== 'ORG' && WELL_KNOWN_KINDS.get(spanLower(tokens, c.first, c.end)) !== 'organization' && isPossessive(tokens[c.end]) && isCapitalized(after) && !after!.lineBefore && !standalone.has(owner.lower)
      && !(standalone.get(after!.lower)! > 1)
      && !tokenHasFlag(owner, LEX.PLACE | LEX.PLACE_PART | LEX.DEMONYM) && !tokenHasFlag(after!, LEX.FUNCTION | LEX.TITLE | LEX.HONORIFIC | LEX.GIVEN | LEX.ROLE);
    if (!joins) {
      out.push(c);
      continue;
    }
    // The owner is not a person of the story: the name is a place, a business or a thing's.
    const notPerson = (type: EntityType): EntityType => (type === 'PER' ? 'ORG' : type);
    if (next && next.first === c.end + 1) {
      out.push({ first: c.first, end: next.end, type: notPerson(next.type) });
      i++;
      continue;
    }
    let end = c.end + 1;
    while (end < tokens.length && isCapitalized(tokens[end]) && !tokens[end]!.lineBefore && !tokenHasFlag(tokens[end]!, LEX.FUNCTION)) end++;
    out.push({ first: c.first, end, type: notPerson(c.type) });
  }
  return out;
}

/** Whether every word of the candidate is a common word (COMMON lexicon), none a given name. */
function commonWordsOnly(tokens: readonly Token[], c: Candidate): boolean {
  for (let k = c.first; k < c.end; k++) {
    const t = tokens[k]!;
    if (tokenHasFlag(t, LEX.GIVEN) || !(tokenHasFlag(t, LEX.COMMON) || hasFlag(t.lower.replace(/s$/u, ''), LEX.COMMON))) return false;
  }
  return true;
}

/** "Sendai" + "Shirayuri Women's University", "American" + "Enterprise Institute": one organization
 *  when the second part is headed by an organization cue word and nothing separates them. */
function joinAdjacentOrganizationParts(tokens: readonly Token[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const next = cands[i + 1];
    if (next && next.first === c.end && next.end - next.first >= 2 && c.titleFirst === undefined
      && tokenHasFlag(tokens[next.end - 1]!, ANY_ORG_CUE) && !tokens[next.first]!.lineBefore) {
      out.push({ first: c.first, end: next.end, type: 'ORG' });
      i++;
      continue;
    }
    // "Ninety" + "Mile Beach"
    if (next && next.first === c.end && tokenHasFlag(tokens[next.end - 1]!, ANY_PLACE_CUE) && !tokenHasFlag(tokens[next.end - 1]!, ANY_ORG_CUE)
      && !tokens[next.first]!.lineBefore && !tokenHasFlag(tokens[c.first]!, LEX.GIVEN) && !PLACE_NAMES.has(spanLower(tokens, c.first, c.end))) {
      out.push({ first: c.first, end: next.end, type: 'LOC' });
      i++;
      continue;
    }
    // "Harbor" + "Foods Market": two pieces side by side, which the tagger opened twice: of one type,
    // or the second made of common words only (no person's name is "Foods Market").
    if (next && next.first === c.end && (next.type === c.type || commonWordsOnly(tokens, next)) && c.type !== 'PER' && c.titleFirst === undefined && !tokens[next.first]!.lineBefore
      && !(c.type === 'LOC' && PLACE_NAMES.has(spanLower(tokens, c.first, c.end)) && PLACE_NAMES.has(spanLower(tokens, next.first, next.end)))) {
      out.push({ first: c.first, end: next.end, type: next.type === 'ORG' ? 'ORG' : c.type });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * A common word, by the lexicon or by the text itself: "Tools" where the text also writes "tools"
 * or "tool". Not a tagger feature (the model was trained on the lexicon's flag alone).
 */
/** Words of a modifier list read at most: "Pro, Teams, Business, and Enterprise" is seven. */
const MAX_MODIFIER_LIST = 12;

/**
 * Whether the word at `first` is in a list of capitalized words ("Pro, Teams and Enterprise")
 * that ends in a lower-case noun they modify ("tier offerings"): the caller rejects it when it
 * is a common word (a plan, model or color name, not an actor; "France, Spain and Italy
 * delegates" keeps its places). The list needs a comma, "and" or "or" in it.
 */
function modifiesNounAfterList(tokens: readonly Token[], first: number): boolean {
  let joined = false;
  const inList = (k: number) => tokens[k] !== undefined && !tokens[k]!.lineBefore;
  // Back to the list's start: the words before must be list words too.
  for (let k = first - 1; k >= 0 && first - k <= MAX_MODIFIER_LIST && inList(k + 1); k--) {
    const w = tokens[k]!;
    if (w.form === ',' || w.lower === 'and' || w.lower === 'or') { joined = true; continue; }
    if (isCapitalized(w)) continue;
    break;
  }
  for (let k = first + 1; k < tokens.length && k - first <= MAX_MODIFIER_LIST && inList(k); k++) {
    const w = tokens[k]!;
    if (w.form === ',' || w.lower === 'and' || w.lower === 'or') { joined = true; continue; }
    if (isCapitalized(w)) continue;
    return joined && isLowerChar(w.form[0] ?? '') && !tokenHasFlag(w, LEX.FUNCTION) && tokens[k - 1]!.form !== ',';
  }
  return false;
}

/** A capitalized word (not a number, not punctuation) on the same line. */
function isCapitalizedWord(t: Token | undefined): boolean {
  return t !== undefined && !t.lineBefore && isCapitalized(t) && hasLetter(t) && !tokenHasFlag(t, LEX.FUNCTION);
}

/** "I've", "I'm", "We're": a pronoun and a verb, capitalized at a sentence's start. */
const CONTRACTION = /^(?:I|We|You|They|He|She|It)['\u2019](?:ve|m|re|ll|d|s)$/;
/** "4K", "12GB", "2.3Ghz", "60FPS", "150K": a number with its unit. */
const QUANTITY = /^\d[\d.,]*(?:[kmgt]b?|[kmg]?hz|fps|mp|p|k|x|d|mm|cm|km|kg|lbs?|mph|w|v|mah)$/i;
/** Last parts that make a hyphenated word an adjective ("Facebook-specific", "Matrix-like", "Just-released"). */
const ADJECTIVE_ENDINGS = new Set(['like', 'specific', 'style', 'esque', 'related', 'friendly', 'free', 'only', 'centric', 'focused', 'themed', 'inspired', 'sized', 'wide', 'bound', 'proof', 'ready']);

/** A hyphenated word whose last part is an adjective ending or a common lower-case word: it describes, it does not name. */
function isHyphenAdjective(t: Token): boolean {
  const dash = t.form.lastIndexOf('-');
  if (dash <= 0 || dash === t.form.length - 1) return false;
  const last = t.form.slice(dash + 1);
  if (!isLowerChar(last[0] ?? '')) return false;
  return ADJECTIVE_ENDINGS.has(last) || hasFlag(last, LEX.COMMON);
}
