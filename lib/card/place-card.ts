// Where to put the card: beside the name, flipped above it when there is no room below,
// shifted sideways to stay inside the viewport. Pure geometry, in viewport coordinates.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** px between the name and the card. */
export const CARD_GAP = 6;
/** px kept free between the card and the viewport's edge. */
export const VIEWPORT_MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const below = anchor.top + anchor.height + CARD_GAP;
  const above = anchor.top - CARD_GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - VIEWPORT_MARGIN;
  const fitsAbove = above >= VIEWPORT_MARGIN;
  const top = fitsBelow || !fitsAbove ? below : above;
  const maxLeft = Math.max(VIEWPORT_MARGIN, viewport.width - VIEWPORT_MARGIN - card.width);
  const left = Math.min(Math.max(anchor.left, VIEWPORT_MARGIN), maxLeft);
  const maxTop = Math.max(VIEWPORT_MARGIN, viewport.height - VIEWPORT_MARGIN - card.height);
  return { left, top: Math.min(Math.max(top, VIEWPORT_MARGIN), maxTop) };
}
