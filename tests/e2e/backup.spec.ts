// A backup made in one browser profile restores in a fresh one (issue 13): every table equal,
// PDFs by hash, through the settings page with the keyboard; a wrong passphrase says so first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

const PASS = 'Hjemmeplejen Øst 2026 – blå kaffekande';
const DAY = 86_400_000;
const PEOPLE = ['Åse Ærø', 'Bo Østergaard', 'Carl Hansen'].map((name, i) => ({ name, email: `p${i}@randers.dk` }));
const dir = mkdtempSync(join(tmpdir(), 'tus-backup-'));
const sessions: ExtensionSession[] = [];

afterAll(async () => {
  for (const s of sessions) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const dumpOf = (kit: Page) => kit.evaluate(() => window.testkit.dumpAll());

async function seed(session: ExtensionSession): Promise<void> {
  const kit = await openTestkit(session);
  await kit.evaluate(() => window.testkit.seed({ teams: 3, employeesPerTeam: 4, closedCyclesPerTeam: 2, now: Date.now() }));
  // A TUS med IKU whose correction window is over, with agreements and generated IKU PDFs.
  const { cycleId, employeeIds } = await kit.evaluate(
    ([people, at]) => window.testkit.seedTeam('Hjemmeplejen Øst', people, 'tus-iku', 'corrections', at),
    [PEOPLE, Date.now() - 30 * DAY] as const,
  );
  await kit.evaluate(
    ([id, ids]) =>
      window.testkit.addAgreements(id, [
        { employeeId: null, text: 'Sparring hver fredag – ÆØÅ' },
        ...ids.map((e) => ({ employeeId: e, text: `Kursus for ${e}` })),
      ]),
    [cycleId, employeeIds] as const,
  );
  expect(await kit.evaluate((id) => window.testkit.generateIkus(id), cycleId)).toBe(3);
  await kit.close();
}

describe('backup and restore in Chromium', () => {
  it('makes a backup in one profile and restores it in a fresh one, every table equal', async () => {
    const a = await launchExtension();
    sessions.push(a);
    await seed(a);
    const popup = await a.open('popup.html');
    await expect.poll(() => popup.locator('.backup-reminder').textContent()).toContain('aldrig');
    const page = await a.open('dashboard.html#view=settings');
    // No backup yet and a cycle to lose: the dashboard reminds.
    await expect.poll(() => page.locator('.banner.backup-reminder').textContent()).toContain('aldrig');
    // Settings load when first shown.
    await expect.poll(() => page.locator('section[data-persisted]').count()).toBe(1);
    await page.getByLabel('Adgangsfrase (mindst 12 tegn)').fill(PASS);
    await page.getByLabel('Gentag adgangsfrasen').fill(`${PASS}!`);
    await page.getByLabel('Gentag adgangsfrasen').press('Enter');
    await expect.poll(() => page.locator('#backup-pass-again-error').textContent()).toContain('ikke ens');
    await page.getByLabel('Gentag adgangsfrasen').fill(PASS);
    const download = page.waitForEvent('download');
    await page.getByLabel('Gentag adgangsfrasen').press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^TUS-assistent_sikkerhedskopi_\d{4}-\d{2}-\d{2}\.tusbackup$/);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    await expect.poll(() => page.locator('#backup [role="status"]').allTextContents()).toContainEqual(expect.stringContaining('hentet'));
    await expect.poll(() => page.locator('.banner.backup-reminder').count()).toBe(0);
    // The popup's list follows the write: the reminder row is gone.
    await expect.poll(() => popup.locator('.backup-reminder').count()).toBe(0);
    await screenshot(page, 'backup-1-made');
    const kitA = await openTestkit(a);
    const before = await dumpOf(kitA);

    const b = await launchExtension();
    sessions.push(b);
    const fresh = await b.open('dashboard.html#view=settings');
    await fresh.locator('#restore-file').setInputFiles(path);
    await fresh.getByLabel('Adgangsfrase', { exact: true }).fill('forkert adgangsfrase');
    await fresh.getByLabel('Adgangsfrase', { exact: true }).press('Enter');
    await expect.poll(() => fresh.locator('#restore-pass-error').textContent(), { timeout: 30_000 }).toContain('Forkert adgangsfrase');
    await fresh.getByLabel('Adgangsfrase', { exact: true }).fill(PASS);
    await fresh.getByLabel('Adgangsfrase', { exact: true }).press('Enter');
    await expect.poll(() => fresh.locator('.backup-preview').textContent(), { timeout: 30_000 }).toContain('Hjemmeplejen Øst');
    expect(await fresh.locator('.backup-preview li[data-table="ikus"]').textContent()).toContain(': 3');
    await screenshot(fresh, 'backup-2-preview');
    await fresh.getByRole('button', { name: 'Erstat alt med filens indhold' }).click();
    // The confirmation takes the focus; Enter answers it.
    await expect.poll(() => fresh.evaluate(() => document.activeElement?.textContent)).toBe('Ja, fortsæt');
    await fresh.keyboard.press('Enter');
    await expect
      .poll(() => fresh.locator('[role="status"]').allTextContents(), { timeout: 30_000 })
      .toContainEqual(expect.stringContaining('Gendannet'));
    await screenshot(fresh, 'backup-3-restored');
    const after = await dumpOf(await openTestkit(b));
    expect(after).toEqual(before);
    expect(after.ikus).toHaveLength(3);
    // The restored teams show in the fresh profile's dashboard.
    await fresh.goto(fresh.url().replace(/#.*/, ''));
    await expect.poll(() => fresh.locator('body').textContent()).toContain('Hjemmeplejen Øst');
  });
});
