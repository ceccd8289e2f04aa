// Issue 14 (items 3 and 4): the dashboard opens on all teams, with each team's stage, next step,
// due date and yearly IKU duty, filtered and searched with 200 teams; the popup dates a team's next
// TUS med IKU by the yearly duty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

const DAY = 86_400_000;
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('the overview of all teams in Chromium', () => {
  it('opens on 200 teams, searches and filters them by keyboard, and leads to a team', async () => {
    const kit = await openTestkit(session);
    await kit.evaluate(() => window.testkit.seed({ teams: 200, employeesPerTeam: 12, closedCyclesPerTeam: 4, now: Date.now() }));
    const page = await session.open('dashboard.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const rows = page.locator('table.overview-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(200);
    expect(await page.locator('.overview-count').textContent()).toBe('Viser 200 af 200 teams');
    // The backup status: none made yet.
    expect(await page.locator('.backup-status').getAttribute('data-backup')).toBe('never');
    // Each row: the team, its stage, its next step, its yearly duty (the dataset's last IKU is over a year old).
    const first = page.locator('table.overview-table tbody tr[data-team-id="team-1"]');
    expect(await first.locator('th').textContent()).toBe('Team 002 – Hjemmeplejen');
    expect(await first.locator('td').nth(0).textContent()).toBe('TUS med IKU · Inviteret');
    expect(await first.locator('td').nth(1).textContent()).toMatch(/^Forbered samtalen · Frist \d{1,2}\. /);
    expect(await first.locator('td').nth(2).textContent()).toBe('12 medarbejdere har ikke haft IKU i et år');
    await screenshot(page, 'overview-200-teams');

    // Keyboard only: the first Tab reaches "Gå til indholdet", past the 200 teams on the side, and
    // the search field is a few Tabs on.
    const search = page.getByLabel('Søg efter team');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til indholdet');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 5 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('team 042');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator('.overview-count').textContent()).toBe('Viser 1 af 200 teams');
    await search.fill('');
    await page.getByLabel('Vis', { exact: true }).selectOption('overdue');
    await expect.poll(() => rows.count()).toBeLessThan(200);
    expect(await rows.count()).toBeGreaterThan(0);
    await page.getByLabel('Type', { exact: true }).selectOption('tus');
    const plain = await rows.locator('td:nth-child(2)').allTextContents();
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((s) => s.startsWith('TUS (teamudviklingsplan) ·'))).toBe(true);
    await page.getByLabel('Vis', { exact: true }).selectOption('all');
    await page.getByLabel('Type', { exact: true }).selectOption('all');
    await search.fill('Team 007');
    await expect.poll(() => rows.count()).toBe(1);
    // The team's name is a link: focused and followed with Enter.
    await rows.first().getByRole('link', { name: 'Team 007 – Hjemmeplejen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#team-heading').textContent()).toBe('Team 007 – Hjemmeplejen');
    // And back to the overview from the side.
    await page.getByRole('button', { name: 'Oversigt over alle teams' }).click();
    await expect.poll(() => rows.count()).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
    await kit.evaluate(() => window.testkit.clear());
  }, 120_000);

  it('the popup dates the next TUS med IKU of a team whose last IKU is 500 days old, and marks it overdue', async () => {
    const kit = await openTestkit(session);
    // Consent comes eleven days after the session in the scripted cycle: 500 days ago.
    const sessionAt = Date.now() - 511 * DAY;
    await kit.evaluate(
      (at) =>
        window.testkit.seedTeam(
          'Bostedet Engen',
          [
            { name: 'Anne Holm', email: 'anne@randers.dk' },
            { name: 'Bo Ege', email: 'bo@randers.dk' },
          ],
          'tus-iku',
          'closed',
          at,
        ),
      sessionAt,
    );
    const popup = await session.open('popup.html');
    const row = popup.locator('li.team', { hasText: 'Bostedet Engen' });
    await expect.poll(() => row.locator('.step-label').textContent()).toBe('Start næste TUS med IKU');
    expect(await row.getAttribute('class')).toContain('overdue');
    const due = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Copenhagen' });
    const expected = new Date(sessionAt + 11 * DAY);
    expected.setFullYear(expected.getFullYear() + 1);
    expect(await row.locator('.due').textContent()).toBe(`Frist ${due.format(expected)} · Overskredet`);
    await screenshot(popup, 'popup-iku-overdue');
    await popup.close();
  });
});
