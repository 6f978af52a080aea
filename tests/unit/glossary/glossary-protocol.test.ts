// The glossary's messages in lib/protocol.ts: what the background and extension pages accept.
import { describe, expect, it } from 'vitest';
import { MAX_GLOSSARY_FILE_CHARS } from '../../../lib/glossary/glossary-types';
import { parseBackgroundRequest, parseContentRequest, parseGlossaryBroadcast } from '../../../lib/messages/protocol';

describe('glossary messages', () => {
  it('accepts well-formed import, export and sync-status requests, dropping unknown fields', () => {
    expect(parseBackgroundRequest({ type: 'glossary-import', format: 'csv', text: 'term\nA', step: 'preview', extra: 1 })).toEqual({ type: 'glossary-import', format: 'csv', text: 'term\nA', step: 'preview' });
    expect(parseBackgroundRequest({ type: 'glossary-import', format: 'json', text: '[]', step: 'apply', skipInvalid: true })).toEqual({ type: 'glossary-import', format: 'json', text: '[]', step: 'apply', skipInvalid: true });
    expect(parseBackgroundRequest({ type: 'glossary-export', format: 'json' })).toEqual({ type: 'glossary-export', format: 'json' });
    expect(parseBackgroundRequest({ type: 'sync-status' })).toEqual({ type: 'sync-status' });
    expect(parseBackgroundRequest({ type: 'sync-status', retry: true })).toEqual({ type: 'sync-status', retry: true });
  });

  it.each([
    ['unknown format', { type: 'glossary-import', format: 'xml', text: '', step: 'preview' }],
    ['no step', { type: 'glossary-import', format: 'csv', text: '' }],
    ['text not a string', { type: 'glossary-import', format: 'csv', text: 42, step: 'apply' }],
    ['oversize file', { type: 'glossary-import', format: 'csv', text: 'x'.repeat(MAX_GLOSSARY_FILE_CHARS + 1), step: 'preview' }],
    ['skipInvalid not a boolean', { type: 'glossary-import', format: 'csv', text: '', step: 'apply', skipInvalid: 'yes' }],
    ['export without format', { type: 'glossary-export' }],
    ['retry not a boolean', { type: 'sync-status', retry: 1 }],
  ])('rejects %s', (_label, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });

  it('lets content scripts hear glossary-changed', () => {
    expect(parseContentRequest({ type: 'glossary-changed', extra: true })).toEqual({ type: 'glossary-changed' });
  });

  it('validates broadcasts to extension pages', () => {
    expect(parseGlossaryBroadcast({ type: 'glossary-changed' })).toEqual({ type: 'glossary-changed' });
    const status = { state: 'quota-full', pending: 2, usedBytes: 1, quotaBytes: 2, usedItems: 1, maxItems: 512, lastSyncedAt: null, nextRetryAt: 5 };
    expect(parseGlossaryBroadcast({ type: 'sync-status-changed', status })).toEqual({ type: 'sync-status-changed', status });
    expect(parseGlossaryBroadcast({ type: 'sync-status-changed', status: { state: 'on-fire' } })).toBeNull();
    expect(parseGlossaryBroadcast({ type: 'something-else' })).toBeNull();
  });
});
