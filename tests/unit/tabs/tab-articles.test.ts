import { describe, expect, it } from 'vitest';
import { RECORD_BURST, RECORD_REFILL_MS, TabArticles } from '../../../lib/tabs/tab-articles';

const article = (url: string, actorIds: string[]) => ({ url, textHash: 'h', actorIds: new Set(actorIds), incognito: false, stored: true });

describe('what each tab is reading', () => {
  it('answers a tab only about actors of its own current article', () => {
    const tabs = new TabArticles();
    tabs.setCurrent(1, article('https://a.example/1', ['person:ann lee']));
    tabs.setCurrent(2, article('https://b.example/2', ['person:bo chan']));
    expect(tabs.owns(1, 'person:ann lee', 'https://a.example/1')).toBe(true);
    expect(tabs.owns(1, 'person:bo chan', 'https://a.example/1')).toBe(false);
    expect(tabs.owns(1, 'person:ann lee', 'https://b.example/2')).toBe(false);
    expect(tabs.owns(3, 'person:ann lee', 'https://a.example/1')).toBe(false);
    tabs.forget(1);
    expect(tabs.owns(1, 'person:ann lee', 'https://a.example/1')).toBe(false);
  });

  it('lets a tab create records at a bounded rate: a burst, then one per refill period', () => {
    let now = 0;
    const tabs = new TabArticles(() => now);
    const granted = Array.from({ length: 25 }, () => tabs.takeRecordAllowance(7)).filter(Boolean).length;
    expect(granted).toBe(RECORD_BURST);
    now += RECORD_REFILL_MS;
    expect(tabs.takeRecordAllowance(7)).toBe(true);
    expect(tabs.takeRecordAllowance(7)).toBe(false);
    // Another tab has its own allowance.
    expect(tabs.takeRecordAllowance(8)).toBe(true);
    now += 100 * RECORD_REFILL_MS;
    expect(Array.from({ length: 10 }, () => tabs.takeRecordAllowance(7)).filter(Boolean).length).toBe(RECORD_BURST);
  });
});
