import { describe, expect, it } from 'vitest';
import { Cancelled, runInSlices, runToEnd, type Steps } from '../../../lib/page/time-slice';

function* countTo(n: number, log: number[]): Steps<number> {
  for (let i = 1; i <= n; i++) {
    log.push(i);
    yield;
  }
  return n;
}

describe('time slices', () => {
  it('runs work to the end at once', () => {
    expect(runToEnd(countTo(5, []))).toBe(5);
  });

  it('gives the page its turn whenever a slice has used its time', async () => {
    let clock = 0;
    const log: number[] = [];
    const yields: number[] = [];
    // Each step costs 3 "ms": with 8 ms slices the runner yields after every third step.
    const result = await runInSlices(
      (function* () {
        const value = yield* countTo(9, log);
        return value;
      })(),
      {
        sliceMs: 8,
        now: () => (clock += 3),
        yieldToPage: async () => {
          yields.push(log.length);
        },
      },
    );
    expect(result).toBe(9);
    expect(yields.length).toBeGreaterThanOrEqual(2);
    expect(yields.every((done, i) => i === 0 || done > yields[i - 1]!)).toBe(true);
  });

  it('stops between slices when cancelled', async () => {
    const controller = new AbortController();
    const log: number[] = [];
    const running = runInSlices(countTo(1000, log), {
      sliceMs: 0,
      yieldToPage: async () => {
        if (log.length >= 3) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    expect(log.length).toBeLessThan(10);
  });
});
