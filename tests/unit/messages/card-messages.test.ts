// The card frame's new messages for Who's who: the actor's id on the view, and "hide this name".
import { describe, expect, it } from 'vitest';
import { parseCardEvent, parseCardFrameEvent, parseCardView } from '../../../lib/messages/card-messages';

const view = { name: 'Taro Aso', kind: 'person', aliases: [], descriptors: [], quotes: [], firstSentence: 'Aso spoke.', mentions: 2 };

describe('card view actor id', () => {
  it('keeps an actor id when there is one, and is valid without', () => {
    expect(parseCardView({ ...view, actorId: 'person:taro aso' })?.actorId).toBe('person:taro aso');
    expect(parseCardView(view)).not.toBeNull();
    expect(parseCardView(view)).not.toHaveProperty('actorId');
  });

  it('refuses an id that is not a short string', () => {
    expect(parseCardView({ ...view, actorId: 42 })).toBeNull();
    expect(parseCardView({ ...view, actorId: '' })).toBeNull();
    expect(parseCardView({ ...view, actorId: 'x'.repeat(5000) })).toBeNull();
  });
});

describe('hide-name event', () => {
  it('is a card frame event, relayed as such', () => {
    expect(parseCardFrameEvent({ type: 'hide-name' })).toEqual({ type: 'hide-name' });
    expect(parseCardFrameEvent({ type: 'hide-name', name: 'ignored' })).toEqual({ type: 'hide-name' });
    expect(parseCardEvent({ type: 'card-event', event: { type: 'hide-name' } })).toEqual({ type: 'card-event', event: { type: 'hide-name' } });
  });
});
