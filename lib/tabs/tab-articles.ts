// What each tab is reading, as the background knows it: the article its content script last
// had analyzed and the actors in it. The background answers a tab only about these actors, and
// keeps a tab from flooding the reader's memory with new article records (a page that rewrites
// its URL in a loop): each tab may create records at a bounded rate; beyond it, pages are still
// analyzed and highlighted, but not stored.

/** New article records one tab may create in a burst… */
export const RECORD_BURST = 4;
/** …and then one more per this many ms (a reader opens a new article far less often). */
export const RECORD_REFILL_MS = 30_000;

export interface TabArticle {
  /** The article's identity (lib/tabs/article-identity.ts). */
  url: string;
  textHash: string;
  actorIds: ReadonlySet<string>;
  /** A private window: nothing is stored, nothing remembered is shown. */
  incognito: boolean;
  /** Whether the article is stored (false for private windows and throttled tabs). */
  stored: boolean;
}

interface TabState {
  article: TabArticle | null;
  /** Records this tab may still create now (a token bucket). */
  allowance: number;
  refilledAt: number;
}

export class TabArticles {
  private readonly tabs = new Map<number, TabState>();

  constructor(private readonly now: () => number = Date.now) {}

  private state(tabId: number): TabState {
    let state = this.tabs.get(tabId);
    if (!state) {
      state = { article: null, allowance: RECORD_BURST, refilledAt: this.now() };
      this.tabs.set(tabId, state);
    }
    return state;
  }

  /** The article the tab is reading, if it had one analyzed. */
  current(tabId: number): TabArticle | null {
    return this.tabs.get(tabId)?.article ?? null;
  }

  setCurrent(tabId: number, article: TabArticle): void {
    this.state(tabId).article = article;
  }

  /** True when `actorId` is in the article the tab is reading, at `url`. */
  owns(tabId: number, actorId: string, url: string): boolean {
    const article = this.current(tabId);
    return article !== null && article.url === url && article.actorIds.has(actorId);
  }

  /** Takes one new-record allowance from the tab; false when it has used its share for now. */
  takeRecordAllowance(tabId: number): boolean {
    const state = this.state(tabId);
    const now = this.now();
    const refills = Math.floor((now - state.refilledAt) / RECORD_REFILL_MS);
    if (refills > 0) {
      state.allowance = Math.min(RECORD_BURST, state.allowance + refills);
      state.refilledAt += refills * RECORD_REFILL_MS;
    }
    if (state.allowance <= 0) return false;
    state.allowance--;
    return true;
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
