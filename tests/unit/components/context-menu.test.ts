import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ADD_TO_GLOSSARY_MENU_ID, glossaryFormUrl, onMenuClicked } from '../../../lib/commands/context-menu';

describe('glossaryFormUrl', () => {
  it('opens the options page with the selection as the term, tidied and encoded', () => {
    const url = new URL(glossaryFormUrl('  Masahisa\n  Sato & co ?#'));
    expect(url.pathname).toBe('/options.html');
    expect(url.hash).toBe('#glossary');
    expect(url.searchParams.get('term')).toBe('Masahisa Sato & co ?#');
  });

  it('cuts a long selection to the longest term an entry may have', () => {
    const url = new URL(glossaryFormUrl('x'.repeat(5000)));
    expect(url.searchParams.get('term')).toHaveLength(200);
  });
});

describe('onMenuClicked', () => {
  it('opens one tab with the glossary form for the selection', async () => {
    await onMenuClicked({ menuItemId: ADD_TO_GLOSSARY_MENU_ID, selectionText: 'Lai Ching-te' });
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.map((tab) => tab.url).filter((url) => url?.includes('options.html'));
    expect(opened).toHaveLength(1);
    expect(new URL(opened[0]!).searchParams.get('term')).toBe('Lai Ching-te');
  });

  it('ignores other menu items and empty selections', async () => {
    await onMenuClicked({ menuItemId: 'something-else', selectionText: 'Lai Ching-te' });
    await onMenuClicked({ menuItemId: ADD_TO_GLOSSARY_MENU_ID, selectionText: '   ' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.filter((tab) => tab.url?.includes('options.html'))).toHaveLength(0);
  });
});
