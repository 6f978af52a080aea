// The background's glossary service against WXT's fake browser (storage.local/sync, tabs) and
// fake-indexeddb: messages in, database and sync storage changed, tabs told.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGlossaryService } from '../../../lib/background/glossary-service';
import type { ArticleDataset } from '../../../lib/engine/types';
import type { GlossaryImportReply, GlossaryListReply, GlossarySaveReply } from '../../../lib/glossary/glossary-types';
import type { SyncStatusReply } from '../../../lib/messages/protocol';
import { openDatabase } from '../../../lib/store/db';
import { useRealMessages } from '../components/real-messages';

// Error messages come from public/_locales/en/messages.json.
beforeEach(useRealMessages);

const page = { fromExtensionPage: true };
const article = { url: 'https://news.example/a', title: 'A', lang: 'en', text: 'Komeito joined the LDP.' };
const dataset: ArticleDataset = { ...article, textHash: 'h', analyzedAt: 1, actors: [], mentions: [] };

const services: Array<{ dispose(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
});

async function setup() {
  const tabMessages: unknown[] = [];
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 7 }]) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    tabMessages.push(message);
  });
  const service = createGlossaryService(openDatabase(`service-${Math.random()}`));
  services.push(service);
  return { service, tabMessages };
}

describe('glossary service', () => {
  it('answers only the extension’s own pages', async () => {
    const { service } = await setup();
    expect(await service.answer({ type: 'glossary-list' }, { fromExtensionPage: false })).toMatchObject({ ok: false });
  });

  it('saves an entry, tells the tabs, highlights it in datasets and puts the note on its card', async () => {
    const { service, tabMessages } = await setup();
    const saved = (await service.answer({ type: 'glossary-save', entry: { term: 'Komeito', aliases: [], kind: 'organization', note: 'Coalition partner', link: 'https://example.org/k' } }, page)) as GlossarySaveReply;
    expect(saved.ok).toBe(true);
    expect(tabMessages).toContainEqual({ type: 'glossary-changed' });
    expect(((await service.answer({ type: 'glossary-list' }, page)) as GlossaryListReply)).toMatchObject({ ok: true, entries: [{ term: 'Komeito' }] });

    const merged = await service.mergeInto(dataset, article);
    expect(merged.mentions.map((m) => article.text.slice(m.start, m.end))).toEqual(['Komeito']);
    const card = await service.decorateCard({ earlier: [], earlierCount: 0 }, merged.actors[0]!.id, article.url);
    expect(card.glossary).toEqual({ note: 'Coalition partner', link: 'https://example.org/k' });
  });

  it('writes to storage.sync when asked to retry, and reports ok', async () => {
    const { service } = await setup();
    await service.answer({ type: 'glossary-save', entry: { term: 'Komeito', aliases: [], kind: 'organization', note: '', link: '' } }, page);
    const reply = (await service.answer({ type: 'sync-status', retry: true }, page)) as SyncStatusReply;
    expect(reply).toMatchObject({ ok: true, status: { state: 'ok', pending: 0, usedItems: 1 } });
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(Object.values(stored)).toMatchObject([{ t: 'Komeito', k: 'organization' }]);
  });

  it('merges an entry another browser wrote to storage.sync and tells the tabs', async () => {
    const { service, tabMessages } = await setup();
    await service.answer({ type: 'sync-status' }, page); // started
    await fakeBrowser.storage.sync.set({ 'g:remote1': { u: Date.now(), d: 'other-device', t: 'Fumio Kishida', k: 'person', n: 'From the laptop' } });
    await vi.waitFor(async () => {
      const list = (await service.answer({ type: 'glossary-list' }, page)) as GlossaryListReply;
      expect(list).toMatchObject({ ok: true, entries: [{ id: 'remote1', term: 'Fumio Kishida', note: 'From the laptop' }] });
    });
    expect(tabMessages).toContainEqual({ type: 'glossary-changed' });
  });

  it('imports in two steps: preview writes nothing, apply writes', async () => {
    const { service } = await setup();
    const csv = 'term,kind,note\r\nKomeito,organization,"Partner, since 1999"\r\n';
    const preview = (await service.answer({ type: 'glossary-import', format: 'csv', text: csv, step: 'preview' }, page)) as GlossaryImportReply;
    expect(preview).toMatchObject({ ok: true, step: 'preview', preview: { added: 1, errors: [] } });
    expect(((await service.answer({ type: 'glossary-list' }, page)) as GlossaryListReply)).toMatchObject({ entries: [] });
    await service.answer({ type: 'glossary-import', format: 'csv', text: csv, step: 'apply' }, page);
    expect(((await service.answer({ type: 'glossary-list' }, page)) as GlossaryListReply)).toMatchObject({ entries: [{ note: 'Partner, since 1999' }] });
    const exported = await service.answer({ type: 'glossary-export', format: 'csv' }, page);
    expect(exported).toMatchObject({ ok: true, mimeType: 'text/csv', count: 1, text: expect.stringContaining('"Partner, since 1999"') });
  });
});
