import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, loadSettings, parseSettings, updateSettings, watchSettings } from '../../../lib/settings/settings';

describe('settings', () => {
  it('falls back to defaults for missing or malformed values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const parsed = parseSettings({ enabled: 'yes', hoverDelayMs: 5, maxArticles: 2.5, highlightStyle: 'neon', kinds: { person: 'no' }, disabledSites: [1, 'a.example'] });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] });
  });

  it('keeps valid values', () => {
    const parsed = parseSettings({ enabled: false, hoverDelayMs: 600, highlightStyle: 'underline', kinds: { place: false }, maxArticles: 200 });
    expect(parsed.enabled).toBe(false);
    expect(parsed.hoverDelayMs).toBe(600);
    expect(parsed.highlightStyle).toBe('underline');
    expect(parsed.kinds).toEqual({ person: true, organization: true, place: false, other: true });
    expect(parsed.maxArticles).toBe(200);
  });

  it('is active only when on globally and not switched off for the site', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    expect(isActiveOn(settings, 'other.example')).toBe(true);
    expect(isActiveOn(settings, 'news.example')).toBe(false);
    expect(isActiveOn({ ...settings, enabled: false }, 'other.example')).toBe(false);
  });

  it('stores updates and tells watchers', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.enabled));
    await updateSettings({ enabled: false });
    expect((await loadSettings()).enabled).toBe(false);
    expect(seen).toEqual([false]);
    unwatch();
  });
});
