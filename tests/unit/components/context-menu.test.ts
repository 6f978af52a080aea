import { describe, expect, it } from 'vitest';
import { glossaryFormUrl } from '../../../lib/context-menu';

describe('glossaryFormUrl', () => {
  it('opens the options page with the selection as the term, tidied and encoded', () => {
    const url = new URL(glossaryFormUrl('  Masahisa\n  Sato & co ?#'));
    expect(url.pathname).toBe('/options.html');
    expect(url.hash).toBe('#glossary');
    expect(url.searchParams.get('term')).toBe('Masahisa Sato & co ?#');
  });

  it('cuts a long selection to the longest term an entry may have', () => {
    const url = new URL(glossaryFormUrl('x'.repeat(5000)));
    expect(url.searchParams.get('term')).toHaveLength(200);
  });
});
