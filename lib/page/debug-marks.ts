// Performance marks for `npm run bench:page` (content script start, article extracted, answer
// received, highlights shown). Page scripts can read performance marks, so they are set only in
// development builds (`wxt build --mode development`, which bench:page makes); a release build
// leaves nothing in the page's performance timeline.
export const MARK_START = 'dramatis:start';
export const MARK_EXTRACTED = 'dramatis:extracted';
export const MARK_ANSWERED = 'dramatis:answered';
export const MARK_HIGHLIGHTED = 'dramatis:highlighted';

const ENABLED = import.meta.env.MODE === 'development';

export function debugMark(name: string, detail?: Record<string, unknown>): void {
  if (ENABLED) performance.mark(name, detail ? { detail } : undefined);
}
