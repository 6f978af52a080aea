// Which mention covers an offset of the article string. Mentions are sorted by start.
import type { Mention } from '../engine/types';

/** Index of the mention with start <= offset <= end (a caret can sit just after the last letter). */
export function mentionIndexAt(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found >= 0 && offset <= mentions[found]!.end ? found : -1;
}
