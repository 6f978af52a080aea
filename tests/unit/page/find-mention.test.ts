import { describe, expect, it } from 'vitest';
import { mentionIndexAt } from '../../../lib/page/find-mention';

const mentions = [
  { start: 0, end: 5, actorId: 'a' },
  { start: 10, end: 18, actorId: 'b' },
  { start: 30, end: 33, actorId: 'c' },
];

describe('mentionIndexAt', () => {
  it('finds the mention covering an offset, including the caret just after it', () => {
    expect(mentionIndexAt(mentions, 0)).toBe(0);
    expect(mentionIndexAt(mentions, 5)).toBe(0);
    expect(mentionIndexAt(mentions, 12)).toBe(1);
    expect(mentionIndexAt(mentions, 33)).toBe(2);
  });

  it('returns -1 between and outside mentions', () => {
    expect(mentionIndexAt(mentions, 7)).toBe(-1);
    expect(mentionIndexAt(mentions, 40)).toBe(-1);
    expect(mentionIndexAt([], 3)).toBe(-1);
  });
});
