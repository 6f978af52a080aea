// Stepping through the names of a page from the keyboard, in reading order.

export type Direction = 'next' | 'previous';

/**
 * The next (or previous) of `shown` (mention indexes in reading order) after `current`; from
 * `start` (the first name at or after the top of the viewport) when nothing is current.
 * Wraps around at either end. -1 when there is nothing to step to.
 */
export function stepThrough(shown: readonly number[], current: number | null, direction: Direction, start: number): number {
  if (shown.length === 0) return -1;
  if (current === null) {
    if (direction === 'next') return shown.find((index) => index >= start) ?? shown[0]!;
    const before = shown.filter((index) => index < start);
    return before.length > 0 ? before[before.length - 1]! : shown[shown.length - 1]!;
  }
  if (direction === 'next') return shown.find((index) => index > current) ?? shown[0]!;
  for (let i = shown.length - 1; i >= 0; i--) if (shown[i]! < current) return shown[i]!;
  return shown[shown.length - 1]!;
}
