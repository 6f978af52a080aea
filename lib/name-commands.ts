// The keyboard shortcuts that step through the names of the current page. The browser owns
// the keys (the reader can change them in its shortcut settings); the background passes the
// command on to the content script of the tab it was pressed in.
import { browser } from 'wxt/browser';
import type { StepName } from './protocol';

/** Manifest command names → the direction they step in. */
export const NAME_COMMANDS: Record<string, StepName['direction']> = {
  'next-name': 'next',
  'previous-name': 'previous',
};

export function installNameCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    const direction = NAME_COMMANDS[command];
    if (!direction || tab?.id === undefined) return;
    const message: StepName = { type: 'step-name', direction };
    // A tab without our content script (a browser page) has no one to answer: that is fine.
    browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}
