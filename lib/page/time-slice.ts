// Long DOM work (scoring a page, walking its text, building ranges) written once as a
// generator that yields now and then, and run either to the end at once (node, tests) or in
// short slices that give the page's main thread back between them (the live page), so even a
// 2 MB article never blocks the page for a long task.

/** A piece of work that `yield`s at safe points and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** ms of work per slice: well under the 50 ms that makes a task "long". */
export const SLICE_MS = 8;

/** Runs the work to the end without yielding (node, tests, small inputs). */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  sliceMs?: number;
  /** Gives the main thread back; resolves when the work may go on. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
  /** Stops the work between slices (page changed, extension unloaded). */
  signal?: AbortSignal;
}

type SchedulerLike = { yield?: () => Promise<void> };

/** The browser's own "let others run" where it has one, else a macrotask. */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Runs the work in slices of about `sliceMs`, yielding to the page between slices. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const yieldToPage = options.yieldToPage ?? defaultYield;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  for (;;) {
    if (options.signal?.aborted) throw new Cancelled();
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = now();
    }
  }
}
