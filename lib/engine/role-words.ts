// Role words by kind: the nouns that say what a person, an organization, a place or a made thing
// is ("chemist", "museum", "state", "game"), as descriptors, list heads and kind clues read them.
import type { ActorKind } from './types';
import { LEX, ORGANIZATION_ROLE_SET, PERSON_ROLE_SET, PLACE_ROLE_SET, ROLE_NOUN_SET, hasFlag, tokenHasFlag } from './lexicon';
import type { Token } from './tokenize';

export function isRole(lower: string): boolean {
  return inSet(ROLE_NOUN_SET, lower);
}
/** A word of the set, or its plural ("companies", "museums"). */
export function inSet(set: ReadonlySet<string>, lower: string): boolean {
  if (set.has(lower)) return true;
  if (lower.endsWith('ies') && set.has(`${lower.slice(0, -3)}y`)) return true;
  return lower.endsWith('s') && set.has(lower.slice(0, -1));
}
/** Words that say whose a role is before it ("his son", "its founder", "Velmar's chief"). */
export const POSSESSOR_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', "'s"]);
/** "bars", "cities": a word with a plural ending ("press", "bonus", "crisis" have none). */
export function isPlural(lower: string): boolean {
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is');
}
/** Role nouns that can describe an actor of this kind when written next to its name. */
export function isRoleFor(kind: ActorKind, lower: string): boolean {
  if (kind === 'organization') return inSet(ORGANIZATION_ROLE_SET, lower) || inSet(MORE_ORGANIZATION_NOUNS, lower);
  if (kind === 'place') return inSet(PLACE_ROLE_SET, lower);
  if (kind === 'other') return inSet(WORK_NOUNS, lower);
  return isRole(lower) || isAgentNoun(lower) || inSet(PEOPLE_NOUNS, lower);
}

/** Nouns for organizations beyond the role list: what a site, a studio or a museum is called. */
const MORE_ORGANIZATION_NOUNS = new Set(['journal', 'museum', 'workshop', 'studio', 'developer', 'label', 'school', 'college', 'hospital', 'lab', 'laboratory', 'website', 'site', 'blog', 'outlet', 'newsletter', 'cabaret', 'restaurant', 'hotel', 'brand', 'nonprofit', 'non-profit', 'utility', 'church', 'band']);
/** Nouns for made things and works ("the game Thumper", "the 2012 book …"). */
export const WORK_NOUNS = new Set(['game', 'book', 'novel', 'film', 'movie', 'show', 'series', 'album', 'song', 'work', 'play', 'musical', 'opera', 'painting', 'sculpture', 'app', 'console', 'headset', 'device', 'phone', 'format', 'standard', 'protocol', 'law', 'bill', 'act', 'treaty', 'report', 'paper', 'study', 'program', 'programme', 'browser', 'platform', 'software', 'tool', 'feature', 'drug', 'vaccine', 'technique', 'award', 'prize', 'festival', 'event', 'hit', 'sequel', 'franchise', 'podcast', 'magazine', 'games', 'apps', 'smartphone', 'laptop', 'tablet', 'car', 'vehicle', 'model', 'update', 'trilogy', 'title']);
/** People nouns without an agent suffix. */
const PEOPLE_NOUNS = new Set(['colleague', 'friend', 'partner', 'founder', 'cofounder', 'co-founder', 'veteran', 'expert', 'scientist', 'chemist', 'economist', 'analyst', 'activist', 'artist', 'student', 'graduate', 'resident', 'native', 'star', 'icon', 'legend', 'pioneer', 'mogul', 'billionaire', 'millionaire', 'entrepreneur', 'colleagues', 'wife', 'husband', 'mother', 'father', 'son', 'daughter', 'sister', 'brother', 'professor', 'doctor', 'nurse', 'lawyer', 'attorney', 'judge', 'official', 'executive', 'candidate', 'nominee', 'rival', 'ally', 'aide', 'adviser', 'advisor', 'spokesperson']);
/** Words with an agent ending that name no one ("other", "former", "water"). */
const NOT_AGENT_NOUNS = new Set(['senior', 'junior', 'major', 'minor', 'prior', 'interior', 'exterior', 'superior', 'inferior', 'floor', 'door', 'color', 'colour', 'labor', 'labour', 'honor', 'honour', 'favor', 'favour', 'behavior', 'behaviour', 'mirror', 'tractor', 'motor', 'vector', 'elevator', 'indicator', 'anchor', 'corridor', 'terror', 'horror', 'radar', 'regular', 'popular', 'similar', 'particular', 'familiar', 'nuclear', 'solar', 'polar', 'lunar', 'modular', 'cellular', 'upper', 'lower', 'inner', 'outer', 'proper', 'clever', 'sober', 'tender', 'bitter', 'sinister', 'eager', 'smaller', 'larger', 'bigger', 'better', 'faster', 'longer', 'stronger', 'greater', 'higher', 'earlier', 'easier', 'cheaper', 'newer', 'older', 'other', 'others', 'never', 'ever', 'rather', 'further', 'former', 'latter', 'later', 'after', 'under', 'over', 'either', 'neither', 'whether', 'together', 'however', 'matter', 'number', 'order', 'paper', 'water', 'power', 'center', 'centre', 'border', 'corner', 'summer', 'winter', 'weather', 'letter', 'chapter', 'theater', 'theatre', 'computer', 'monitor', 'sector', 'factor', 'error', 'meter', 'filter', 'cluster', 'register', 'poster', 'trailer', 'controller', 'browser', 'server', 'asian', 'christian', 'italian', 'canadian', 'indian', 'russian', 'brazilian', 'australian', 'iranian', 'egyptian', 'nigerian', 'european', 'african', 'american', 'median', 'guardian', 'civilian', 'meridian']);

/** "chemist", "philosopher", "developer", "novelist", "historian": a person by what they do. */
export function isAgentNoun(lower: string): boolean {
  const word = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return word.length >= 5 && /(?:er|or|ist|ian)$/u.test(word) && !NOT_AGENT_NOUNS.has(word) && !hasFlag(word, LEX.DEMONYM);
}

/** Whether a lower-case word names what a person is: a role, an agent noun or a people noun. */
export function isPersonNoun(lower: string): boolean {
  return inSet(PERSON_ROLE_SET, lower) || isAgentNoun(lower) || inSet(PEOPLE_NOUNS, lower);
}

/**
 * Whether the word at `i`, right after a name, is a role noun written after it ("the Rez game",
 * "Hubble telescope") and not the sentence's verb: "X works as a nurse", "X plays the lead" and
 * "X reports that …" put an -s verb before a function word.
 */
export function isNounAfterName(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  if (!word || word.lineBefore) return false;
  const next = tokens[i + 1];
  const verbLike = word.lower.endsWith('s') && !word.lower.endsWith('ss') && next !== undefined && !next.lineBefore && tokenHasFlag(next, LEX.FUNCTION);
  return !verbLike;
}
