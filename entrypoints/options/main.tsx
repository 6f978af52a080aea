import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DataPanel } from '../../components/DataPanel';
import { GlossaryEditor } from '../../components/GlossaryEditor';
import { GlossaryFiles } from '../../components/GlossaryFiles';
import type { GlossaryFields } from '../../components/glossary-form';
import { Options } from '../../components/Options';
import { SettingsForm } from '../../components/SettingsForm';
import { ShortcutList, type Shortcut } from '../../components/ShortcutList';
import { SyncStatusLine } from '../../components/SyncStatusLine';
import { askBackground } from '../../lib/messages/ask-background';
import { exportBackup, importBackup } from './backup-files';
import { t } from '../../lib/locale/i18n';
import { applyUiLanguage } from '../../lib/locale/page-language';
import { GLOSSARY_LIMITS, type GlossaryEntry } from '../../lib/glossary/glossary-types';
import { parseGlossaryBroadcast, type StorageUsageReply } from '../../lib/messages/protocol';
import type { SyncStatus } from '../../lib/sync/sync-status';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings/settings';

/** Where Chromium lets the reader change extension shortcuts. */
const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** `?term=…` (the context menu's selected text) prefills the glossary form. */
function prefillFromQuery(): Partial<GlossaryFields> | undefined {
  const term = new URLSearchParams(location.search).get('term');
  if (!term) return undefined;
  return { term: term.replace(/\s+/g, ' ').trim().slice(0, GLOSSARY_LIMITS.term) };
}

async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = browser.commands ? await browser.commands.getAll() : [];
  return commands.map((command) => ({
    name: command.name ?? '',
    // The browser's own action command has no description of ours.
    description: command.name === '_execute_action' || command.name === '_execute_browser_action' ? t('commandOpenPopup') : command.description || command.name || '',
    shortcut: command.shortcut ?? '',
  }));
}

/** Opens the browser's shortcut settings: Firefox has an API for it, Chromium a page. */
function changeShortcuts(): void {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') void commands.openShortcutSettings();
  else void browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
}

async function main(): Promise<void> {
  document.title = t('optionsTitle');
  applyUiLanguage();
  const root = document.getElementById('app')!;
  const locale = browser.i18n.getUILanguage();
  const prefill = prefillFromQuery();
  let settings: Settings = await loadSettings();
  let entries: GlossaryEntry[] | null = null;
  let glossaryError: string | null = null;
  let usage: StorageUsageReply | null = null;
  let syncStatus: SyncStatus | null = null;
  const shortcuts = await loadShortcuts().catch(() => []);

  const draw = () =>
    render(
      <Options whoUrl={browser.runtime.getURL('/who.html')}>
        <GlossaryEditor
          entries={entries}
          loadError={glossaryError}
          status={<SyncStatusLine status={syncStatus} locale={locale} onRetry={() => void refreshSync(true)} />}
          footer={
            <GlossaryFiles
              onExport={(format) => askBackground({ type: 'glossary-export', format })}
              onImport={async (format, text, step, skipInvalid) => {
                const reply = await askBackground({ type: 'glossary-import', format, text, step, ...(skipInvalid ? { skipInvalid } : {}) });
                if (step === 'apply') await refreshGlossary();
                return reply;
              }}
            />
          }
          {...(prefill ? { prefill } : {})}
          onSave={async (draft) => {
            const reply = await askBackground({ type: 'glossary-save', entry: draft });
            await refreshGlossary();
            return reply;
          }}
          onDelete={async (id) => {
            const reply = await askBackground({ type: 'glossary-delete', id });
            await refreshGlossary();
            return reply;
          }}
          onRestore={async (id) => {
            const reply = await askBackground({ type: 'glossary-restore', id });
            await refreshGlossary();
            return reply;
          }}
        />
        <SettingsForm settings={settings} onChange={(change) => void updateSettings(change)} />
        <DataPanel
          usage={usage}
          locale={locale}
          onExport={(onProgress) => exportBackup(askBackground, onProgress)}
          onImport={async (file, onProgress) => {
            const reply = await importBackup(askBackground, file, onProgress);
            void refreshUsage();
            return reply;
          }}
          onClear={async (withGlossary) => {
            const reply = await askBackground({ type: 'clear-all', ...(withGlossary ? { glossary: true } : {}) });
            void refreshUsage();
            if (withGlossary) void refreshGlossary();
            return reply;
          }}
        />
        <ShortcutList shortcuts={shortcuts} onChangeShortcuts={changeShortcuts} />
      </Options>,
      root,
    );

  async function refreshGlossary(): Promise<void> {
    // The data section counts the glossary's entries too.
    void refreshUsage();
    const reply = await askBackground({ type: 'glossary-list' });
    if (reply.ok) {
      entries = reply.entries;
      glossaryError = null;
    } else {
      entries = entries ?? [];
      glossaryError = reply.error;
    }
    draw();
  }

  async function refreshSync(retry = false): Promise<void> {
    const reply = await askBackground({ type: 'sync-status', ...(retry ? { retry } : {}) });
    if (reply.ok) {
      syncStatus = reply.status;
      draw();
    }
  }

  async function refreshUsage(): Promise<void> {
    usage = await askBackground({ type: 'storage-usage' });
    draw();
  }

  draw();
  watchSettings((next) => {
    settings = next;
    draw();
  });
  // Entries change elsewhere too (another browser through sync, another options tab).
  browser.runtime.onMessage.addListener((message: unknown) => {
    const broadcast = parseGlossaryBroadcast(message);
    if (broadcast?.type === 'glossary-changed') void refreshGlossary();
    if (broadcast?.type === 'sync-status-changed') {
      syncStatus = broadcast.status;
      draw();
    }
    return undefined;
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refreshGlossary();
  });
  await Promise.all([refreshGlossary(), refreshUsage(), refreshSync()]);
}

void main();
