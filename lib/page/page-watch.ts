// Notices when the page's content changes after load (infinite scroll, "read more", a
// single-page app swapping its view) without reacting to every tick of a busy page: changes
// are debounced, with a ceiling so a page that never stops changing is still re-read.

/** ms of quiet after the last change before the page is read again. */
export const CHANGE_QUIET_MS = 400;
/** ms at most between the first change and a re-read, however busy the page stays. */
export const CHANGE_MAX_WAIT_MS = 2_000;
/** Added text shorter than this (a clock, a counter) is not new reading. */
const MIN_ADDED_CHARS = 20;
/** Attributes that show or hide content ("read more", accordions, tabs). */
const VISIBILITY_ATTRIBUTES = ['hidden', 'open', 'class', 'style', 'aria-hidden', 'aria-expanded'];

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
  now(): number;
}

export interface PageWatchOptions {
  /** Our own nodes (the card's host, fallback marks): their changes are not the page's. */
  isOurs(node: Node): boolean;
  /** Text nodes the current article was read from: their removal or change matters. */
  isArticleText(node: Node): boolean;
  onChange(): void;
  timers: Timers;
}

export interface PageWatch {
  /** Drops pending records (after our own DOM changes). */
  discardPending(): void;
  stop(): void;
}

function meaningfulAddition(node: Node): boolean {
  if (node.nodeType === 3) return ((node as Text).data.trim().length >= MIN_ADDED_CHARS);
  if (node.nodeType !== 1) return false;
  return ((node as Element).textContent ?? '').trim().length >= MIN_ADDED_CHARS;
}

function touchesArticle(node: Node, isArticleText: (node: Node) => boolean): boolean {
  if (node.nodeType === 3) return isArticleText(node);
  if (node.nodeType !== 1) return false;
  const walker = node.ownerDocument!.createTreeWalker(node, 4 /* SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) if (isArticleText(text)) return true;
  return false;
}

/** True when the element's first words are already article text. */
function firstText(element: Element, isArticleText: (node: Node) => boolean): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if ((text as Text).data.trim()) return isArticleText(text);
  }
  return false;
}

export function watchPage(target: Node, options: PageWatchOptions): PageWatch {
  let quietTimer: number | null = null;
  let firstChangeAt: number | null = null;

  const fire = () => {
    if (quietTimer !== null) options.timers.clear(quietTimer);
    quietTimer = null;
    firstChangeAt = null;
    options.onChange();
  };
  const schedule = () => {
    const now = options.timers.now();
    firstChangeAt ??= now;
    if (quietTimer !== null) options.timers.clear(quietTimer);
    const wait = Math.min(CHANGE_QUIET_MS, Math.max(0, firstChangeAt + CHANGE_MAX_WAIT_MS - now));
    quietTimer = options.timers.set(fire, wait);
  };

  const relevant = (records: MutationRecord[]): boolean => {
    for (const record of records) {
      if (options.isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        if (options.isArticleText(record.target)) return true;
        continue;
      }
      if (record.type === 'attributes') {
        // Text shown or hidden: only worth a re-read when there is text to speak of, and for
        // class/style changes only when that text is not already read (most are cosmetic:
        // a hover state, an animation).
        const element = record.target as Element;
        if (element === element.ownerDocument.body || element === element.ownerDocument.documentElement) continue;
        if (!meaningfulAddition(element)) continue;
        const cosmetic = record.attributeName === 'class' || record.attributeName === 'style';
        if (cosmetic && firstText(element, options.isArticleText)) continue;
        return true;
      }
      for (const node of Array.from(record.addedNodes)) if (!options.isOurs(node) && meaningfulAddition(node)) return true;
      for (const node of Array.from(record.removedNodes)) if (!options.isOurs(node) && touchesArticle(node, options.isArticleText)) return true;
    }
    return false;
  };

  // The target's own window's observer (the page's in a browser, the parsed document's in tests).
  const view = ((target.ownerDocument ?? target) as Document).defaultView as (Window & typeof globalThis) | null;
  const Observer = view?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    if (relevant(records)) schedule();
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES });
  return {
    discardPending() {
      observer.takeRecords();
    },
    stop() {
      observer.disconnect();
      if (quietTimer !== null) options.timers.clear(quietTimer);
      quietTimer = null;
    },
  };
}
