// Reader settings, kept in the browser's local extension storage and watched live,
// so a change in the popup reaches every open tab without a reload.
import { browser } from 'wxt/browser';

export interface Settings {
  /** Master switch: Dramatis highlights nothing anywhere when false. */
  enabled: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true };

const SETTINGS_KEY = 'settings';

/** Reads stored settings, keeping only known fields of the right type. */
export function parseSettings(value: unknown): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  if (typeof value === 'object' && value !== null) {
    const { enabled } = value as Record<string, unknown>;
    if (typeof enabled === 'boolean') settings.enabled = enabled;
  }
  return settings;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
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
