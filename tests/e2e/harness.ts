// Shared set-up for the browser tests: find Chromium, or skip loudly (fail under CI).
import { describe } from 'vitest';
import { findChrome, INSTALL_HINT } from '../../scripts/browser.mjs';

export const chromePath = findChrome();

/** `describe` when a browser is available; otherwise a visible skip, or a failure under CI. */
export function describeInBrowser(name: string, body: (executablePath: string) => void): void {
  if (chromePath) {
    describe(name, () => body(chromePath));
    return;
  }
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but no browser for the e2e tests. ${INSTALL_HINT}`);
  }
  console.warn(`\n*** SKIPPED browser tests "${name}": ${INSTALL_HINT}\n`);
  describe.skip(name, () => body(''));
}
