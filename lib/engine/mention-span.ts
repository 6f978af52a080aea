// A mention of a name in the text and the actor its mentions make: the shapes stage 6 links and
// every later stage reads (descriptors, quotes, the dataset).
import { isLowerChar, isUpperChar } from './characters';
import type { ActorKind } from './types';

export interface MentionSpan {
  first: number;
  end: number;
  start: number;
  endChar: number;
  kind: ActorKind;
  /** Normalized text ("u.s.", "sato"). */
  key: string;
  /** Surface text as shown (invisible characters removed). */
  display: string;
  /** The token forms; shared between mentions of the same words, so never modified. */
  words: readonly string[];
  titleFirst?: number;
  /** The name is the first part of a longer word ("Ohio" of "Ohio-based"): nothing around it
   *  describes or quotes it. */
  inWord?: boolean;
}

export interface ActorCluster {
  mentions: MentionSpan[];
  name: MentionSpan;
  kind: ActorKind;
  /** The long form, when the cluster's name was abbreviated as an acronym. */
  expansion?: MentionSpan;
}

/** "LDP", "U.S.", "AT&T": two to seven capitals, with dots, "&" or hyphens between. */
export function isAcronym(form: string): boolean {
  let letters = 0;
  for (const ch of form) {
    if (isLowerChar(ch)) return false;
    if (isUpperChar(ch)) letters++;
    else if (ch !== '.' && ch !== '&' && ch !== '-') return false;
  }
  return letters >= 2 && letters <= 7;
}
