import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // `browser` from 'wxt/browser' is webextension-polyfill's promise-based API in every context
  // (the design's choice), so Chromium and Firefox run the same calls the same way.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  // Parallel work (several builds at once) can point each build at its own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // Manifest V2 (Firefox) names the toolbar button's command _execute_browser_action.
    'build:manifestGenerated': (wxt, manifest) => {
      const commands = manifest.commands as Record<string, unknown> | undefined;
      if (wxt.config.manifestVersion !== 2 || !commands?._execute_action) return;
      commands._execute_browser_action = commands._execute_action;
      delete commands._execute_action;
    },
  },
  manifest: ({ manifestVersion }) => ({
    // The card is drawn in an extension page framed into the page (lib/card/card-frame.ts): pages
    // may frame it, but only the frame whose URL carries the content script's token is given a card.
    web_accessible_resources:
      manifestVersion === 2 ? ['card.html'] : [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'] }],
    // Private windows: the reader may allow Dramatis there; the background stores nothing from
    // them and shows no memory of other articles (docs/PRIVACY.md). One background for both.
    incognito: 'spanning',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and the synced glossary. Nothing else is needed: the content
    // script's match patterns give access to pages, and IndexedDB needs no permission.
    // contextMenus: "Add to Dramatis glossary" on selected text.
    permissions: ['storage', 'contextMenus', 'alarms'],
    // The toolbar panel from the keyboard; the reader can change it in the browser's shortcut settings.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+D' } },
      // Step through the names of the page (lib/name-commands.ts → the content script). J/K are
      // the usual next/previous keys; Chromium leaves Alt+Shift+N/P unassigned (they clash).
      'next-name': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextName__' },
      'previous-name': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPreviousName__' },
    },
    action: { default_title: '__MSG_actionTitle__' },
    browser_specific_settings: {
      gecko: {
        id: 'dramatis@dramatis.invalid',
        strict_min_version: '142.0',
        // Dramatis collects nothing; Firefox asks extensions to say so.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
