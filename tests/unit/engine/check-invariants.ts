// Invariants every engine result must satisfy, whatever the input.
import { expect } from 'vitest';
import type { EngineResult } from '../../../lib/engine';

export function expectValidResult(text: string, result: EngineResult): void {
  const ids = new Set(result.actors.map((a) => a.id));
  expect(ids.size).toBe(result.actors.length);
  const counts = new Map<string, number>();
  for (const m of result.mentions) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(ids.has(m.actorId)).toBe(true);
    counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  }
  for (const a of result.actors) {
    expect(a.id.startsWith(`${a.kind}:`)).toBe(true);
    expect(a.name.length).toBeGreaterThan(0);
    expect(a.mentions).toBe(counts.get(a.id) ?? 0);
    for (const e of [...a.descriptors, ...a.quotes]) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(e.text).toBe(text.slice(e.start, e.end));
    }
  }
}
