// The background worker sleeps when idle, and its timers die with it: an alarm wakes it for
// the sync engine's next attempt, so waiting glossary edits are written without a page visit.
import { browser } from 'wxt/browser';

export const SYNC_RETRY_ALARM = 'dramatis-sync-retry';
/** ms; browsers do not fire alarms sooner than this (Chrome's minimum is 30 s). */
export const MIN_ALARM_DELAY_MS = 30_000;

/** When to wake for a retry due at `nextRetryAt` (null: nothing waits, no alarm). */
export function retryAlarmTime(nextRetryAt: number | null, now: number): number | null {
  return nextRetryAt === null ? null : Math.max(nextRetryAt, now + MIN_ALARM_DELAY_MS);
}

export function scheduleRetryAlarm(nextRetryAt: number | null, now: number = Date.now()): void {
  const when = retryAlarmTime(nextRetryAt, now);
  const done = when === null ? browser.alarms.clear(SYNC_RETRY_ALARM) : browser.alarms.create(SYNC_RETRY_ALARM, { when });
  void Promise.resolve(done).catch(() => undefined);
}

export function onRetryAlarm(retry: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_RETRY_ALARM) retry();
  });
}
