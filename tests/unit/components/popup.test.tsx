import { beforeEach, describe, expect, it } from 'vitest';
import { Popup, type PopupProps } from '../../../components/Popup';
import type { ArticleDataset } from '../../../lib/engine/types';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { useRealMessages } from './real-messages';
import { renderToDocument } from './render';

beforeEach(useRealMessages);

const dataset: ArticleDataset = {
  url: 'https://news.example/a',
  title: 'A',
  lang: 'en',
  textHash: 'h',
  analyzedAt: 1,
  mentions: [],
  actors: [
    {
      id: 'person:taro aso',
      name: 'Taro Aso',
      kind: 'person',
      aliases: ['Aso'],
      descriptors: [{ text: 'Deputy Prime Minister', start: 0, end: 21 }],
      quotes: [],
      mentions: 3,
    },
  ],
};

function props(change: Partial<PopupProps>): PopupProps {
  return {
    settings: DEFAULT_SETTINGS,
    cast: { state: 'ready', dataset },
    site: 'news.example',
    firstRun: false,
    onToggleEnabled: () => {},
    onToggleSite: () => {},
    onShowActor: async () => true,
    search: async () => ({ ok: true, results: [] }),
    onOpenOptions: () => {},
    onDismissWelcome: () => {},
    onForgetSite: async () => ({ ok: true, removed: { articles: 1, actors: 2, appearances: 2 } }),
    ...change,
  };
}

/** linkedom has no `checked` property: Preact then sets the attribute. */
const isChecked = (input: Element | undefined) => input !== undefined && ((input as HTMLInputElement).checked ?? input.hasAttribute('checked')) === true;

const textOf = (change: Partial<PopupProps>) => renderToDocument(<Popup {...props(change)} />).body.textContent ?? '';

describe('Popup', () => {
  it('lists the cast with each name as a button carrying descriptor and count', () => {
    const document = renderToDocument(<Popup {...props({})} />);
    const button = document.querySelector('button.cast-button')!;
    expect(button.textContent).toContain('Taro Aso');
    expect(button.textContent).toContain('Deputy Prime Minister');
    expect(button.textContent).toContain('3 mentions');
    expect(document.querySelector('h2#cast-person')?.textContent).toContain('People');
  });

  it('has a switch for the site, on unless the site is disabled', () => {
    const on = renderToDocument(<Popup {...props({})} />);
    const switches = [...on.querySelectorAll('input[role="switch"]')] as HTMLInputElement[];
    expect(switches).toHaveLength(2);
    expect(isChecked(switches[1])).toBe(true);
    expect(switches[1]!.closest('label')?.textContent).toBe('Dramatis on news.example');
    const off = renderToDocument(<Popup {...props({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, cast: { state: 'disabled' } })} />);
    expect(isChecked([...off.querySelectorAll('input[role="switch"]')][1])).toBe(false);
    expect(off.body.textContent).toContain('Dramatis is switched off on news.example.');
  });

  it('explains each special state', () => {
    expect(textOf({ cast: null, site: null })).toContain('Dramatis cannot read this page');
    expect(textOf({ cast: { state: 'no-article' } })).toContain('No article found on this page.');
    expect(textOf({ cast: { state: 'working' } })).toContain('Reading the page…');
    expect(textOf({ settings: { ...DEFAULT_SETTINGS, enabled: false } })).toContain('Dramatis is switched off.');
    expect(textOf({ cast: { state: 'ready', dataset: { ...dataset, actors: [] } } })).toContain('No names found in this article.');
    expect(textOf({ firstRun: true })).toContain('Welcome to Dramatis');
    expect(textOf({ firstRun: false })).not.toContain('Welcome to Dramatis');
  });

  it('leaves out the kinds the reader chose not to show', () => {
    const withPlace = { ...dataset, actors: [...dataset.actors, { ...dataset.actors[0]!, id: 'place:tokyo', name: 'Tokyo', kind: 'place' as const }] };
    const kinds = { ...DEFAULT_SETTINGS.kinds, place: false };
    const document = renderToDocument(<Popup {...props({ settings: { ...DEFAULT_SETTINGS, kinds }, cast: { state: 'ready', dataset: withPlace } })} />);
    expect([...document.querySelectorAll('.cast-name')].map((name) => name.textContent)).toEqual(['Taro Aso']);
    const none = { ...DEFAULT_SETTINGS, kinds: { ...kinds, person: false } };
    expect(textOf({ settings: none, cast: { state: 'ready', dataset: withPlace } })).toContain('No names found in this article.');
  });

  it('shows names and descriptors from the page as text, never as markup', () => {
    const hostile = {
      ...dataset,
      actors: [{ ...dataset.actors[0]!, name: '<img src=x onerror="alert(1)">', descriptors: [{ text: '<b>bold</b>', start: 0, end: 11 }] }],
    };
    const document = renderToDocument(<Popup {...props({ cast: { state: 'ready', dataset: hostile } })} />);
    expect(document.querySelector('img, b')).toBeNull();
    expect(document.querySelector('.cast-name')?.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it('opens Who’s who from the footer, beside the options', () => {
    let opened = 0;
    const document = renderToDocument(<Popup {...props({ onOpenWho: () => opened++ })} />);
    const buttons = [...document.querySelectorAll('.popup-footer button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['Glossary and settings', 'Who’s who']);
    buttons[1]!.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event('click'));
    expect(opened).toBe(1);
  });

  it('hides the site switch where Dramatis cannot run or is off everywhere', () => {
    expect(renderToDocument(<Popup {...props({ cast: null, site: null })} />).querySelectorAll('input[role="switch"]')).toHaveLength(1);
    const off = renderToDocument(<Popup {...props({ settings: { ...DEFAULT_SETTINGS, enabled: false } })} />);
    expect(off.querySelectorAll('input[role="switch"]')).toHaveLength(1);
  });
});
