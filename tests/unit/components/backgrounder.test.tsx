// What the card shows, rendered into a document: text only, quotes capped, extras and the
// reader's glossary note when present, unsafe links never made clickable.
import { beforeEach, describe, expect, it } from 'vitest';
import { Backgrounder, QUOTES_SHOWN, type BackgrounderProps } from '../../../components/Backgrounder';
import { useRealMessages } from './real-messages';
import { renderToDocument } from './render';

beforeEach(useRealMessages);

function props(change: Partial<BackgrounderProps> = {}): BackgrounderProps {
  return {
    name: 'Masahisa Sato',
    kind: 'person',
    aliases: ['Sato'],
    descriptors: [{ text: 'chair of the <b>committee</b>', start: 10, end: 40 }],
    quotes: [
      { text: '“We will keep talking,”', start: 50, end: 70 },
      { text: '“Second quote,”', start: 80, end: 95 },
      { text: '“Third quote,”', start: 100, end: 115 },
    ],
    firstSentence: 'Sato met Aso.',
    mentions: 4,
    extras: null,
    onJump: () => undefined,
    onClose: () => undefined,
    ...change,
  };
}

describe('Backgrounder', () => {
  it('is a non-modal dialog named by the actor heading', () => {
    const card = renderToDocument(<Backgrounder {...props()} />).querySelector('[role="dialog"]')!;
    expect(card.getAttribute('aria-modal')).toBe('false');
    const heading = card.querySelector(`#${card.getAttribute('aria-labelledby')}`)!;
    expect(heading.textContent).toBe('Masahisa Sato');
  });

  it('renders page text as text, never as markup', () => {
    const document = renderToDocument(<Backgrounder {...props()} />);
    expect(document.querySelector('b')).toBeNull();
    expect(document.body.textContent).toContain('chair of the <b>committee</b>');
  });

  it('shows at most two quotes, aliases, kind and mention count, with a jump button per descriptor', () => {
    const document = renderToDocument(<Backgrounder {...props({ expansion: 'Sato Masahisa Office' })} />);
    expect(document.querySelectorAll('.card-quote').length).toBe(QUOTES_SHOWN);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Sato Masahisa Office, Sato');
    expect(text).toContain('Person');
    expect(text).toContain('Mentioned 4 times');
    expect(document.querySelectorAll('.card-jump').length).toBe(1);
  });

  it('names the actor as the reader’s memory knows them first among the other names, once', () => {
    const card = (knownAs: string) =>
      renderToDocument(<Backgrounder {...props({ name: 'D. Sato', aliases: [], extras: { earlier: [], earlierCount: 0, knownAs } })} />).querySelector('.card-aliases')?.textContent ?? '';
    expect(card('Masahisa Sato')).toContain('Masahisa Sato');
    expect(card('d. sato')).toBe('');
  });

  it('shows earlier articles and the reader’s glossary note; unsafe links stay plain text', () => {
    const document = renderToDocument(
      <Backgrounder
        {...props({
          extras: {
            earlier: [{ url: 'https://news.example/old', title: 'Old story', analyzedAt: 1, name: 'Sato', descriptors: [{ text: 'a lawmaker', start: 0, end: 10 }] }],
            earlierCount: 3,
            glossary: { note: 'My note on Sato', link: 'javascript:alert(1)' },
          },
        })}
      />,
    );
    const text = document.body.textContent ?? '';
    expect(text).toContain('In earlier articles');
    expect(text).toContain('Old story');
    expect(text).toContain('a lawmaker');
    expect(text).toContain('and 2 more');
    expect(text).toContain('My note on Sato');
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://news.example/old']);
  });
});

describe('Backgrounder footer', () => {
  const extras = { earlier: [], earlierCount: 4 };

  it('offers all the articles in Who’s who and hiding the name, calling back', () => {
    const calls: string[] = [];
    const document = renderToDocument(<Backgrounder {...props({ extras, onOpenWho: () => calls.push('who'), onHide: () => calls.push('hide') })} />);
    const buttons = [...document.querySelectorAll('.card-footer button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['All 5 articles', 'Hide this name']);
    for (const button of buttons) button.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event('click'));
    expect(calls).toEqual(['who', 'hide']);
  });

  it('says “Open in Who’s who” without earlier articles, and before the memory arrives', () => {
    const first = renderToDocument(<Backgrounder {...props({ extras: { earlier: [], earlierCount: 0 }, onOpenWho: () => undefined })} />);
    expect(first.querySelector('.card-footer')?.textContent).toBe('Open in Who’s who');
    const waiting = renderToDocument(<Backgrounder {...props({ extras: null, onOpenWho: () => undefined, onHide: () => undefined })} />);
    expect([...waiting.querySelectorAll('.card-footer button')].map((button) => button.textContent)).toEqual(['Open in Who’s who', 'Hide this name']);
    expect(renderToDocument(<Backgrounder {...props()} />).querySelector('.card-footer')).toBeNull();
  });
});
