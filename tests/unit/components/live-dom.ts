// A Preact tree mounted into a linkedom document for tests that interact with it: events,
// effects and re-renders are flushed with act(). linkedom has no focus, so focus() is recorded
// per document and read back with focused().
import { parseHTML } from 'linkedom';
import { options, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export interface LiveDom {
  document: Document;
  root: HTMLElement;
  /** The element focus() was last called on. */
  focused(): Element | null;
  /** Lets timers, promises and the renders they cause run (ms of real time). */
  settle(ms?: number): Promise<void>;
  /** Dispatches an event on `target` (bubbling), with extra properties such as `key`. */
  fire(target: Element, type: string, props?: Record<string, unknown>): Promise<void>;
  /** Sets a form control's value and fires the event its handler listens to. */
  setValue(target: Element, value: string, type?: 'input' | 'change'): Promise<void>;
  /** Renders a new tree in place of the first (new props for the same components). */
  rerender(tree: VNode): Promise<void>;
  unmount(): void;
}

const FOCUSED = Symbol('focused');

export async function mountLive(tree: VNode): Promise<LiveDom> {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const globals = globalThis as Record<string, unknown>;
  const previous = { document: globals.document, window: globals.window };
  globals.document = document;
  globals.window = window;
  const elementClass = (window as unknown as { HTMLElement: { prototype: { focus: () => void } } }).HTMLElement;
  elementClass.prototype.focus = function focus(this: Element) {
    (this.ownerDocument as unknown as Record<symbol, Element>)[FOCUSED] = this;
  };
  // Effects scheduled outside act() (after a promise resolved) run on the next tick, not in 35 ms.
  const hooks = options as { requestAnimationFrame?: (callback: () => void) => void };
  const previousFrame = hooks.requestAnimationFrame;
  hooks.requestAnimationFrame = (callback) => void setTimeout(callback, 0);
  const root = document.getElementById('app')! as unknown as HTMLElement;
  await act(() => {
    render(tree, root);
  });
  const dom = document as unknown as Document;
  const settle = async (ms = 0) => {
    for (let round = 0; round < 3; round++) {
      await act(async () => {
        await new Promise((done) => setTimeout(done, round === 0 ? ms : 0));
      });
    }
  };
  const fire = async (target: Element, type: string, props: Record<string, unknown> = {}) => {
    const EventClass = (window as unknown as { Event: typeof Event }).Event;
    const event = new EventClass(type, { bubbles: true, cancelable: true });
    for (const [key, value] of Object.entries(props)) Object.defineProperty(event, key, { value });
    await act(() => {
      target.dispatchEvent(event);
    });
  };
  return {
    document: dom,
    root,
    focused: () => (document as unknown as Record<symbol, Element | undefined>)[FOCUSED] ?? null,
    settle,
    fire,
    async setValue(target, value, type = 'input') {
      Object.defineProperty(target, 'value', { value, configurable: true, writable: true });
      await fire(target, type);
    },
    async rerender(next) {
      await act(() => {
        render(next, root);
      });
    },
    unmount() {
      render(null, root);
      hooks.requestAnimationFrame = previousFrame;
      globals.document = previous.document;
      globals.window = previous.window;
    },
  };
}
