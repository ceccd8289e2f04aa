// Issue 19, the archive round in one pass, counted: from the team page to every approved IKU
// archived, for teams of 12 and 24. Our part only: the HR system's own upload and sending e-Boks
// happen outside the tool and are not ours to count. The counts go to test-results/action-counts.json,
// which `npm run bench` prints beside the manual baseline.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionCounter, recordCounts } from './support/actions';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';
import { startFixtureServer } from './support/fixture-server';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
  // Setting up the personnel-file host is done once, in settings, not in every round: not counted.
  const dash = await session.open('dashboard.html#view=settings');
  await dash.getByLabel('Adresse', { exact: true }).fill(`http://localhost:${server.port}`);
  await dash.getByLabel(/^Personalesag/).check();
  await dash.getByRole('button', { name: 'Tilføj personalesagssystem' }).click();
  await dash.waitForFunction(() => document.querySelectorAll('ul.hosts li').length === 1);
  await dash.close();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const pdfText = (bytes: Uint8Array) =>
  execFileSync('pdftotext', ['-raw', '-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');

async function seedApproved(team: string, n: number) {
  const kit = await openTestkit(session);
  const people = Array.from({ length: n }, (_, i) => ({
    name: `Medarbejder ${String(i + 1).padStart(2, '0')} Ærø`,
    email: `m${i}@randers.dk`,
  }));
  const seeded = await kit.evaluate(
    ([name, list]) => window.testkit.seedTeam(name, list, 'tus-iku', 'corrections', Date.now() - 10 * 86_400_000),
    [team, people] as const,
  );
  await kit.evaluate(
    ([id, ids]) =>
      window.testkit.addAgreements(id, [
        { employeeId: null, text: 'Fælles sparring' },
        ...ids.map((e) => ({ employeeId: e, text: `Kursus for ${e}` })),
      ]),
    [seeded.cycleId, seeded.employeeIds] as const,
  );
  expect(await kit.evaluate((id) => window.testkit.generateIkus(id), seeded.cycleId)).toBe(n);
  expect(await kit.evaluate((id) => window.testkit.consentAll(id), seeded.cycleId)).toBe(n);
  return { kit, people, ...seeded };
}

describe('the archive round, counted', () => {
  for (const n of [12, 24]) {
    it(`${n} employees: our part costs at most 2 actions per employee + 3`, async () => {
      const team = `Hjemmeplejen ${n}`;
      const { kit, people, teamId, cycleId } = await seedApproved(team, n);
      const dash = await session.open(`dashboard.html#teamId=${teamId}`);
      const leader = new ActionCounter();
      leader.flow('archive');

      // The team page's step leads to the personnel file (opens in a new tab).
      const opened = session.context.waitForEvent('page');
      await leader.as(dash).locator('a[data-place="personnelFile"]').click();
      const hr = await opened;
      await hr.waitForLoadState();
      await leader.as(hr).locator('tus-assistent-personnel').getByRole('button', { name: 'TUS: til personalesagen' }).click();
      const panel = (await (await hr.waitForSelector('iframe[title="TUS-assistent: til personalesagen"]')).contentFrame())!;
      await panel.waitForSelector('li[data-employee-id]');

      // "Hent alle": every archive file in one zip, each the IKU with its receipt after it.
      const download = hr.waitForEvent('download');
      await leader
        .as(panel)
        .getByRole('button', { name: `Hent alle ${n} arkivfiler (zip)` })
        .click();
      const zip = unzipSync(readFileSync((await (await download).path())!));
      const names = Object.keys(zip).sort();
      expect(names).toHaveLength(n);
      expect(names[0]).toMatch(/^IKU_Medarbejder_01_Ærø_\d{4}-\d{2}-\d{2}_v1\.pdf$/);
      const first = pdfText(zip[names[0]!]!);
      expect(first.indexOf('Individuel kompetenceudviklingsplan (IKU)')).toBeGreaterThanOrEqual(0);
      expect(first.indexOf('Kvittering: skriftligt samtykke til IKU')).toBeGreaterThan(first.indexOf('Kursus for'));
      await screenshot(hr, `archive-round-${n}-panel`);

      // One upload per employee into the HR system (outside our part), then one mark for it.
      for (const person of people) {
        await leader
          .as(panel)
          .getByRole('button', { name: `Lagt på personalesagen: ${person.name}` })
          .click();
        await panel.getByRole('button', { name: `Lagt på personalesagen: ${person.name}` }).waitFor({ state: 'detached' });
      }
      // e-Boks, sent from the municipality's system, marked for the whole team at once.
      await leader
        .as(panel)
        .getByRole('button', { name: `Sendt til e-Boks: alle ${n} godkendte i ${team}` })
        .click();
      await expect.poll(() => kit.evaluate((id) => window.testkit.stateOf(id), cycleId)).toBe('archived');
      await expect.poll(() => panel.getByText('Ingen godkendte IKU’er venter på at blive arkiveret.').count()).toBe(1);

      const { total, byKind } = leader.tally('archive');
      recordCounts('archive', n, leader.tally('archive'));
      // Once: open the personnel file, switch to its tab, the TUS button, "Hent alle", e-Boks for the team.
      expect(byKind).toEqual({ click: n + 4, tabSwitch: 1 });
      expect(total).toBe(n + 5);
      expect(total).toBeLessThanOrEqual(2 * n + 3);
      await hr.close();
      await dash.close();
      await kit.close();
    }, 240_000);
  }

  it('one employee at a time: the archive file alone, and e-Boks per employee', async () => {
    const { kit, people, employeeIds, cycleId } = await seedApproved('Rengøringen', 2);
    const hr = await session.context.newPage();
    await hr.goto(`http://localhost:${server.port}/personnel/sag.html`);
    await hr.locator('tus-assistent-personnel').getByRole('button', { name: 'TUS: til personalesagen' }).click();
    const panel = (await (await hr.waitForSelector('iframe[title="TUS-assistent: til personalesagen"]')).contentFrame())!;
    const row = panel.locator(`li[data-employee-id="${employeeIds[0]}"]`);
    const download = hr.waitForEvent('download');
    await row.getByRole('button', { name: `Hent arkivfil: ${people[0]!.name}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^IKU_Medarbejder_01_Ærø_\d{4}-\d{2}-\d{2}_v1\.pdf$/);
    const text = pdfText(readFileSync((await file.path())!));
    expect(text).toContain('Kvittering: skriftligt samtykke til IKU');
    // The file stays at hand as a link, e.g. to drag into the HR system.
    expect(await row.locator('.downloads a').getAttribute('download')).toBe(file.suggestedFilename());
    await row.getByRole('button', { name: `Sendt til e-Boks: ${people[0]!.name}` }).click();
    await expect.poll(() => row.locator('.ok').allTextContents()).toEqual(['✓ Sendt til e-Boks']);
    // The team button now counts only the one still without e-Boks.
    expect(await panel.getByRole('button', { name: 'Sendt til e-Boks: alle 1 godkendte i Rengøringen' }).count()).toBe(1);
    await row.getByRole('button', { name: `Lagt på personalesagen: ${people[0]!.name}` }).click();
    await expect
      .poll(() => kit.evaluate(([c, e]) => window.testkit.ikuState(c, e), [cycleId, employeeIds[0]!] as const))
      .toMatchObject({
        value: 'archived',
      });
    await hr.close();
    await kit.close();
  }, 120_000);
});
