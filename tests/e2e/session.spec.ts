import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

let session: ExtensionSession;
let cycleId: string;

beforeAll(async () => {
  session = await launchExtension();
  const kit = await openTestkit(session);
  ({ cycleId } = await kit.evaluate(() => window.testkit.seedCycle('tus-iku', 11, 'prepared', Date.now())));
  await kit.close();
});
afterAll(async () => {
  await session?.close();
});

const LOCKED_IN_CORRECTIONS = 'Skemaet er låst efter samtalen. Rettelser laves på teamets side i rettelsesperioden.';

const openSession = async (id = cycleId) => {
  const page = await session.open(`session.html#cycleId=${id}`);
  await page.waitForSelector('main.session');
  return page;
};
const remaining = async (page: Page) => Number(await page.locator('.clock').getAttribute('data-remaining-ms'));
const sizes = (page: Page, list: string) =>
  page.locator(`${list} > li`).evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-size'))));
const phaseName = (page: Page) => page.locator('.agenda li.current').evaluate((el) => el.firstChild?.textContent?.trim());

describe('session view in Chromium', () => {
  it('runs a TUS med IKU session for 11 employees with 2 absent, survives a closed tab, and ends in corrections', async () => {
    let page = await openSession();
    await page.getByRole('button', { name: 'Start samtalen' }).click();
    await expect.poll(() => phaseName(page)).toBe('Indledning');
    // The intro on the projector: the ground rules in large type.
    await page.getByRole('button', { name: 'Præsentation' }).click();
    await expect.poll(() => page.locator('.present-rules li').count()).toBe(6);
    await screenshot(page, 'session-0-presentation-rules');
    await page.keyboard.press('Escape');
    await page.waitForSelector('main.session');

    // The box shows what is stored: it turns checked once the event is saved.
    for (const name of ['Medarbejder A', 'Medarbejder B']) {
      await page.getByLabel(name, { exact: true }).click();
      await expect.poll(() => page.getByLabel(name, { exact: true }).isChecked()).toBe(true);
    }
    await expect.poll(() => page.locator('.attendance legend').textContent()).toContain('9 til stede');
    expect((await sizes(page, 'ol.groups')).sort()).toEqual([3, 3, 3]);
    expect((await sizes(page, 'ol.pairs')).sort()).toEqual([2, 2, 2, 3]);
    // Absent people are in no group.
    expect(await page.locator('ol.groups').textContent()).not.toContain('Medarbejder A');
    await page.getByLabel('Ordstyrer og referent: Gruppe 1').selectOption({ index: 1 });

    // Cards of one wheel field, each drawn once, then the pile is empty.
    await page.locator('[data-field="kompetencer"]').click();
    const drawn = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const before = await page.locator('.current-card').getAttribute('data-card-id');
      await page.getByRole('button', { name: 'Træk dialogkort' }).click();
      await expect.poll(() => page.locator('.current-card').getAttribute('data-card-id')).not.toBe(before);
      drawn.add((await page.locator('.current-card').getAttribute('data-card-id'))!);
    }
    expect([...drawn].every((id) => id.startsWith('kompetencer-'))).toBe(true);
    expect(drawn.size).toBe(3);
    expect(await page.getByRole('button', { name: 'Træk dialogkort' }).isDisabled()).toBe(true);

    // Keyboard only: next phase (N), new team agreement (A), typing, pause (P).
    await page.keyboard.press('n');
    await expect.poll(() => phaseName(page)).toBe('Teamfokus: grupper');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('a');
    const teamNote = page.locator('[data-scope="team"] textarea').first();
    await expect.poll(() => teamNote.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Vi holder sparring hver fredag');
    const individual = page.locator('[data-scope] h3', { hasText: 'Medarbejder C' }).locator('..');
    await individual.getByRole('button', { name: /Ny aftale/ }).click();
    await individual.locator('textarea').fill('Sidemandsoplæring i journalføring');
    await expect.poll(() => page.locator('.save-state', { hasText: 'Gemmer' }).count(), { timeout: 5000 }).toBe(0);
    await screenshot(page, 'session-1-view');

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('f');
    await page.waitForSelector('main.presentation');
    await screenshot(page, 'session-2-presentation');
    await page.keyboard.press('Escape');
    await page.waitForSelector('main.session');

    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.clock.paused').count()).toBe(1);
    const pausedAt = await remaining(page);

    // Close the tab mid-session and open it again: clock, room and notes are as they were.
    await page.close();
    await new Promise((r) => setTimeout(r, 1500));
    page = await openSession();
    await expect.poll(() => phaseName(page)).toBe('Teamfokus: grupper');
    expect(await remaining(page)).toBe(pausedAt);
    expect(await page.locator('.attendance input:checked').count()).toBe(2);
    expect(await page.locator('[data-scope="team"] textarea').first().inputValue()).toBe('Vi holder sparring hver fredag');
    expect(await page.locator('[data-scope] h3', { hasText: 'Medarbejder C' }).locator('..').locator('textarea').inputValue()).toBe(
      'Sidemandsoplæring i journalføring',
    );
    expect((await sizes(page, 'ol.groups')).sort()).toEqual([3, 3, 3]);

    // Resume and extend: the clock moves again and gains five minutes.
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expect.poll(() => page.locator('.clock.paused').count()).toBe(0);
    const beforeExtend = await remaining(page);
    await page.getByRole('button', { name: '+5 min' }).click();
    await expect.poll(async () => (await remaining(page)) - beforeExtend).toBeGreaterThan(4 * 60_000);

    for (const expected of ['Teamfokus: plenum', 'Individuelt fokus: par', 'Individuelt fokus: plenum', 'Afrunding']) {
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('n');
      await expect.poll(() => phaseName(page)).toBe(expected);
    }
    await page.getByRole('button', { name: 'Afslut samtalen' }).click();
    await expect.poll(() => page.locator('.ended').count()).toBe(1);
    // The session is over: the sheet shows what was agreed, and nothing in it can be edited.
    await expect.poll(() => page.locator('.sheet-locked').textContent()).toBe(LOCKED_IN_CORRECTIONS);
    expect(await page.locator('section.sheet textarea, section.sheet input, section.sheet button').count()).toBe(0);
    expect(await page.locator('section.sheet').textContent()).toContain('Sidemandsoplæring i journalføring');

    const dashboard = await session.open('dashboard.html');
    const kit = await openTestkit(session);
    const state = await kit.evaluate((id) => window.testkit.stateOf(id), cycleId);
    expect(state).toBe('corrections');
    await dashboard.close();
  });

  it('shows the sheet read-only after the session: in the correction period and after a finished team plan', async () => {
    const kit = await openTestkit(session);
    const seeded = await kit.evaluate(() => window.testkit.seedCycle('tus-iku', 3, 'corrections', Date.now()));
    await kit.evaluate(
      ([id, ids]) =>
        window.testkit.addAgreements(id, [
          { employeeId: null, text: 'Fælles sparring om mandagen', owner: 'Alle' },
          { employeeId: ids[0]!, text: 'Kursus i forflytning' },
        ]),
      [seeded.cycleId, seeded.employeeIds] as const,
    );
    const page = await openSession(seeded.cycleId);
    await expect.poll(() => page.locator('.sheet-locked').textContent()).toBe(LOCKED_IN_CORRECTIONS);
    const sheet = page.locator('section.sheet');
    expect(await sheet.getByRole('textbox').count()).toBe(0);
    expect(await sheet.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Ny aftale/ }).count()).toBe(0);
    expect(await sheet.locator('[data-scope="team"]').textContent()).toContain('Fælles sparring om mandagen');
    expect(await sheet.locator(`[data-scope="${seeded.employeeIds[0]}"]`).textContent()).toContain('Kursus i forflytning');
    await screenshot(page, 'session-3-locked-sheet');

    const plain = await kit.evaluate(() => window.testkit.seedCycle('tus', 3, 'teamPlan', Date.now()));
    const planPage = await openSession(plain.cycleId);
    await expect.poll(() => planPage.locator('.sheet-locked').textContent()).toBe('Skemaet er låst, fordi teamudviklingsplanen er færdig.');
    expect(await planPage.locator('section.sheet').getByRole('button').count()).toBe(0);
    await kit.close();
  });
});
