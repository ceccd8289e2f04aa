import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type ExtensionSession, launchExtension, openTestkit } from './support/browser';
import { startFixtureServer } from './support/fixture-server';
import { openOverlay } from './support/webmail';

// axe-core on every screen a leader uses, in Chromium: no serious or critical violation. What it
// finds is also written to test-results/a11y-findings.json (all impacts), for the next round.
let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let teamId: string;
let cycleId: string;
const findings: Record<string, { id: string; impact: string | null | undefined; help: string; targets: string[] }[]> = {};

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
  const kit = await openTestkit(session);
  await kit.evaluate(() => window.testkit.seed({ teams: 5, employeesPerTeam: 3, closedCyclesPerTeam: 1, now: Date.now() }));
  ({ teamId, cycleId } = await kit.evaluate(() =>
    window.testkit.seedTeam(
      'Nord & Syd',
      [
        { name: 'Anne Ærø', email: 'anne@randers.dk' },
        { name: 'Bo Østergaard', email: 'bo@randers.dk' },
        { name: 'Camilla Å', email: 'camilla@randers.dk' },
      ],
      'tus-iku',
      'prepared',
      Date.now(),
    ),
  ));
  await kit.close();
});
afterAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'a11y-findings.json'), `${JSON.stringify(findings, null, 2)}\n`);
  await session?.close();
  await server?.close();
});

/** Runs axe on the page (or only on `include`) and gives the serious and critical violations, one line each. */
async function check(page: Page, screen: string, include?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const selector of include ?? []) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  findings[screen] = violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} (${v.help})`));
}

const openSession = async () => {
  const page = await session.open(`session.html#cycleId=${cycleId}`);
  await page.waitForSelector('main.session');
  return page;
};
const remaining = async (page: Page) => Number(await page.locator('.clock').getAttribute('data-remaining-ms'));
const phaseName = (page: Page) => page.locator('.agenda li.current').evaluate((el) => el.firstChild?.textContent?.trim());

describe('accessibility (axe-core) in Chromium', () => {
  it('the popup with teams', async () => {
    const page = await session.open('popup.html');
    await page.locator('li.team').first().waitFor();
    expect(await check(page, 'popup')).toEqual([]);
    await page.close();
  });

  it("the dashboard's overview, a team page and settings", async () => {
    const page = await session.open('dashboard.html');
    await page.locator('nav.sidebar').waitFor();
    // The dashboard opens on the overview of all teams (issue 14): checked once its table is there.
    await page.locator('table.overview-table').waitFor();
    expect(await check(page, 'dashboard-overview')).toEqual([]);
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#teamId=${teamId}`);
    await expect.poll(() => page.locator('#team-heading').textContent()).toBe('Nord & Syd');
    expect(await check(page, 'dashboard-team')).toEqual([]);
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#view=settings`);
    await page.getByRole('button', { name: 'Tilføj webmail' }).waitFor();
    expect(await check(page, 'settings')).toEqual([]);
    await page.close();
  });

  it('the session view, normal and in presentation mode', async () => {
    const page = await openSession();
    expect(await check(page, 'session-before-start')).toEqual([]);
    await page.getByRole('button', { name: 'Start samtalen' }).click();
    await expect.poll(() => phaseName(page)).toBe('Indledning');
    await page.locator('[data-field="voresTeam"]').click();
    await page.getByRole('button', { name: 'Træk dialogkort' }).click();
    await expect.poll(() => page.locator('.current-card').getAttribute('data-card-id')).not.toBe('');
    expect(await check(page, 'session')).toEqual([]);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.locator('.clock.paused').count()).toBe(1);
    expect(await check(page, 'session-paused')).toEqual([]);
    await page.getByRole('button', { name: 'Præsentation' }).click();
    await page.waitForSelector('main.presentation');
    expect(await check(page, 'session-presentation')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('main.session');
    await page.close();
  });

  it('the webmail panel in a compose page, before and after inserting an invitation', async () => {
    const dash = await session.open('dashboard.html#view=settings');
    await dash.getByLabel('Adresse', { exact: true }).fill(`http://localhost:${server.port}`);
    await dash.getByRole('button', { name: 'Tilføj webmail' }).click();
    await expect.poll(() => dash.locator('ul.hosts li').count()).toBe(1);
    const kit = await openTestkit(session);
    const draft = await kit.evaluate(() =>
      window.testkit.seedTeam(
        'Natholdet',
        [{ name: 'Dorte', email: 'dorte@randers.dk' }],
        'tus-iku',
        'draft',
        Date.UTC(2026, 11, 2, 8, 30),
      ),
    );
    await kit.close();
    const page = await session.context.newPage();
    await page.goto(`http://localhost:${server.port}/owa/compose.html`);
    const ours = ['tus-assistent-button', 'iframe[title="TUS-assistent"]'];
    const frame = await openOverlay(page);
    expect(await check(page, 'webmail-panel', ours)).toEqual([]);
    const row = frame.locator(`li[data-cycle-id="${draft.cycleId}"]`);
    await row.getByRole('button', { name: 'Indsæt invitation' }).click();
    await expect.poll(() => row.locator('.downloads a').count(), { timeout: 15_000 }).toBe(3);
    expect(await check(page, 'webmail-panel-inserted', ours)).toEqual([]);
    await page.close();
    await dash.close();
  });

  it('the personnel-file panel', async () => {
    // A browser of its own: localhost is the webmail above, and only localhost is granted without a prompt.
    const hr = await launchExtension();
    const dash = await hr.open('dashboard.html#view=settings');
    await dash.getByLabel('Adresse', { exact: true }).fill(`http://localhost:${server.port}`);
    await dash.getByLabel(/^Personalesag/).check();
    await dash.getByRole('button', { name: 'Tilføj personalesagssystem' }).click();
    await expect.poll(() => dash.locator('ul.hosts li').count()).toBe(1);
    await dash.close();
    const page = await hr.context.newPage();
    await page.goto(`http://localhost:${server.port}/personnel/sag.html`);
    await page.locator('tus-assistent-personnel').getByRole('button', { name: 'TUS: til personalesagen' }).click();
    const frame = (await (await page.waitForSelector('iframe[title="TUS-assistent: til personalesagen"]')).contentFrame())!;
    await frame.waitForSelector('main');
    expect(await check(page, 'personnel-panel', ['tus-assistent-personnel', 'iframe[title="TUS-assistent: til personalesagen"]'])).toEqual(
      [],
    );
    await hr.close();
  });
});

describe('the keyboard in Chromium', () => {
  it('reaches every wheel field with Tab, selects with Enter and Space, and runs the session shortcuts E and K', async () => {
    const kit = await openTestkit(session);
    const seeded = await kit.evaluate(() => window.testkit.seedCycle('tus-iku', 4, 'prepared', Date.now()));
    await kit.close();
    const page = await session.open(`session.html#cycleId=${seeded.cycleId}`);
    await page.getByRole('button', { name: 'Start samtalen' }).click();
    await expect.poll(() => phaseName(page)).toBe('Indledning');

    // Tab from the top of the page reaches the wheel's fields, each once, in the wheel's order, with a visible focus.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const visited: string[] = [];
    for (let i = 0; i < 40 && visited.length < 7; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        const shape = el?.querySelector('path, circle');
        return { field: el?.getAttribute('data-field') ?? null, stroke: shape ? getComputedStyle(shape).stroke : null };
      });
      if (focused.field) {
        visited.push(focused.field);
        expect(focused.stroke, focused.field).toBe('rgb(245, 166, 35)');
      }
    }
    const fields = await page.locator('[data-field]').evaluateAll((els) => els.map((el) => el.getAttribute('data-field')));
    expect(visited).toEqual(fields);
    // Enter selects the focused field (the centre, last in the order), Space the one before it.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-field="voresTeam"]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    const previous = fields.at(-2)!;
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator(`[data-field="${previous}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-field="voresTeam"]').getAttribute('aria-pressed')).toBe('false');

    // K draws a dialog card from the selected field.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    expect(await page.locator('.current-card').getAttribute('data-card-id')).toBe('');
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('.current-card').getAttribute('data-card-id')).toMatch(new RegExp(`^${previous}-`));
    // E gives the phase five more minutes.
    const before = await remaining(page);
    await page.keyboard.press('e');
    await expect.poll(async () => (await remaining(page)) - before).toBeGreaterThan(4 * 60_000);
    // P pauses, and the live region says so; P again resumes.
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.clock-state[aria-live="polite"]').textContent()).toBe('På pause');
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.clock.paused').count()).toBe(0);
    // N goes to the next phase, and the live region names it.
    await page.keyboard.press('n');
    await expect.poll(() => phaseName(page)).toBe('Teamfokus: grupper');
    expect(await page.locator('.phase-now[aria-live="polite"]').textContent()).toBe('Teamfokus: grupper');
    // Not while typing: a K in a note is a letter.
    const drawn = await page.locator('.current-card').getAttribute('data-card-id');
    await page.keyboard.press('a');
    const note = page.locator('[data-scope="team"] textarea').first();
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('k');
    expect(await page.locator('[data-scope="team"] textarea').first().inputValue()).toBe('k');
    expect(await page.locator('.current-card').getAttribute('data-card-id')).toBe(drawn);
    await page.close();
  });

  it('shows where the focus is on every control of the dashboard, in page order', async () => {
    const page = await session.open(`dashboard.html#teamId=${teamId}`);
    await expect.poll(() => page.locator('#team-heading').textContent()).toBe('Nord & Syd');
    const seen: { tag: string; outline: string }[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            tag: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        }),
      );
    }
    expect(seen.filter((s) => s.outline.startsWith('none') || s.outline.endsWith(' 0px'))).toEqual([]);
    // Forward order: the sidebar's teams come before the team page's own controls.
    const firstTeamLink = seen.findIndex((s) => s.tag.startsWith('button Team 001') || s.tag.startsWith('a Team 001'));
    expect(firstTeamLink).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});
