import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIN_ALARM_DELAY_MS, SYNC_RETRY_ALARM, onRetryAlarm, retryAlarmTime, scheduleRetryAlarm } from '../../../lib/sync/retry-alarm';

describe('sync retry alarm', () => {
  it('wakes at the retry time, but never sooner than browsers allow', () => {
    expect(retryAlarmTime(null, 1000)).toBeNull();
    expect(retryAlarmTime(1000 + 90_000, 1000)).toBe(91_000);
    expect(retryAlarmTime(1500, 1000)).toBe(1000 + MIN_ALARM_DELAY_MS);
  });

  it('creates the alarm while a retry waits and clears it when nothing does', async () => {
    scheduleRetryAlarm(Date.now() + 60_000);
    await expect.poll(() => fakeBrowser.alarms.get(SYNC_RETRY_ALARM)).toBeTruthy();
    scheduleRetryAlarm(null);
    await expect.poll(() => fakeBrowser.alarms.get(SYNC_RETRY_ALARM)).toBeFalsy();
  });

  it('retries when its own alarm fires, not on others', async () => {
    let retries = 0;
    onRetryAlarm(() => retries++);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: 0, persistAcrossSessions: false });
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_RETRY_ALARM, scheduledTime: 0, persistAcrossSessions: false });
    expect(retries).toBe(1);
  });
});
