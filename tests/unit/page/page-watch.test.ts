// Which page changes make the overlay read the page again, and when (linkedom's
// MutationObserver, a hand-driven clock).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CHANGE_MAX_WAIT_MS, CHANGE_QUIET_MS, watchPage } from '../../../lib/page/page-watch';

function setUp() {
  const { document } = parseHTML(`<html><body><article><p id="read">Masahisa Sato met Lo Chih-cheng in Tokyo on Friday.</p>
    <div id="more" hidden><p>Jacinda Ardern said in Wellington that the region needed calm.</p></div></article>
    <div id="clock">10:01</div><dramatis-overlay id="ours"></dramatis-overlay></body></html>`) as unknown as { document: Document };
  let now = 0;
  let timers: Array<{ id: number; at: number; callback: () => void }> = [];
  let nextId = 1;
  const articleText = new Set<Node>([document.getElementById('read')!.firstChild!]);
  let changes = 0;
  const watch = watchPage(document, {
    isOurs: (node) => (node as Element).id === 'ours' || node.parentElement?.id === 'ours',
    isArticleText: (node) => articleText.has(node),
    onChange: () => changes++,
    timers: {
      set: (callback, ms) => {
        timers.push({ id: nextId, at: now + ms, callback });
        return nextId++;
      },
      clear: (id) => {
        timers = timers.filter((timer) => timer.id !== id);
      },
      now: () => now,
    },
  });
  /** Lets the observer deliver its records, then moves the clock on, firing due timers. */
  const advance = async (ms: number) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers = timers.filter((t) => t !== timer);
      timer.callback();
    }
  };
  return { document, watch, advance, changes: () => changes };
}

describe('watchPage', () => {
  it('reads again after a quiet spell once paragraphs arrive, not before', async () => {
    const { document, advance, changes } = setUp();
    const p = document.createElement('p');
    p.textContent = 'Olaf Scholz arrived in Hamburg, where he met Angela Merkel to discuss the budget.';
    document.querySelector('article')!.append(p);
    await advance(CHANGE_QUIET_MS - 1);
    expect(changes()).toBe(0);
    await advance(1);
    expect(changes()).toBe(1);
  });

  it('ignores a ticking clock, our own host, and cosmetic class changes on text already read', async () => {
    const { document, advance, changes } = setUp();
    document.getElementById('clock')!.textContent = '10:02';
    document.getElementById('ours')!.append(document.createElement('div'));
    document.getElementById('ours')!.textContent = 'A card with plenty of text in it, which is ours.';
    document.getElementById('read')!.setAttribute('class', 'hovered');
    await advance(CHANGE_MAX_WAIT_MS);
    expect(changes()).toBe(0);
  });

  it('reads again when unread text is shown ("read more")', async () => {
    const { document, advance, changes } = setUp();
    document.getElementById('more')!.removeAttribute('hidden');
    await advance(CHANGE_QUIET_MS);
    expect(changes()).toBe(1);
  });

  it('reads again when article text is removed', async () => {
    const { document, advance, changes } = setUp();
    document.getElementById('read')!.remove();
    await advance(CHANGE_QUIET_MS);
    expect(changes()).toBe(1);
  });

  it('does not wait for ever on a page that never stops changing', async () => {
    const { document, advance, changes } = setUp();
    const article = document.querySelector('article')!;
    for (let elapsed = 0; elapsed < CHANGE_MAX_WAIT_MS; elapsed += CHANGE_QUIET_MS / 2) {
      const p = document.createElement('p');
      p.textContent = `Update ${elapsed}: officials in Brussels said more talks would follow soon.`;
      article.append(p);
      await advance(CHANGE_QUIET_MS / 2);
    }
    await advance(0);
    expect(changes()).toBe(1);
  });

  it('drops records of our own changes when asked, and stops', async () => {
    const { document, watch, advance, changes } = setUp();
    const p = document.createElement('p');
    p.textContent = 'A paragraph we added ourselves, long enough to count as reading.';
    document.querySelector('article')!.append(p);
    watch.discardPending();
    await advance(CHANGE_MAX_WAIT_MS);
    expect(changes()).toBe(0);
    watch.stop();
    document.querySelector('article')!.append(p.cloneNode(true));
    await advance(CHANGE_MAX_WAIT_MS);
    expect(changes()).toBe(0);
  });
});
