// The keyboard shortcuts that step through the names of the current page. The browser owns
// the keys (the reader can change them in its shortcut settings); the background passes the
// command on to the content script of the tab it was pressed in.
import { browser } from 'wxt/browser';
import type { StepName } from '../messages/protocol';

/** Manifest command names → the direction they step in. */
export const NAME_COMMANDS: Record<string, StepName['direction']> = {
  'next-name': 'next',
  'previous-name': 'previous',
};

/** Handles one command: a step-name message to the tab it was pressed in, if it is ours. */
export async function onNameCommand(
  command: string,
  tab: { id?: number } | undefined,
  send: (tabId: number, message: StepName) => Promise<unknown>,
): Promise<void> {
  const direction = NAME_COMMANDS[command];
  if (!direction || tab?.id === undefined) return;
  try {
    await send(tab.id, { type: 'step-name', direction });
  } catch {
    // A tab without our content script (a browser page, a PDF) has no one to answer: fine.
  }
}

export function installNameCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    void onNameCommand(command, tab, (tabId, message) => browser.tabs.sendMessage(tabId, message));
  });
}
