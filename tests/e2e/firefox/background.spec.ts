import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { type FirefoxSession, launchFirefox, openFirefoxTestkit } from '../support/firefox';

/** Firefox's own WebExtension API in the add-on's pages (evaluated there, not here). */
declare const browser: WxtBrowser;

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('the background (an event page) in Firefox', () => {
  it('makes its alarm again after a restart of the add-on and sets the badge from the stored deadlines', async () => {
    const kit = await openFirefoxTestkit(session);
    await kit.evaluate(() => window.testkit.seed({ teams: 8, employeesPerTeam: 2, closedCyclesPerTeam: 0, now: Date.now() }));
    const popup = await session.open('popup.html');
    await expect.poll(() => popup.$$eval('li.team', (els) => els.length)).toBe(8);
    const overdue = await popup.$$eval('li.team.overdue', (els) => els.length);
    expect(overdue).toBeGreaterThan(0);
    await popup.close();

    const alarm = () => kit.evaluate(() => browser.alarms.get('tus-reminders').then((a) => a ?? null));
    const badge = () => kit.evaluate(() => browser.action.getBadgeText({}));
    await expect.poll(alarm).toMatchObject({ name: 'tus-reminders', periodInMinutes: 15 });
    // The first run comes 6 s after the start.
    await expect.poll(badge, { timeout: 20_000 }).toBe(String(overdue));
    await kit.close();

    // Cleared here, so only the restarted background can set it again.
    const page = await session.open('dashboard.html');
    await page.evaluate(() => browser.action.setBadgeText({ text: '' }));
    await page.close();
    await session.restartAddon();

    // The database outlives the restart (the pref that keeps a reinstalled add-on's storage stands for an update).
    const after = await session.open('popup.html');
    await expect.poll(() => after.$$eval('li.team', (els) => els.length)).toBe(8);
    await expect
      .poll(() => after.evaluate(() => browser.alarms.get('tus-reminders').then((a) => a ?? null)))
      .toMatchObject({ name: 'tus-reminders', periodInMinutes: 15 });
    await expect.poll(() => after.evaluate(() => browser.action.getBadgeText({})), { timeout: 20_000 }).toBe(String(overdue));
    await after.close();
  });
});
