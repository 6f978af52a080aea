import { describe, expect, it } from 'vitest';
import { CARD_GAP, VIEWPORT_MARGIN, placeCard } from '../../../lib/card/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };

describe('placeCard', () => {
  it('puts the card below the name when there is room', () => {
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport)).toEqual({ left: 100, top: 120 + CARD_GAP });
  });

  it('flips above the name near the bottom of the viewport', () => {
    const position = placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport);
    expect(position.top).toBe(700 - CARD_GAP - card.height);
  });

  it('shifts left to stay inside the viewport', () => {
    const position = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport);
    expect(position.left).toBe(viewport.width - VIEWPORT_MARGIN - card.width);
  });

  it('stays inside a viewport smaller than the card', () => {
    const position = placeCard({ left: 10, top: 10, width: 40, height: 20 }, { width: 500, height: 500 }, { width: 320, height: 300 });
    expect(position).toEqual({ left: VIEWPORT_MARGIN, top: VIEWPORT_MARGIN });
  });
});
