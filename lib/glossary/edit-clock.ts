// The glossary's edit clock: every edit gets a version (updatedAt, deviceId) later than the one it
// replaces, so every browser that merges them agrees which came last (lib/sync compares them).

/** A glossary record's version: when and on which device it was made. */
export interface Version {
  updatedAt: number;
  deviceId?: string;
}

/** The timestamp for a new edit: now, but always after the version it replaces (clocks may be behind). */
export function nextUpdatedAt(now: number, previous: Version | undefined): number {
  return previous ? Math.max(now, previous.updatedAt + 1) : now;
}
