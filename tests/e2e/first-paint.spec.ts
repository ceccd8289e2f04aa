// The popup and the dashboard paint their first screen from IndexedDB itself, before Dexie loads,
// then hand over to their live queries (lib/browser/first-read.ts, lib/browser/paint-first.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit } from './support/browser';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** The page's marks, and the browser's paint time of the element marked `identifier` (Element Timing). */
const timings = (page: Page, identifier: string) =>
  page.evaluate(
    (id) =>
      new Promise<{ marks: Record<string, number>; painted: number | null }>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = (list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]).find(
            (e) => e.identifier === id,
          );
          if (!entry) return;
          observer.disconnect();
          resolve({
            marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
            painted: entry.renderTime || entry.startTime,
          });
        }).observe({ type: 'element', buffered: true });
      }),
    identifier,
  );

describe('first paint before Dexie', () => {
  it('Chromium keeps no database whose creation was aborted (the first read on a fresh profile)', async () => {
    const page = await session.open('popup.html');
    const left = await page.evaluate(async () => {
      const name = `first-read-probe-${crypto.randomUUID()}`;
      const failed = await new Promise<string>((resolve) => {
        const req = indexedDB.open(name);
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onsuccess = () => resolve('opened');
        req.onerror = () => resolve(req.error?.name ?? 'error');
      });
      const listed = (await indexedDB.databases()).filter((d) => d.name === name);
      return { failed, listed };
    });
    expect(left).toEqual({ failed: 'AbortError', listed: [] });
    await page.close();
  });

  it('the popup paints its rows from the first read, then its live query takes over and stays live', async () => {
    const kit = await openTestkit(session);
    await kit.evaluate(() => window.testkit.seed({ teams: 8, employeesPerTeam: 2, closedCyclesPerTeam: 1, now: Date.now() }));
    const popup = await session.open('popup.html');
    const { marks, painted } = await timings(popup, 'popup-list');
    expect(marks['first-read:data']).toBeLessThan(painted!);
    // Started once, by /first-read.js as the HTML was parsed or by the module where it came later.
    expect(await popup.evaluate(() => performance.getEntriesByName('first-read:start').length)).toBe(1);
    expect(await popup.locator('script[src="/first-read.js"][data-page="popup"]').count()).toBe(1);
    // The script was built and ran (an async script always runs, whether before the module or after).
    await expect.poll(() => popup.evaluate(() => performance.getEntriesByName('first-read:script').length)).toBe(1);
    await expect.poll(() => popup.evaluate(() => performance.getEntriesByName('live-query:start').length)).toBe(1);
    const handOver = await popup.evaluate(() => performance.getEntriesByName('live-query:start')[0]!.startTime);
    expect(handOver).toBeGreaterThanOrEqual(painted!);
    expect(await popup.locator('li.team').count()).toBe(8);
    await kit.evaluate(() => window.testkit.createTeam('Efter overdragelsen'));
    await expect.poll(() => popup.locator('li.team').count()).toBe(9);
    await popup.close();
    await kit.close();
  });

  it('the dashboard paints its teams from the first read, then its live query takes over and stays live', async () => {
    const kit = await openTestkit(session);
    const page = await session.open('dashboard.html');
    const { marks, painted } = await timings(page, 'dashboard-teams');
    expect(marks['first-read:data']).toBeLessThan(painted!);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('live-query:start').length)).toBe(1);
    const handOver = await page.evaluate(() => performance.getEntriesByName('live-query:start')[0]!.startTime);
    expect(handOver).toBeGreaterThanOrEqual(painted!);
    const before = await page.locator('.team-link').count();
    await kit.evaluate(() => window.testkit.createTeam('Efter overdragelsen 2'));
    await expect.poll(() => page.locator('.team-link').count()).toBe(before + 1);
    // Sorted as a Dane sorts: the list as first painted and as the live query keeps it agree.
    const names = await page.locator('.team-nav').first().locator('.team-link').allTextContents();
    expect(names).toEqual([...names].sort(new Intl.Collator('da').compare));
    await page.close();
    await kit.close();
  });
});
