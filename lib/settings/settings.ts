// Reader settings, kept in the browser's local extension storage and watched live,
// so a change in the popup or options page reaches every open tab without a reload.
import { browser } from 'wxt/browser';
import { ACTOR_KINDS, type ActorKind } from '../engine/types';

export type HighlightStyle = 'subtle' | 'underline' | 'none';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['subtle', 'underline', 'none'];

export interface Settings {
  /** Master switch: Dramatis highlights nothing anywhere when false. */
  enabled: boolean;
  /** Hostnames where the reader switched Dramatis off ("www.example.com"). */
  disabledSites: string[];
  /** ms the pointer rests on a name before its card opens. */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  /** Which kinds of actor are highlighted. */
  kinds: Record<ActorKind, boolean>;
  /** How many articles the dataset keeps before forgetting the least recently seen. */
  maxArticles: number;
}

export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const; // ms
export const MAX_ARTICLES_RANGE = { min: 100, max: 50_000 } as const;
const MAX_DISABLED_SITES = 10_000;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  hoverDelayMs: 350,
  highlightStyle: 'subtle',
  kinds: { person: true, organization: true, place: true, other: true },
  maxArticles: 5_000,
};

const SETTINGS_KEY = 'settings';

function integerIn(value: unknown, range: { min: number; max: number }): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max ? value : null;
}

/** Reads stored settings, keeping only known fields of the right type and range. */
export function parseSettings(value: unknown): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds }, disabledSites: [] };
  if (typeof value !== 'object' || value === null) return settings;
  const stored = value as Record<string, unknown>;
  if (typeof stored.enabled === 'boolean') settings.enabled = stored.enabled;
  if (Array.isArray(stored.disabledSites)) {
    settings.disabledSites = stored.disabledSites.filter((site): site is string => typeof site === 'string' && site.length <= 253).slice(0, MAX_DISABLED_SITES);
  }
  settings.hoverDelayMs = integerIn(stored.hoverDelayMs, HOVER_DELAY_RANGE) ?? settings.hoverDelayMs;
  settings.maxArticles = integerIn(stored.maxArticles, MAX_ARTICLES_RANGE) ?? settings.maxArticles;
  if (HIGHLIGHT_STYLES.includes(stored.highlightStyle as HighlightStyle)) settings.highlightStyle = stored.highlightStyle as HighlightStyle;
  if (typeof stored.kinds === 'object' && stored.kinds !== null) {
    for (const kind of ACTOR_KINDS) {
      const shown = (stored.kinds as Record<string, unknown>)[kind];
      if (typeof shown === 'boolean') settings.kinds[kind] = shown;
    }
  }
  return settings;
}

/** True when Dramatis should run on a page of this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
