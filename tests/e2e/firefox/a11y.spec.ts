import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, openFirefoxTestkit, poll } from '../support/firefox';

// axe-core in Firefox too, on the pages a leader opens most: the popup and the dashboard.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's run, as the page sees it (evaluated there, not here). */
declare const axe: {
  run(
    context: Document,
    options: object,
  ): Promise<{ passes: unknown[]; violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }>;
};

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
  const kit = await openFirefoxTestkit(session);
  await kit.evaluate(() => window.testkit.seed({ teams: 4, employeesPerTeam: 3, closedCyclesPerTeam: 1, now: Date.now() }));
  await kit.close();
});
afterAll(async () => {
  await session?.close();
});

/** The serious and critical violations, one line each. Injected through WebDriver BiDi, which the pages' CSP does not stop. */
async function check(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const { passes, violations } = await page.evaluate(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      })),
    };
  });
  // axe ran its rules on this page (a check that ran nothing would pass anything).
  expect(passes).toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.targets.map((t) => `${v.impact} ${v.id}: ${t}`));
}

describe('accessibility (axe-core) in Firefox', () => {
  it('the popup and the dashboard with a team', async () => {
    const popup = await session.open('popup.html');
    await poll(popup, () => document.querySelectorAll('li.team').length === 4);
    expect(await check(popup)).toEqual([]);
    const dash = await session.open('dashboard.html#teamId=team-1');
    await poll(dash, () => document.querySelector('#team-heading') !== null);
    expect(await check(dash)).toEqual([]);
  });
});
