// A tab's article, analyzed for that tab: looked up or analyzed and stored, and remembered as the
// tab's current article (what it may ask about). Private windows store nothing; the same story
// under a new URL in the same tab is still that article; a tab past its record allowance is
// analyzed but not stored.
import { buildDataset, textHash } from '../engine';
import type { ArticleDataset } from '../engine/types';
import type { ArticleText } from '../engine/types';
import type { DramatisDatabase } from '../store/db';
import { findDataset, saveDataset } from '../store/datasets';
import { withoutQuery } from './article-identity';
import type { TabArticles } from './tab-articles';

export interface SenderTab {
  id: number;
  incognito: boolean;
}

export interface AnalyzeForTabOptions {
  db: DramatisDatabase;
  tabs: TabArticles;
  /** Adds the reader's glossary to a dataset (lib/glossary). */
  mergeGlossary(dataset: ArticleDataset, article: ArticleText): Promise<ArticleDataset>;
  /** Leaves out the names the reader hid (lib/store/hidden-names.ts); `text` is what the offsets point into. */
  dropHidden?(dataset: ArticleDataset, text: string): Promise<ArticleDataset>;
  /** Runs after a new article was stored (housekeeping: journal, later linking, retention), not awaited. */
  afterSave?(stored: ArticleDataset): void;
}

/** The dataset for the tab (null: the URL is not an http(s) page). */
export async function analyzeForTab(article: ArticleText, tab: SenderTab, options: AnalyzeForTabOptions): Promise<ArticleDataset | null> {
  const { db, tabs } = options;
  const url = withoutQuery(article.url);
  if (url === null) return null;
  const request = { ...article, url };
  const hash = textHash(request.text);
  const previous = tabs.current(tab.id);
  // The tab may ask about every actor it is shown, the reader's glossary entries among them.
  const answer = async (dataset: ArticleDataset, stored: boolean) => {
    const shown = options.dropHidden ? await options.dropHidden(dataset, request.text) : dataset;
    const merged = await options.mergeGlossary(shown, request);
    tabs.setCurrent(tab.id, { url: merged.url, textHash: hash, actorIds: new Set(merged.actors.map((actor) => actor.id)), incognito: tab.incognito, stored });
    return merged;
  };

  // Private windows: analyzed for the page, never stored.
  if (tab.incognito) return answer(buildDataset(request), false);
  // The same story under a new URL in the same tab (a page rewriting its URL): still that article.
  const sameStory = previous && previous.textHash === hash && previous.url !== url ? previous.url : null;
  const stored = await findDataset(db, sameStory ?? url, hash);
  if (stored) return answer(stored, true);
  if (sameStory || !tabs.takeRecordAllowance(tab.id)) return answer(buildDataset({ ...request, url: sameStory ?? url }), false);
  // Stored as linked to actors of earlier articles (ids may change: "Aso" → person:taro aso).
  const dataset = await saveDataset(db, buildDataset(request));
  options.afterSave?.(dataset);
  return answer(dataset, true);
}
