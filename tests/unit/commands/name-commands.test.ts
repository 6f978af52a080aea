import { describe, expect, it } from 'vitest';
import { onNameCommand } from '../../../lib/commands/name-commands';
import type { StepName } from '../../../lib/messages/protocol';

describe('onNameCommand', () => {
  const sent: Array<[number, StepName]> = [];
  const send = async (tabId: number, message: StepName) => {
    sent.push([tabId, message]);
  };

  it('passes next/previous-name to the content script of the tab', async () => {
    sent.length = 0;
    await onNameCommand('next-name', { id: 7 }, send);
    await onNameCommand('previous-name', { id: 7 }, send);
    expect(sent).toEqual([
      [7, { type: 'step-name', direction: 'next' }],
      [7, { type: 'step-name', direction: 'previous' }],
    ]);
  });

  it('ignores other commands and tabs it cannot address, and survives tabs without a content script', async () => {
    sent.length = 0;
    await onNameCommand('_execute_action', { id: 7 }, send);
    await onNameCommand('next-name', undefined, send);
    await onNameCommand('next-name', {}, send);
    expect(sent).toEqual([]);
    await expect(onNameCommand('next-name', { id: 1 }, () => Promise.reject(new Error('no receiver')))).resolves.toBeUndefined();
  });
});
