import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_GRACE_MS, HOVER_DWELL_MS, createHoverIntent } from '../../../lib/page/hover-intent';

function setup() {
  const events: string[] = [];
  const intent = createHoverIntent<string>({
    timers: { set: (callback, ms) => setTimeout(callback, ms) as unknown as number, clear: (id) => clearTimeout(id) },
    same: (a, b) => a === b,
    open: (target) => events.push(`open ${target}`),
    close: () => events.push('close'),
  });
  return { intent, events };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests for the dwell time', () => {
    const { intent, events } = setup();
    intent.pointerOver('Aso');
    vi.advanceTimersByTime(HOVER_DWELL_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open Aso']);
    expect(intent.current).toBe('Aso');
  });

  it('does not open on a fly-over', () => {
    const { intent, events } = setup();
    intent.pointerOver('Aso');
    vi.advanceTimersByTime(100);
    intent.pointerOver(null);
    intent.pointerOver('Sato');
    vi.advanceTimersByTime(100);
    intent.pointerOver(null);
    vi.advanceTimersByTime(HOVER_DWELL_MS * 3);
    expect(events).toEqual([]);
  });

  it('keeps the card open while the pointer crosses onto it, then closes after the grace period', () => {
    const { intent, events } = setup();
    intent.pointerOver('Aso');
    vi.advanceTimersByTime(HOVER_DWELL_MS);
    intent.pointerOver(null);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 50);
    intent.pointerOnCard(true);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 3);
    expect(events).toEqual(['open Aso']);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(events).toEqual(['open Aso', 'close']);
    expect(intent.current).toBeNull();
  });

  it('moves from one name to another after a dwell on the second', () => {
    const { intent, events } = setup();
    intent.pointerOver('Aso');
    vi.advanceTimersByTime(HOVER_DWELL_MS);
    intent.pointerOver('Sato');
    vi.advanceTimersByTime(HOVER_DWELL_MS);
    expect(events).toEqual(['open Aso', 'close', 'open Sato']);
  });

  it('dismisses at once (Escape)', () => {
    const { intent, events } = setup();
    intent.pointerOver('Aso');
    vi.advanceTimersByTime(HOVER_DWELL_MS);
    intent.dismiss();
    intent.dismiss();
    expect(events).toEqual(['open Aso', 'close']);
  });

  it('keeps the open card when its target is renamed (page re-read), without events', () => {
    const { intent, events } = setup();
    intent.pointerOver('Aso');
    vi.advanceTimersByTime(HOVER_DWELL_MS);
    intent.retarget('Aso (re-read)');
    intent.pointerOver('Aso (re-read)');
    vi.advanceTimersByTime(HOVER_DWELL_MS * 2);
    expect(events).toEqual(['open Aso']);
    expect(intent.current).toBe('Aso (re-read)');
  });
});
