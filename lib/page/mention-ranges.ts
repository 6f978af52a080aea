// DOM ranges for the engine's mentions, built in slices (a long article has tens of thousands).
import type { Mention } from '../engine/types';
import { rangeFor, type TextMap } from './text-map';
import type { Steps } from './time-slice';

/** Ranges built between two yields. */
const RANGES_PER_STEP = 200;

/** One range per mention (null where the text has gone from the page), in the mentions' order. */
export function* mentionRangeSteps(map: TextMap, mentions: readonly Mention[], document: Document): Steps<Array<Range | null>> {
  const ranges: Array<Range | null> = [];
  for (let i = 0; i < mentions.length; i++) {
    if (i > 0 && i % RANGES_PER_STEP === 0) yield;
    const mention = mentions[i]!;
    ranges.push(rangeFor(map, mention.start, mention.end, document));
  }
  return ranges;
}
