import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byLabel, byText, FIREFOX_BASE, type FirefoxSession, launchFirefox, openFirefoxTestkit, setValue } from '../support/firefox';
import { startFixtureServer } from '../support/fixture-server';

let session: FirefoxSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const TEAM = "Nord & Syd's team";

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Adds the fixture server as a webmail in settings, with a real click (permissions.request needs one). */
async function addLocalhost(): Promise<void> {
  const dash = await session.open('dashboard.html#view=settings');
  await setValue(await byLabel(dash, 'Adresse'), `http://localhost:${server.port}`);
  await (await byText(dash, 'button', 'Tilføj webmail')).click();
  await expect.poll(() => dash.$eval('[role="status"]', (el) => el.textContent ?? '')).toContain('er tilføjet');
  await dash.close();
}

const field = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')));

describe('the webmail panel in Firefox', () => {
  it('inserts an invitation into OWA on-premises, from the panel in its iframe', async () => {
    await addLocalhost();
    const kit = await openFirefoxTestkit(session);
    const { cycleId } = await kit.evaluate(
      (team) =>
        window.testkit.seedTeam(
          team,
          [
            { name: 'Anne Ærø', email: 'anne@randers.dk' },
            { name: 'Bo Østergaard', email: 'bo@randers.dk' },
          ],
          'tus-iku',
          'draft',
          Date.UTC(2026, 11, 2, 8, 30),
        ),
      TEAM,
    );

    const page = await session.newTab();
    await page.goto(`http://localhost:${server.port}/owa/compose.html`);
    // The content script was registered at run time for the added host (scripting.registerContentScripts).
    const button = await page.waitForSelector('tus-assistent-button >>> button', { timeout: 10_000 });
    await button!.click();
    await page.waitForSelector('iframe[title="TUS-assistent"]');

    const overlay = `${FIREFOX_BASE}overlay.html`;
    const clickInsert = (id: string) => {
      const row = document.querySelector(`li[data-cycle-id="${id}"]`);
      const insert = [...(row?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Indsæt invitation');
      insert?.click();
      return Boolean(insert);
    };
    // The panel lists the cycle once it has claimed its nonce from the background.
    await expect.poll(() => session.inFrame(page, overlay, clickInsert, cycleId), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(
        () => session.inFrame(page, overlay, (id) => document.querySelectorAll(`li[data-cycle-id="${id}"] .downloads a`).length, cycleId),
        {
          timeout: 15_000,
        },
      )
      .toBe(3);
    expect(await field(page, '#to')).toBe('anne@randers.dk; bo@randers.dk; ');
    expect(await field(page, '#subject')).toBe(`Invitation til TUS med IKU for ${TEAM} den onsdag den 2. december 2026`);
    const body = await field(page, '#body');
    expect(body).toContain(`Kære alle i ${TEAM}`);
    expect(body).toContain('kl. 09.30');
    expect(await page.$$eval('#body img', (els) => els.length)).toBe(0);
    expect(
      await session.inFrame(
        page,
        overlay,
        (id) => document.querySelector(`li[data-cycle-id="${id}"] .downloads a`)?.getAttribute('download'),
        cycleId,
      ),
    ).toMatch(/^Spørgsmålsark_.*\.pdf$/);
    await page.close();
    await kit.close();
  });
});
