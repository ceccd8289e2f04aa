import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byLabel, byText, type FirefoxSession, launchFirefox, setValue } from '../support/firefox';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

const click = async (page: Page, name: string) => (await byText(page, 'button', name)).click();
const currentStage = (page: Page) => () =>
  page.evaluate(() => document.querySelector('li.stage.current')?.getAttribute('data-stage') ?? null);
const heading = (page: Page) => () => page.evaluate(() => document.querySelector('#team-heading')?.textContent ?? null);

describe('dashboard in Firefox', () => {
  it('creates a team, adds an employee and starts a TUS med IKU that survives a reload', async () => {
    const page = await session.open('dashboard.html');
    await setValue(await byLabel(page, 'Nyt team'), 'Hjemmeplejen Nord');
    await click(page, 'Opret');
    await expect.poll(heading(page)).toBe('Hjemmeplejen Nord');

    await setValue(await byLabel(page, 'Navn'), 'Anne Ærø');
    await setValue(await byLabel(page, 'E-mail'), 'anne@randers.dk');
    await click(page, 'Tilføj medarbejder');
    await expect.poll(() => page.$$eval('table.employees tbody tr', (rows) => rows.length)).toBe(1);

    await (await byText(page, 'label', 'TUS med IKU')).click();
    await setValue(await byLabel(page, 'Dato'), '2026-12-09');
    await setValue(await byLabel(page, 'Tidspunkt'), '09:30');
    await setValue(await byLabel(page, 'Sted'), 'Mødelokale 2, Rådhuset');
    // The deadline comes from a lazily loaded chunk: five Danish working days after the session.
    const deadline = await byLabel(page, 'Rettelsesfrist');
    await expect.poll(() => deadline.evaluate((el) => el.value)).toBe('2026-12-16');
    await click(page, 'Start nyt forløb');
    await expect.poll(currentStage(page)).toBe('draft');
    await click(page, 'Invitationen er sendt');
    // Marked on the team page rather than from the webmail panel: asked first.
    await click(page, 'Markér alligevel');
    await expect.poll(currentStage(page)).toBe('invited');

    await session.reload(page);
    await (await byText(page, '.team-link', 'Hjemmeplejen Nord')).click();
    await expect.poll(heading(page)).toBe('Hjemmeplejen Nord');
    await expect.poll(currentStage(page)).toBe('invited');
    await page.close();
  });
});
