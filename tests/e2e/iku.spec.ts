import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const PEOPLE = Array.from({ length: 12 }, (_, i) => ({
  name: `Medarbejder ${String.fromCharCode(65 + i)}${i === 0 ? ' Ærø' : ''}`,
  email: `m${i}@randers.dk`,
}));

describe('IKUs in Chromium', () => {
  it('corrects a row, generates 12 IKUs with progress, each with exactly its own content, rendered as a person sees them', async () => {
    const kit = await openTestkit(session);
    // The session was today, so the correction window is open.
    const { teamId, cycleId } = await kit.evaluate(
      (people) => window.testkit.seedTeam('Hjemmeplejen Øst', people, 'tus-iku', 'corrections', Date.now()),
      PEOPLE,
    );
    const employeeIds: string[] = PEOPLE.map((_, i) => `${teamId}-e${i}`);
    await kit.evaluate(
      ([id, ids]) =>
        window.testkit.addAgreements(id, [
          { employeeId: null, text: 'Vi holder sparring hver fredag – ÆØÅ æøå', owner: 'Alle' },
          // Owner and date: the content check lets concrete agreements through without a word.
          ...ids.map((e, i) => ({
            employeeId: e,
            text: `Individuel aftale nr. ${i}: kursus i forflytning`,
            owner: 'Lene',
            due: '2027-03-01',
          })),
        ]),
      [cycleId, employeeIds] as const,
    );

    const page = await session.open(`dashboard.html#teamId=${teamId}`);
    await page.waitForSelector('section.corrections');
    const block = page.locator(`.correction-block[data-employee-id="${employeeIds[1]}"]`);
    await block.locator('textarea').first().fill('Individuel aftale nr. 1: kursus i demens (rettet)');
    await block.getByRole('button', { name: 'Gem rettelse' }).first().click();
    await expect.poll(() => page.locator('table.correction-log tbody tr').count()).toBe(1);
    expect(await page.locator('table.correction-log').textContent()).toContain('kursus i forflytning');
    await screenshot(page, 'iku-1-corrections');

    await page.getByRole('button', { name: 'Luk for rettelser nu' }).click();
    await page.getByRole('button', { name: 'Bekræft' }).click();
    await expect.poll(() => page.locator('section.corrections').textContent()).toContain('låst');
    await page.getByRole('button', { name: "Generér IKU'er" }).click();
    await expect.poll(() => page.locator('ul.iku-files li').count(), { timeout: 30_000 }).toBe(12);
    await screenshot(page, 'iku-2-generated');

    const pdfs = await kit.evaluate((id) => window.testkit.ikuPdfs(id), cycleId);
    expect(pdfs).toHaveLength(12);
    const dir = mkdtempSync(join(tmpdir(), 'ikus-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const pdf of pdfs) {
      const file = join(dir, pdf.fileName);
      writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const n = employeeIds.indexOf(pdf.employeeId);
      expect(text).toContain('Vi holder sparring hver fredag – ÆØÅ æøå');
      expect(text).toContain(
        n === 1 ? 'Individuel aftale nr. 1: kursus i demens (rettet)' : `Individuel aftale nr. ${n}: kursus i forflytning`,
      );
      expect(text.match(/Individuel aftale nr\. \d+/g)).toEqual([`Individuel aftale nr. ${n}`]);
      expect(text).toContain(PEOPLE[n]!.name);
    }
    // As a person would see them: the first IKU rendered to PNG.
    const first = pdfs.find((p) => p.employeeId === employeeIds[0])!;
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(dir, first.fileName), join(ARTIFACTS, 'iku-3-first-page')]);

    // One zip of all twelve.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent alle 12 som zip' }).click();
    expect((await download).suggestedFilename()).toBe('IKU_Hjemmeplejen_Øst.zip');
    await kit.close();
    await page.close();
  });
});
