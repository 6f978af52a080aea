import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../../lib/text/headline';

describe('headlineOf', () => {
  it('drops site and section names after a separator', () => {
    expect(headlineOf('Storm closes the harbor for a week - The Daily Example')).toBe('Storm closes the harbor for a week');
    expect(headlineOf('Storm closes the harbor | Business | Example News')).toBe('Storm closes the harbor');
    expect(headlineOf('Storm closes the harbor — Example')).toBe('Storm closes the harbor');
  });

  it('keeps a title whose head would be too short, and colons and hyphens inside words', () => {
    expect(headlineOf('Obituary - Lena Frost, painter of harbors')).toBe('Obituary - Lena Frost, painter of harbors');
    expect(headlineOf('Tax-free zones: what changes in May')).toBe('Tax-free zones: what changes in May');
    expect(headlineOf('Why the port deal failed - a long look back at a decade of failed plans')).toBe('Why the port deal failed - a long look back at a decade of failed plans');
  });
});
