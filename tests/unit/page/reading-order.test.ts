import { describe, expect, it } from 'vitest';
import { stepThrough } from '../../../lib/page/reading-order';

describe('stepThrough', () => {
  const shown = [2, 5, 9];

  it('starts at the first name in view going forward, the one before it going back', () => {
    expect(stepThrough(shown, null, 'next', 4)).toBe(5);
    expect(stepThrough(shown, null, 'previous', 4)).toBe(2);
  });

  it('steps from the current name and wraps round at both ends', () => {
    expect(stepThrough(shown, 5, 'next', 0)).toBe(9);
    expect(stepThrough(shown, 9, 'next', 0)).toBe(2);
    expect(stepThrough(shown, 2, 'previous', 0)).toBe(9);
    expect(stepThrough(shown, 9, 'previous', 0)).toBe(5);
  });

  it('skips names hidden by the kinds filter (the current one may be one of them)', () => {
    expect(stepThrough(shown, 6, 'next', 0)).toBe(9);
    expect(stepThrough(shown, 6, 'previous', 0)).toBe(5);
  });

  it('has nothing to step to on a page without names', () => {
    expect(stepThrough([], null, 'next', 0)).toBe(-1);
  });
});
