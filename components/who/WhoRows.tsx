// The virtualised list of everyone: rows have one height, only the rows on screen (and a few
// around them) are in the document, and a spacer as tall as all of them gives the scroll bar
// its true size. One row is in the tab order at a time (roving focus): the arrow keys, Page
// Up/Down, Home and End move between rows and scroll the ones not drawn into view.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/locale/i18n';
import type { WhoListRow } from '../../lib/store/who-types';
import { FALLBACK_VIEWPORT, ROW_HEIGHT, rowWindow, rowsPerViewport, scrollToReveal } from './list-window';
import { WhoRowText } from './WhoRowText';
import { actorHash } from './who-route';

export interface WhoRowsProps {
  total: number;
  /** False while `total` is a lower bound: screen readers are told the size is unknown. */
  exact: boolean;
  rowAt: (index: number) => WhoListRow | undefined;
  /** Rows first…last are drawn: make sure they are (being) fetched. */
  need: (first: number, last: number) => void;
  /** Changes when the fetched pages were dropped: ask again for the rows on screen. */
  generation: number;
  /** Changes when the filters change: back to the top. */
  resetKey: string;
  /** False while an actor's page is shown over the list (it stays mounted, scroll and all). */
  shown: boolean;
  locale: string;
  /** Coming back, the row that was opened is gone: the caller puts focus somewhere useful. */
  onRowGone?: () => void;
}

const rowSelector = (index: number) => `[data-index="${index}"]`;

export function WhoRows(props: WhoRowsProps) {
  const { total } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const scrollTop = useRef(0);
  const height = useRef(FALLBACK_VIEWPORT);
  const active = useRef(0);
  /** A row to focus once it is drawn (after a key moved to it). */
  const focusNext = useRef<number | null>(null);
  /** A scroll position to give the viewport after the next draw. */
  const scrollNext = useRef<number | null>(null);
  /** The row the reader opened, to return to. */
  const opened = useRef<{ index: number; id: string } | null>(null);
  const resetKey = useRef(props.resetKey);
  const wasShown = useRef(props.shown);
  const [, redraw] = useState(0);
  const again = () => redraw((n) => n + 1);

  if (resetKey.current !== props.resetKey) {
    resetKey.current = props.resetKey;
    scrollTop.current = 0;
    scrollNext.current = 0;
    active.current = 0;
    opened.current = null;
  }
  if (active.current > total - 1) active.current = Math.max(0, total - 1);

  const { first, last } = rowWindow(scrollTop.current, height.current, total);
  // The row in the tab order: the active one while it is drawn, else the first one in view.
  const inView = Math.min(last, Math.max(first, Math.ceil(scrollTop.current / ROW_HEIGHT)));
  const tabbable = active.current >= first && active.current <= last ? active.current : inView;

  const measure = () => {
    const measured = viewport.current?.clientHeight ?? 0;
    const next = measured > 0 ? measured : FALLBACK_VIEWPORT;
    if (next !== height.current) {
      height.current = next;
      again();
    }
  };

  useLayoutEffect(() => {
    measure();
    const element = viewport.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // After every draw: scroll where a key or a reset asked, then focus the row a key moved to.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    if (scrollNext.current !== null) {
      element.scrollTop = scrollNext.current;
      scrollNext.current = null;
    }
    if (focusNext.current !== null) {
      const row = element.querySelector<HTMLElement>(rowSelector(focusNext.current));
      if (row) {
        focusNext.current = null;
        row.focus({ preventScroll: true });
      }
    }
  });

  // Back from an actor's page: the same scroll position, and focus on the row that was opened.
  useLayoutEffect(() => {
    const comingBack = props.shown && !wasShown.current;
    wasShown.current = props.shown;
    if (!comingBack) return;
    const element = viewport.current;
    if (!element) return;
    element.scrollTop = scrollTop.current;
    measure();
    const target = opened.current;
    if (!target) return;
    const row = element.querySelector<HTMLElement>(rowSelector(target.index));
    if (row && row.getAttribute('data-id') === target.id) row.focus({ preventScroll: true });
    else props.onRowGone?.();
  }, [props.shown]);

  useEffect(() => {
    props.need(first, last);
  }, [first, last, props.generation]);

  const onScroll = (event: Event) => {
    const top = (event.currentTarget as HTMLElement).scrollTop;
    const before = Math.floor(scrollTop.current / ROW_HEIGHT);
    scrollTop.current = top;
    if (Math.floor(top / ROW_HEIGHT) !== before) again();
  };

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(total - 1, index));
    active.current = target;
    const top = scrollToReveal(target, scrollTop.current, height.current);
    if (top !== scrollTop.current) {
      scrollTop.current = top;
      scrollNext.current = top;
    }
    focusNext.current = target;
    again();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const page = rowsPerViewport(height.current);
    const moves: Record<string, number> = {
      ArrowDown: active.current + 1,
      ArrowUp: active.current - 1,
      PageDown: active.current + page,
      PageUp: active.current - page,
      Home: 0,
      End: total - 1,
    };
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(next);
  };

  const rows = [];
  for (let index = first; index <= last; index++) {
    const row = props.rowAt(index);
    rows.push(
      <div key={index} role="listitem" aria-setsize={props.exact ? total : -1} aria-posinset={index + 1} class="who-item" style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}>
        <a
          class="who-row"
          data-index={index}
          data-id={row?.id}
          href={row ? actorHash(row.id) : undefined}
          tabIndex={index === tabbable ? 0 : -1}
          aria-busy={row ? undefined : 'true'}
          onFocus={() => {
            if (active.current === index) return;
            active.current = index;
            again();
          }}
          onClick={() => {
            if (row) opened.current = { index, id: row.id };
          }}
        >
          {row ? <WhoRowText row={row} locale={props.locale} /> : <span class="who-row-meta">{t('whoLoading')}</span>}
        </a>
      </div>,
    );
  }

  return (
    <>
      <p id="who-list-hint" class="visually-hidden">
        {t('whoListHint')}
      </p>
      <div ref={viewport} class="who-viewport" onScroll={onScroll}>
        <div role="list" aria-label={t('whoListLabel')} aria-describedby="who-list-hint" class="who-rows" style={{ height: `${total * ROW_HEIGHT}px` }} onKeyDown={onKeyDown}>
          {rows}
        </div>
      </div>
    </>
  );
}
