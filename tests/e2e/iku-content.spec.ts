// Issue 15 in Chromium: the content check stops an IKU made of minutes or missing owners and dates
// until the leader fixes the rows or gives a reason; the IKU and the team plan read back (pdftotext)
// with every part HR and the team need, and the team plan's link is the stored version (a reload keeps it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const PEOPLE = [
  { name: 'Anne Holm', email: 'anne@randers.dk' },
  { name: 'Bo Berg', email: 'bo@randers.dk' },
];

/** A PDF's text in reading order, whitespace folded; also renders page 1 to test-results/<name>-1.png. */
function readPdf(bytes: Buffer, name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'documents-')), `${name}.pdf`);
  writeFileSync(file, bytes);
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(ARTIFACTS, name)]);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Each part found after the one before it. */
function expectInOrder(text: string, parts: readonly string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from} in: ${text}`).toBeGreaterThanOrEqual(from);
    from = at + part.length;
  }
}

const closeCorrections = async (page: Page) => {
  await page.getByRole('button', { name: 'Luk for rettelser nu' }).click();
  await page.getByRole('button', { name: 'Bekræft' }).click();
};

describe('the IKU content check and the documents in Chromium', () => {
  it('stops generation on minutes and missing owner, date or rows; the leader fixes a row, gives a reason for the other, and generates', async () => {
    const kit = await openTestkit(session);
    // The session was today: the correction window is open.
    const { teamId, cycleId, employeeIds } = await kit.evaluate(
      (people) => window.testkit.seedTeam('Hjemmeplejen Øst', people, 'tus-iku', 'corrections', Date.now()),
      PEOPLE,
    );
    const [anne, bo] = employeeIds as [string, string];
    await kit.evaluate(
      ([id, a]) =>
        window.testkit.addAgreements(id, [
          { employeeId: null, text: 'Sparring hver fredag ✓', owner: 'Hele teamet', due: '2027-01-08' },
          { employeeId: a, text: 'Vi talte om at Dorthe synes det er hårdt med aftenvagterne' },
        ]),
      [cycleId, anne] as const,
    );

    const page = await session.open(`dashboard.html#teamId=${teamId}`);
    const check = page.locator('section.content-check');
    await check.waitFor();
    const anneRow = check.locator(`.check-employee[data-employee-id="${anne}"]`);
    expect(await anneRow.textContent()).toContain('mangler ansvarlig, mangler dato, ligner et referat');
    expect(await check.locator(`.check-employee[data-employee-id="${bo}"]`).textContent()).toContain('Ingen individuelle aftaler.');
    // The character report, before any PDF exists.
    expect(await check.locator('.pdf-chars').textContent()).toBe('Disse tegn kan PDF’en ikke vise som skrevet: ✓ → v');
    await screenshot(page, 'iku-content-1-check');

    // The window closes; the one "Generér IKU'er" on the page is the check's, and it waits, naming both
    // (the store's own refusal is tests/lib/iku/generate-check.test.ts).
    await closeCorrections(page);
    await check.locator('.generate').waitFor();
    expect(await page.getByRole('button', { name: "Generér IKU'er" }).count()).toBe(1);
    expect(await check.getByRole('button', { name: "Generér IKU'er" }).isDisabled()).toBe(true);
    expect(await check.locator('.generate').textContent()).toContain('Ret eller begrund først: Anne Holm, Bo Berg');
    expect(await kit.evaluate((id) => window.testkit.ikuPdfs(id), cycleId)).toEqual([]);

    // The leader reopens the corrections (the timeline's own form is tested elsewhere) and fixes Anne's row.
    await kit.evaluate(
      (id) => window.testkit.appendEvents(id, [{ type: 'leader.reopenCorrections', at: Date.now(), until: Date.now() + 86_400_000 }]),
      cycleId,
    );
    const fix = anneRow.locator('.fix-row');
    await fix.waitFor();
    await fix.locator('textarea').fill('Sidemandsoplæring i aftenvagten med Dorthe');
    await fix.getByLabel('Ansvarlig').fill('Anne Holm');
    await fix.getByLabel('Dato').fill('2027-02-01');
    await fix.getByRole('button', { name: 'Gem rettelsen' }).click();
    await expect.poll(() => anneRow.count()).toBe(0);
    expect(await check.textContent()).toContain('Rettelsen er gemt og logget.');

    // Bo has no individual agreement: generated anyway, with a reason (required).
    await closeCorrections(page);
    await check.getByLabel('Generér alligevel for Bo Berg').check();
    const generate = check.getByRole('button', { name: "Generér IKU'er" });
    expect(await generate.isDisabled()).toBe(true);
    await check.getByLabel('Begrundelse for Bo Berg (skrives i logbogen)').fill('Bo var syg; vi aftaler hans punkter efter TUS');
    await screenshot(page, 'iku-content-2-reason');
    await generate.click();
    await expect.poll(() => page.locator('ul.iku-files li').count(), { timeout: 30_000 }).toBe(2);
    expect(await page.locator('.notice[role="status"]').textContent()).toContain('Disse tegn kunne PDF’en ikke vise som skrevet: ✓ → v');

    const pdfs = await kit.evaluate((id) => window.testkit.ikuPdfs(id), cycleId);
    const anneText = readPdf(Buffer.from(pdfs.find((p) => p.employeeId === anne)!.base64, 'base64'), 'iku-content-3-anne');
    expectInOrder(anneText, [
      'Individuel kompetenceudviklingsplan (IKU)',
      'Team: Hjemmeplejen Øst',
      'Medarbejder: Anne Holm',
      'TUS med IKU holdt:',
      'Planen dækker (12 måneder):',
      'Teamfokus – teamets aftaler',
      'Sparring hver fredag v',
      'Ansvarlig: Hele teamet · Dato: 8. jan. 2027',
      'Individuelt fokus – dine aftaler',
      'Sidemandsoplæring i aftenvagten med Dorthe',
      'Ansvarlig: Anne Holm · Dato: 1. feb. 2027',
      'Aftalt mellem dig og lederen efter TUS med IKU',
      'Opfølgning',
      'aftaler du med din leder',
      'Godkendelse',
      'Version 1 · indhold SHA-256',
      'Jeg godkender min IKU version 1.',
      'Medarbejder (navn):',
      'Leder (navn):',
    ]);
    expect(anneText).not.toContain('Vi talte om');
    const boText = readPdf(Buffer.from(pdfs.find((p) => p.employeeId === bo)!.base64, 'base64'), 'iku-content-4-bo');
    expectInOrder(boText, ['Medarbejder: Bo Berg', 'Individuelt fokus – dine aftaler', 'Ingen individuelle aftaler.', 'Godkendelse']);
    await kit.close();
    await page.close();
  });

  it('completes the team plan as made by the TRIO; the stored version is linked after a reload and reads back whole', async () => {
    const kit = await openTestkit(session);
    const sessionAt = Date.now() - 2 * 3_600_000;
    const { teamId, cycleId } = await kit.evaluate(([people, at]) => window.testkit.seedTeam('Rengøringen', people, 'tus', 'session', at), [
      PEOPLE,
      sessionAt,
    ] as const);
    await kit.evaluate(
      (id) =>
        window.testkit.addAgreements(id, [
          { employeeId: null, text: 'Morgenmøde hver mandag ✓', owner: 'Alle', due: '2027-01-04', term: 'short' },
          { employeeId: null, text: 'Jobbytte med naboteamet', owner: 'Bo Berg', due: '2027-09-01', term: 'long' },
        ]),
      cycleId,
    );
    // The session's last two phases end: the cycle waits for its team plan.
    await kit.evaluate(
      (id) =>
        window.testkit.appendEvents(id, [
          { type: 'leader.nextPhase', at: Date.now() - 1000 },
          { type: 'leader.nextPhase', at: Date.now() },
        ]),
      cycleId,
    );
    expect(await kit.evaluate((id) => window.testkit.stateOf(id), cycleId)).toBe('teamPlan');

    const page = await session.open(`dashboard.html#teamId=${teamId}`);
    const panel = page.locator('section.team-plans');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Planen er ikke færdiggjort endnu.');
    expect(await panel.locator('.pdf-chars').textContent()).toBe('Disse tegn kan PDF’en ikke vise som skrevet: ✓ → v');
    await page.getByRole('button', { name: 'Teamudviklingsplanen er færdig' }).click();
    const complete = page.getByRole('button', { name: 'Færdiggør planen' });
    // Who made it is chosen, never assumed.
    expect(await complete.isDisabled()).toBe(true);
    await page.getByLabel('TRIO’en (leder, TR og AMR)').check();
    await complete.click();
    await panel.locator('li[data-version="1"]').waitFor();
    expect(await panel.textContent()).toContain('Version 1, lavet af TRIO’en (leder, TR og AMR)');

    await page.reload();
    const link = page.locator('section.team-plans li[data-version="1"] a');
    await link.waitFor();
    expect(await link.getAttribute('download')).toBe('Teamudviklingsplan_Rengøringen.pdf');
    const base64 = await link.evaluate(async (a: HTMLAnchorElement) => {
      const bytes = new Uint8Array(await (await fetch(a.href)).arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    });
    await screenshot(page, 'team-plan-1-stored');
    expectInOrder(readPdf(Buffer.from(base64, 'base64'), 'team-plan-2-pdf'), [
      'Fælles teamudviklingsplan',
      'Team: Rengøringen',
      'TUS-samtale holdt:',
      'Udarbejdet af: Arbejdspladsens TRIO (leder, tillidsrepræsentant og arbejdsmiljørepræsentant)',
      'Version: 1',
      'Aftaler på kort sigt',
      'Morgenmøde hver mandag v',
      'Ansvarlig: Alle · Dato: 4. jan. 2027',
      'Aftaler på lang sigt',
      'Jobbytte med naboteamet',
      'Ansvarlig: Bo Berg · Dato: 1. sep. 2027',
      'Opfølgning',
      'Der er ikke aftalt opfølgningsmøder endnu.',
      'Teamudviklingsplan version 1',
    ]);
    await kit.close();
    await page.close();
  });
});
