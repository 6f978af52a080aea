// Runs axe-core inside a page and returns the serious and critical violations, described
// well enough to fix from a test failure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Puts axe into the page. An inline <script> is tried first; extension pages forbid inline
 * scripts (CSP), so there the source is evaluated through the DevTools protocol instead.
 */
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.addScriptTag({ content: axeSource }).catch(() => undefined);
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(axeSource);
}

export async function seriousA11yViolations(page: Page): Promise<AxeProblem[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Every violation, any impact (for the report). */
export async function allA11yViolationIds(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact?: string | null }> }> } }).axe;
    return (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.impact ?? 'unknown'})`);
  });
}
