import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const DAY = 86_400_000;
const PEOPLE = [
  { name: 'Bo Ege', email: 'bo.ege@randers.dk' },
  { name: 'Anne Holm', email: 'anne@randers.dk' },
];

describe('GDPR per employee in Chromium', () => {
  it('exports everything about one employee, then erases them after asking, and the log still verifies', async () => {
    const kit = await openTestkit(session);
    const sessionAt = Date.now() - 60 * DAY;
    const { teamId, cycleId, employeeIds } = await kit.evaluate(
      ([people, at]) => window.testkit.seedTeam('Hjemmeplejen', people, 'tus-iku', 'archived', at),
      [PEOPLE, sessionAt] as const,
    );
    const page = await session.open(`dashboard.html#teamId=${teamId}`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const bo = page.locator(`table.employees tr[data-employee-id="${employeeIds[0]}"]`);

    // Access: one zip with the readable PDF and the JSON.
    const download = page.waitForEvent('download');
    await bo.getByRole('button', { name: 'Hent alt om Bo Ege (indsigt)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^Indsigt_Bo_Ege_\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(readFileSync(await saved.path()));
    const names = Object.keys(files);
    const json = JSON.parse(strFromU8(files[names.find((n) => n.endsWith('.json'))!]!)) as {
      employee: { name: string };
      events: { type: string }[];
      consent: unknown[];
    };
    expect(json.employee.name).toBe('Bo Ege');
    expect(json.consent).toHaveLength(1);
    expect(json.events.map((e) => e.type)).toContain('iku.markFiled');
    expect(names.some((n) => n.startsWith('Samtykke/'))).toBe(true);
    const pdf = execFileSync('pdftotext', ['-', '-'], {
      input: files[names.find((n) => n.endsWith('.pdf') && !n.includes('/'))!]!,
      encoding: 'utf8',
    });
    expect(pdf.replace(/\s+/g, ' ')).toContain('Indsigt: oplysninger om Bo Ege');

    // "Fjern" asks first; Escape leaves everything as it was.
    await bo.getByRole('button', { name: 'Fjern Bo Ege' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Fjern og slet Bo Ege' });
    await expect.poll(() => dialog.textContent()).toContain('hændelser i 1 forløbs logbog');
    expect(await dialog.textContent()).toContain('personalesagen');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annullér');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await bo.count()).toBe(1);

    await bo.getByRole('button', { name: 'Fjern Bo Ege' }).click();
    await screenshot(page, 'privacy-erase-dialog');
    await dialog.getByRole('button', { name: 'Fjern og slet', exact: true }).click();
    await expect.poll(() => bo.count()).toBe(0);
    expect(await page.locator(`table.employees tr[data-employee-id="${employeeIds[1]}"]`).count()).toBe(1);

    // The cycle replays to where it was, and its logbook verifies, with the erasure on record.
    expect(await kit.evaluate((id) => window.testkit.stateOf(id), cycleId)).toBe('archived');
    await page.locator(`li[data-cycle-id="${cycleId}"]`).getByRole('button', { name: 'Vis logbog' }).click();
    await expect.poll(() => page.locator('table.audit').textContent()).toContain('Personoplysninger slettet');
    await expect.poll(() => page.getByText('Logbogen er kontrolleret: ingen hændelse er ændret.').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows the closed cycles older than N years, and erases exactly those after confirmation', async () => {
    const kit = await openTestkit(session);
    await kit.evaluate(() => window.testkit.clear());
    const old = Date.now() - 8 * 365 * DAY;
    await kit.evaluate(([people, at]) => window.testkit.seedTeam('Gammelt team', people, 'tus', 'closed', at), [PEOPLE, old] as const);
    await kit.evaluate(([people, at]) => window.testkit.seedTeam('Nyt team', people, 'tus', 'closed', at), [
      PEOPLE,
      Date.now() - 300 * DAY,
    ] as const);
    const page = await session.open('dashboard.html#view=settings');
    const retention = page.locator('section[aria-labelledby="retention-heading"]');
    await page.getByLabel('Afsluttede forløb ældre end (år)').fill('5');
    await expect.poll(() => page.getByLabel('Afsluttede forløb ældre end (år)').inputValue()).toBe('5');
    await page.getByRole('button', { name: 'Vis hvad der slettes' }).click();
    // Polled on the whole section, so a failure shows what it said instead.
    await expect.poll(() => retention.textContent()).toContain('1 forløb slettes');
    const list = retention.getByRole('alertdialog');
    await screenshot(page, 'privacy-retention');
    expect(await list.textContent()).toContain('Gammelt team');
    expect(await list.textContent()).not.toContain('Nyt team');
    await list.getByRole('button', { name: 'Slet 1 forløb' }).click();
    await expect.poll(() => retention.getByRole('status').textContent()).toBe('1 forløb er slettet.');
    await page.getByRole('button', { name: 'Vis hvad der slettes' }).click();
    await expect.poll(() => page.getByText('Ingen afsluttede forløb er ældre end 5 år.').count()).toBe(1);
  });
});
