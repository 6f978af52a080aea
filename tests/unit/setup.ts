// IndexedDB for Dexie in node; WXT's fake browser is installed by the WxtVitest plugin.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
