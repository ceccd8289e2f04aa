// Issue 15, the session: 7 + 7 minutes in pairs (fake clock), the wheel by keyboard, the team's
// own cards, and the leader's preparation with its two PDFs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const seed = async (stage: 'invited' | 'prepared') => {
  const kit = await openTestkit(session);
  const seeded = await kit.evaluate((s) => window.testkit.seedCycle('tus-iku', 4, s, Date.now()), stage);
  await kit.close();
  return seeded;
};
const phaseName = (page: Page) => page.locator('.agenda li.current').evaluate((el) => el.firstChild?.textContent?.trim());
const remaining = async (page: Page) => Number(await page.locator('.clock').getAttribute('data-remaining-ms'));
const focusedField = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-field') ?? null);
/** axe-core's serious and critical violations inside `selector`, one line each. */
const axe = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('the pairs phase in Chromium, on a fake clock', () => {
  it('shows the first person until 6:59 and switches to the second at 7:00, on screen and in a live region', async () => {
    const { cycleId } = await seed('prepared');
    // The page's clock from here on is Playwright's: it runs until paused, and jumps when told.
    await session.context.clock.install();
    const page = await session.open(`session.html#cycleId=${cycleId}`);
    await page.getByRole('button', { name: 'Start samtalen' }).click();
    await expect.poll(() => phaseName(page)).toBe('Indledning');
    for (const expected of ['Teamfokus: grupper', 'Teamfokus: plenum', 'Individuelt fokus: par']) {
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('n');
      await expect.poll(() => phaseName(page)).toBe(expected);
    }
    // Stop the clock a moment into the phase and read exactly how much of it has gone.
    const now = await page.evaluate(() => Date.now());
    await session.context.clock.pauseAt(now + 1000);
    await expect.poll(() => page.locator('.pair-half').getAttribute('data-half')).toBe('1');
    const pausedAt = now + 1000;
    await expect.poll(async () => 14 * 60_000 - (await remaining(page))).toBeLessThanOrEqual(3000);
    const elapsed = 14 * 60_000 - (await remaining(page));
    const phaseStart = pausedAt - elapsed;

    await session.context.clock.pauseAt(phaseStart + 6 * 60_000 + 59_000);
    await expect.poll(() => remaining(page)).toBe(7 * 60_000 + 1000);
    expect(await page.locator('.pair-person').textContent()).toBe('Første person · 1/2 · 00:01 tilbage af halvdelen');
    expect(await page.locator('.pair-switch[aria-live="assertive"]').textContent()).toBe('');

    await session.context.clock.pauseAt(phaseStart + 7 * 60_000);
    await expect.poll(() => page.locator('.pair-half').getAttribute('data-half')).toBe('2');
    expect(await page.locator('.pair-person').textContent()).toBe('Anden person · 2/2 · 07:00 tilbage af halvdelen');
    expect(await page.locator('.pair-switch.active[aria-live="assertive"]').textContent()).toBe('Skift! Nu er det anden persons tur.');
    await screenshot(page, 'session-pairs-switch');
    // The projector shows the same.
    await page.keyboard.press('f');
    await page.waitForSelector('main.presentation');
    expect(await page.locator('.presentation .pair-switch.active').textContent()).toBe('Skift! Nu er det anden persons tur.');
    await screenshot(page, 'session-pairs-switch-presentation');
    await page.keyboard.press('Escape');

    // Half a minute later the banner has done its job; the second person's half goes on.
    await session.context.clock.pauseAt(phaseStart + 7 * 60_000 + 31_000);
    await expect.poll(() => page.locator('.pair-switch').textContent()).toBe('');
    expect(await page.locator('.pair-half').getAttribute('data-half')).toBe('2');
    await session.context.clock.resume();
    await page.close();
  });
});

describe('the wheel by keyboard in Chromium', () => {
  it('moves round the fields with the arrow keys and chooses with Enter and Space; the chosen field shows', async () => {
    const { cycleId } = await seed('prepared');
    const page = await session.open(`session.html#cycleId=${cycleId}`);
    await page.getByRole('button', { name: 'Start samtalen' }).click();
    await expect.poll(() => phaseName(page)).toBe('Indledning');
    expect(await page.locator('.wheel-choice').textContent()).toBe('Intet felt valgt: dialogkortene kommer fra alle felter.');

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 40 && (await focusedField(page)) === null; i++) await page.keyboard.press('Tab');
    expect(await focusedField(page)).toBe('opgaver');
    await page.keyboard.press('ArrowRight');
    expect(await focusedField(page)).toBe('kompetencer');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-field="kompetencer"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.wheel-choice[aria-live="polite"]').textContent()).toBe('Valgt felt: Faglighed: Kompetencer');
    expect(await page.locator('#cards-heading').textContent()).toBe('Kort fra Kompetencer');

    // Left from the first field of the ring wraps round to the centre, the last.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedField(page)).toBe('voresTeam');
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('.wheel-choice').textContent()).toBe('Valgt felt: Vores team');
    expect(await page.locator('[data-field="kompetencer"]').getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Home');
    expect(await focusedField(page)).toBe('opgaver');
    await page.close();
  });
});

describe('the team’s own cards in Chromium', () => {
  it('adds a card at the card table, draws it, and keeps its words on the table after it is deleted', async () => {
    const { cycleId } = await seed('prepared');
    const page = await session.open(`session.html#cycleId=${cycleId}`);
    await page.getByRole('button', { name: 'Start samtalen' }).click();
    await expect.poll(() => phaseName(page)).toBe('Indledning');
    const editor = page.locator('.cards .card-editor');
    await page.locator('.cards details.own-cards summary').click();
    await editor.getByLabel('Slags kort').selectOption('exercise');
    await editor.getByLabel('Kortets tekst').fill('Gåtur to og to: hvad lykkedes i år?');
    await editor.getByRole('button', { name: 'Tilføj kort' }).click();
    await expect.poll(() => editor.locator('li').count()).toBe(1);
    expect(await axe(page, 'section.cards')).toEqual([]);

    // Five built-in exercises and ours: six draws empty the pile, and ours was among them.
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const before = await page.locator('.current-card').getAttribute('data-card-id');
      await page.getByRole('button', { name: 'Træk øvelseskort' }).click();
      await expect.poll(() => page.locator('.current-card').getAttribute('data-card-id')).not.toBe(before);
      seen.push((await page.locator('.current-card').getAttribute('data-card-id'))!);
      if (seen.at(-1)!.startsWith('own-')) break;
    }
    expect(seen.at(-1)).toMatch(/^own-/);
    expect(await page.locator('.current-card').textContent()).toBe('Gåtur to og to: hvad lykkedes i år?');

    await editor.getByRole('button', { name: 'Slet kortet: Gåtur to og to: hvad lykkedes i år?' }).click();
    await expect.poll(() => editor.locator('li').count()).toBe(0);
    // The drawn card carried its words into the log: the table still shows them.
    expect(await page.locator('.current-card').textContent()).toBe('Gåtur to og to: hvad lykkedes i år?');
    await page.close();
  });
});

describe('the leader’s preparation in Chromium', () => {
  it('shows the seed’s advice, keeps the answers with the cycle, and makes the leader guide and the wheel as PDFs', async () => {
    const { teamId } = await seed('invited');
    let page = await session.open(`dashboard.html#teamId=${teamId}`);
    const panel = page.locator('section.preparation');
    await expect.poll(() => panel.locator('#prep-heading').textContent()).toBe('Forberedelse: gode råd');
    const text = (await panel.textContent()) ?? '';
    for (const part of ['trivselsmedarbejder', 'TR', 'AMR', 'leder med personaleansvar', 'Spilleregler', 'Fortrolighed'])
      expect(text).toContain(part);

    await panel.getByLabel('Hvad er det overordnede formål med at holde samtalen?').fill('Fælles retning for det nye år');
    await panel.getByLabel('Hvad vil du gerne have, at der kommer ud af samtalen?').click();
    await expect.poll(() => panel.locator('[data-field="purpose"] .save-state').textContent()).toBe('Gemt');
    await screenshot(page, 'preparation-panel');
    await page.locator('section.preparation details.own-cards summary').click();
    expect(await axe(page, 'section.preparation')).toEqual([]);
    await page.close();

    page = await session.open(`dashboard.html#teamId=${teamId}`);
    const purpose = page.locator('section.preparation').getByLabel('Hvad er det overordnede formål med at holde samtalen?');
    await expect.poll(() => purpose.inputValue()).toBe('Fælles retning for det nye år');

    const guide = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent lederguide (PDF)' }).click();
    const guideText = pdfText((await (await guide).path())!);
    expect(guideText).toMatch(/Hvad er det overordnede formål med at holde samtalen\? Fælles retning for det nye år/);
    expect(guideText).toContain('Hvem kan facilitere og tage noter');

    const wheel = page.waitForEvent('download');
    await page.locator('section.preparation').getByRole('button', { name: 'Hent samtalehjulet (PDF)' }).click();
    const wheelFile = await wheel;
    expect(wheelFile.suggestedFilename()).toMatch(/^Samtalehjul_.*\.pdf$/);
    const wheelText = pdfText((await wheelFile.path())!);
    expect(wheelText).toContain('Samtalehjulet: temaer og hjælpespørgsmål');
    expect(wheelText).toContain('Hjælpespørgsmål til opsamlingen');
    expect(
      readFileSync((await wheelFile.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.close();
  });
});
