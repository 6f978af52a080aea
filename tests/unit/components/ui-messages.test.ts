// The messages the popup and options page send: shape checks at the receiving end.
import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseContentRequest, parseGlossaryDraft } from '../../../lib/messages/protocol';

describe('content-script requests from the popup', () => {
  it('accepts show-actor with an id and get-page-site', () => {
    expect(parseContentRequest({ type: 'show-actor', actorId: 'person:taro aso' })).toEqual({ type: 'show-actor', actorId: 'person:taro aso' });
    expect(parseContentRequest({ type: 'get-page-site' })).toEqual({ type: 'get-page-site' });
  });

  it('refuses show-actor without a usable id', () => {
    expect(parseContentRequest({ type: 'show-actor' })).toBeNull();
    expect(parseContentRequest({ type: 'show-actor', actorId: 42 })).toBeNull();
    expect(parseContentRequest({ type: 'show-actor', actorId: 'x'.repeat(5000) })).toBeNull();
  });
});

describe('glossary drafts from the options page', () => {
  const draft = { term: 'Taro Aso', aliases: ['Aso'], kind: 'person', note: '', link: 'https://example.org' };

  it('accepts a new entry and an edit', () => {
    expect(parseGlossaryDraft(draft)).toEqual(draft);
    expect(parseGlossaryDraft({ ...draft, id: 'g1' })).toEqual({ ...draft, id: 'g1' });
    expect(parseBackgroundRequest({ type: 'glossary-save', entry: draft })).toEqual({ type: 'glossary-save', entry: draft });
  });

  it('refuses wrong kinds, oversize fields and non-string aliases', () => {
    expect(parseGlossaryDraft({ ...draft, kind: 'animal' })).toBeNull();
    expect(parseGlossaryDraft({ ...draft, term: 'x'.repeat(201) })).toBeNull();
    expect(parseGlossaryDraft({ ...draft, note: 'x'.repeat(2001) })).toBeNull();
    expect(parseGlossaryDraft({ ...draft, aliases: ['ok', 3] })).toBeNull();
    expect(parseGlossaryDraft({ ...draft, aliases: Array.from({ length: 31 }, () => 'a') })).toBeNull();
    expect(parseBackgroundRequest({ type: 'glossary-delete' })).toBeNull();
  });
});
