// The arithmetic of the virtualised list: which rows are on screen (plus a margin), which
// pages of rows they need, and where to scroll so a row is in view. Pure functions.

/** Height of every row (px); the CSS uses the same number through the row's style. */
export const ROW_HEIGHT = 56;
/** Rows drawn above and below the visible ones, so a quick scroll does not show blanks. */
export const OVERSCAN = 8;
/** Rows asked of the background at once (at most MAX_WHO_ROWS). */
export const PAGE_SIZE = 100;
/** Viewport height (px) when it cannot be measured (hidden, or a document without layout). */
export const FALLBACK_VIEWPORT = 600;

export interface RowWindow {
  /** First and last row index drawn (inclusive); last < first when there are no rows. */
  first: number;
  last: number;
}

export function rowWindow(scrollTop: number, viewport: number, total: number, overscan = OVERSCAN): RowWindow {
  if (total <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT));
  const bottom = Math.ceil((scrollTop + viewport) / ROW_HEIGHT) - 1;
  const first = Math.min(total - 1, Math.max(0, top - overscan));
  const last = Math.min(total - 1, Math.max(first, bottom + overscan));
  return { first, last };
}

/** The pages (0-based) that hold rows first…last. */
export function pagesOf(first: number, last: number, pageSize = PAGE_SIZE): number[] {
  if (last < first) return [];
  const pages: number[] = [];
  for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) pages.push(page);
  return pages;
}

/** The scroll position that shows row `index` whole, moving as little as possible. */
export function scrollToReveal(index: number, scrollTop: number, viewport: number): number {
  const top = index * ROW_HEIGHT;
  if (top < scrollTop) return top;
  const bottom = top + ROW_HEIGHT;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}

/** Rows that fit in the viewport (for Page Up / Page Down). */
export const rowsPerViewport = (viewport: number): number => Math.max(1, Math.floor(viewport / ROW_HEIGHT));
