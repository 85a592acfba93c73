/**
 * axe-core in a test page: injects the library into the page and lists what it finds of serious or
 * critical impact (the bar: none on any screen), each as rule id, impact and the first
 * elements it points at, so a failing assertion says what to fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Evaluated through the DevTools protocol: the app's Content-Security-Policy forbids inline scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

interface AxeResultsLike {
  readonly violations: readonly {
    readonly id: string;
    readonly impact?: string | null;
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[] }[];
  }[];
}

export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  // Strings, evaluated in the page: these tests are typed for Node, without the DOM's globals.
  const loaded = await page.evaluate("typeof window.axe === 'object'");
  if (loaded !== true) await page.evaluate(axeSource);
  const results: unknown = await page.evaluate("window.axe.run(document, { resultTypes: ['violations'] })");
  return (results as AxeResultsLike).violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    }));
}
