import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, screenshot } from './support/browser';

let session: ExtensionSession;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  session = await launchExtension();
  page = await session.open('dashboard.html');
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(async () => {
  await session?.close();
});

const XSS = '<img src=x onerror=alert(1)>';
// Twelve rows as Excel puts them on the clipboard (tab-separated), two of them bad.
const PASTE = [
  'Navn\tE-mail\tMedarbejdernr.',
  'Anne Ærø\tanne@randers.dk\t1001',
  'Bo Østergaard\tbo@randers.dk\t1002',
  'Camilla Å\tcamilla@randers.dk',
  'Dorte\t\t1004',
  'Erik\terik@randers.dk',
  'Frederik\tfrederik(at)randers.dk',
  'Gitte\tgitte@randers.dk',
  'Hans\thans@randers.dk',
  'Ida\tida@randers.dk',
  'Jens\tjens@randers.dk',
  `${XSS}\txss@randers.dk`,
  'Karen\tkaren@randers.dk',
].join('\n');

const click = async (name: string | RegExp) => {
  await page
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .click();
};
const currentStage = () => page.locator('li.stage.current').getAttribute('data-stage');

async function createTeam(name: string) {
  await page.getByLabel('Nyt team').fill(name);
  await click('Opret');
  await expect.poll(() => page.locator('#team-heading').textContent()).toBe(name);
}

async function startCycle(variant: 'TUS med IKU' | 'TUS (teamudviklingsplan)', date: string, expectedDeadline = '') {
  await page.getByLabel(variant).check();
  await page.getByLabel('Dato', { exact: true }).fill(date);
  await page.getByLabel('Tidspunkt').fill('09:30');
  await page.getByLabel('Sted').fill('Mødelokale 2, Rådhuset');
  if (variant === 'TUS med IKU') {
    // Five Danish working days after the session, filled in for the leader.
    await expect.poll(() => page.getByLabel('Rettelsesfrist').inputValue()).toBe(expectedDeadline);
  }
  await click('Start nyt forløb');
  await expect.poll(currentStage).toBe('draft');
}

/** A mark made on the team page instead of where the step is done asks first (issue 19): confirm it. */
const markAnyway = () => click('Markér alligevel');

async function driveSession(phases: number) {
  await click('Invitationen er sendt');
  // Asked first, saying what is missing when the invitation did not go through the webmail panel.
  expect(await page.locator('[role="alertdialog"]').textContent()).toContain('spørgsmålsark, vejledning og kalenderfil');
  await markAnyway();
  await expect.poll(currentStage).toBe('invited');
  await click('Forberedelsen er klar');
  await expect.poll(currentStage).toBe('prepared');
  await click('Start samtalen');
  await expect.poll(currentStage).toBe('session');
  for (let i = 0; i < phases; i++) {
    const before = await page.locator('li.stage.current .phase').textContent();
    await click('Næste fase');
    if (i < phases - 1) await expect.poll(() => page.locator('li.stage.current .phase').textContent()).not.toBe(before);
  }
}

async function followUpAndClose() {
  // The follow-up panel plans and records meetings (the timeline offers no second button for them).
  const panel = page.locator('section.follow-ups');
  // A meeting already held (a meeting is recorded as held from its day on).
  await panel.getByLabel('Dato').fill('2026-11-20');
  await panel.getByLabel('Klokkeslæt').fill('10:00');
  await panel.getByLabel('Sted').fill('Mødelokale 2');
  await panel.getByRole('button', { name: 'Planlæg opfølgningsmøde' }).click();
  await expect.poll(currentStage).toBe('followUps');
  await click('Mødet er holdt');
  await click('Afslut forløbet');
  await expect.poll(() => page.locator('li.stage.current').count()).toBe(0);
  await expect.poll(() => page.locator('ul.history li').first().textContent()).toMatch(/Afsluttet/);
}

describe('dashboard in Chromium', () => {
  it('creates a team, imports employees with a preview, and drives TUS med IKU to closed', async () => {
    await createTeam("Hjemmeplejen Nord & Syd's team");

    await page.locator('summary', { hasText: 'Indsæt liste fra Excel eller CSV' }).click();
    await page.locator('#import-text').fill(PASTE);
    await expect.poll(() => page.locator('.import-preview tr.accepted').count()).toBe(10);
    const rejected = page.locator('.import-preview tr.rejected');
    expect(await rejected.count()).toBe(2);
    expect(await rejected.locator('.reason').allTextContents()).toEqual(['E-mail mangler', 'Ugyldig e-mail: frederik(at)randers.dk']);
    await screenshot(page, 'dashboard-1-import-preview');
    await click('Tilføj 10 medarbejdere');
    await expect.poll(() => page.locator('table.employees tbody tr').count()).toBe(10);
    // The hostile name is shown as text, never parsed as HTML.
    expect(await page.locator('table.employees td', { hasText: XSS }).count()).toBe(1);
    expect(await page.locator('table.employees img').count()).toBe(0);

    // Bad input gets a message at the field, and nothing is created.
    await page.getByLabel('TUS med IKU').check();
    await click('Start nyt forløb');
    expect(await page.locator('#cycle-date-error').textContent()).toBe('Udfyld feltet.');
    expect(await page.locator('#cycle-place-error').textContent()).toBe('Udfyld feltet.');

    await startCycle('TUS med IKU', '2026-12-21', '2026-12-30');
    await screenshot(page, 'dashboard-2-draft');
    await driveSession(6);
    await expect.poll(currentStage).toBe('corrections');
    // Before the deadline the IKUs cannot be generated: the machine offers no such button.
    expect(await page.getByRole('button', { name: "Generér IKU'er" }).count()).toBe(0);
    await click('Luk for rettelser nu');
    await click('Bekræft');
    // The sheet is empty: the content check stops the IKUs until each employee has a reason (issue 15).
    const check = page.locator('section.content-check');
    for (const box of await check.getByRole('checkbox').all()) await box.check();
    for (const reason of await check.locator('textarea[aria-required="true"]').all()) await reason.fill('Aftales efter TUS');
    await check.getByRole('button', { name: "Generér IKU'er" }).click();
    await expect.poll(currentStage).toBe('ikusGenerated');
    expect(await page.locator('table.ikus tr').count()).toBe(10);
    await screenshot(page, 'dashboard-3-ikus');

    const names = await page.locator('table.ikus th').allTextContents();
    // One employee asks for changes first: a new version, then consent to that version.
    const first = names[0]!;
    await click(`Anmodning om samtykke sendt: ${first}`);
    // No reference without the webmail panel: the leader is told the reply cannot be matched.
    expect(await page.locator('[role="alertdialog"]').textContent()).toContain('kan ikke matches automatisk');
    await markAnyway();
    await click(`Ønsker ændringer: ${first}`);
    await page.getByLabel('Hvad ønsker medarbejderen ændret?').fill('Tilføj kursus i forflytning');
    await click('Bekræft');
    // A new version needs new content: "Ny version" is not offered while nothing changed (issue 15);
    // the agreement after the TUS (what, who, when) makes version 2 at once.
    expect(await page.getByRole('button', { name: `Ny version: ${first}` }).count()).toBe(0);
    const afterTus = page.getByLabel(`Aftale efter TUS: ${first}`, { exact: true });
    await afterTus.fill('Kursus i forflytning');
    await page.getByLabel(`Ansvarlig (påkrævet): ${first}`, { exact: true }).fill(first);
    await page.getByLabel(`Dato (påkrævet): ${first}`, { exact: true }).fill('2027-03-01');
    await afterTus.locator('..').getByRole('button', { name: 'Tilføj' }).click();
    await expect.poll(() => page.locator('table.ikus tr').first().locator('.chip').first().textContent()).toBe('IKU v2');
    expect(await page.getByRole('button', { name: `Ny version: ${first}` }).count()).toBe(0);
    for (const name of names) {
      await click(`Anmodning om samtykke sendt: ${name}`);
      await markAnyway();
      await click(`Registrér samtykke (papir/personligt): ${name}`);
      await page.getByLabel('Note (fx "underskrevet på papir")').fill('Underskrevet på papir');
      await click('Bekræft');
      await click(`IKU på personalesag: ${name}`);
      await markAnyway();
      await click(`Samtykke på personalesag: ${name}`);
      await markAnyway();
      if (name !== names.at(-1)) await click(`Sendt til e-Boks: ${name}`);
    }
    // Not archived while one e-Boks mark is missing.
    await expect.poll(currentStage).toBe('consent');
    await screenshot(page, 'dashboard-4-consent');
    await click(`Sendt til e-Boks: ${names.at(-1)!}`);
    await expect.poll(currentStage).toBe('archived');
    await followUpAndClose();

    await page.getByRole('button', { name: 'Vis logbog' }).first().click();
    const log = page.locator('table.audit tbody tr');
    await expect.poll(() => log.count()).toBeGreaterThan(60);
    expect(await page.locator('table.audit').textContent()).toContain('Ønsker ændringer');
    await screenshot(page, 'dashboard-5-closed-with-log');
    expect(dialogs).toEqual([]);
  });

  it('drives a plain TUS to closed', async () => {
    await createTeam('Rengøringen');
    await page.getByLabel('Navn', { exact: true }).fill('Lise');
    await page.getByLabel('E-mail', { exact: true }).fill('lise@randers.dk');
    await click('Tilføj medarbejder');
    await expect.poll(() => page.locator('table.employees tbody tr').count()).toBe(1);
    await startCycle('TUS (teamudviklingsplan)', '2026-12-09');
    await driveSession(4);
    await expect.poll(currentStage).toBe('teamPlan');
    await click('Teamudviklingsplanen er færdig');
    // Who made the plan is chosen (issue 15); the stored version is linked.
    await page.getByLabel('Hele teamet', { exact: true }).check();
    await click('Færdiggør planen');
    await page.locator('section.team-plans li[data-version="1"]').waitFor();
    await screenshot(page, 'dashboard-6-team-plan');
    await followUpAndClose();
  });
});
