import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accessExport } from '../../../lib/actions/privacy';
import { TusDb } from '../../../lib/db/database';
import type { EmployeeRecord } from '../../../lib/privacy/access';
import { ANNE, BO, seed } from './fixture';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
let db: TusDb;
beforeEach(async () => {
  db = new TusDb(`access-${crypto.randomUUID()}`);
  await seed(db, NOW);
});
afterEach(() => db.close());

/** pdftotext (poppler-utils) reads the PDF as the employee's viewer would; -raw keeps hashes on one line. */
const pdfText = (bytes: Uint8Array) =>
  execFileSync('pdftotext', ['-raw', '-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('access export of one employee', () => {
  it('holds a readable PDF, the same as JSON, their IKU PDFs and consent receipts, in one zip', async () => {
    const { bytes, fileName } = await accessExport('bo', { db, now: () => NOW });
    expect(fileName).toBe('Indsigt_Bo_Ege_2026-11-28.zip');
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual([
      'IKU/IKU_2020_Team_Øst_Bo_Ege_v1.pdf',
      'Indsigt_Bo_Ege_2026-11-28.json',
      'Indsigt_Bo_Ege_2026-11-28.pdf',
      expect.stringMatching(/^Samtykke\/Samtykke_IKU_2020_Team_Øst_Bo_Ege_v1\.pdf$/),
    ]);
    expect(strFromU8(files['IKU/IKU_2020_Team_Øst_Bo_Ege_v1.pdf']!)).toBe('%PDF-1.4 IKU for Bo Ege');

    const record = JSON.parse(strFromU8(files['Indsigt_Bo_Ege_2026-11-28.json']!)) as EmployeeRecord;
    expect(record.employee).toMatchObject({ ...BO, number: '4711', teamId: 'ost' });
    expect(record.team).toEqual({ id: 'ost', name: 'Team Øst' });
    expect(record.cycles.map((c) => c.id)).toEqual(['old', 'now']);
    expect(record.agreements.map((a) => a.id).sort()).toEqual(['a-anne', 'a-bo', 'a-now', 'a-team']);
    expect(record.ikuVersions).toEqual([
      expect.objectContaining({ cycleId: 'old', version: 1, contentHash: 'sha256-bo-v1', pdfSha256: 'pdf-bo' }),
    ]);
    expect(record.consent).toEqual([
      expect.objectContaining({
        cycleId: 'old',
        version: 1,
        hash: 'sha256-bo-v1',
        evidence: expect.objectContaining({ from: `Bo Ege <BO.EGE@RANDERS.DK>` }),
      }),
    ]);
    expect(record.corrections.map((c) => c.id)).toEqual(['c-bo']);
    const types = record.events.map((e) => `${e.cycleId}:${e.type}`);
    for (const t of [
      'old:leader.generateIkus',
      'old:iku.consent',
      'old:iku.markFiled',
      'now:leader.setAbsent',
      'now:leader.setNoteTaker',
      'now:leader.updatePlan',
    ])
      expect(types).toContain(t);
    // Anne's consent names Bo in its text: it is about him too. Her other events are not.
    // Her id and address are left out of his copy; the words naming him stay.
    const hers = record.events.filter((e) => e.payload.employeeId === '[anden medarbejder]');
    expect(hers.map((e) => e.type)).toEqual(['iku.consent']);
    expect(hers[0]!.payload.evidence).toMatchObject({ from: '[anden medarbejder]', text: expect.stringContaining('Bo Ege og jeg') });
    const json = strFromU8(files['Indsigt_Bo_Ege_2026-11-28.json']!).toLowerCase();
    expect(json).not.toContain(ANNE.email);
    expect(json).not.toContain('"anne"');
    expect(record.events.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);

    const text = pdfText(files['Indsigt_Bo_Ege_2026-11-28.pdf']!);
    for (const part of [
      'Indsigt: oplysninger om Bo Ege',
      'E-mail: bo.ege@randers.dk',
      'Medarbejdernummer: 4711',
      'Forløb (2)',
      'Aftaler (4)',
      'Kursus i forflytning for Bo Ege',
      'IKU-versioner (1)',
      'indhold SHA-256 sha256-bo-v1',
      'Samtykke (1)',
      'fra Bo Ege <BO.EGE@RANDERS.DK>',
      'Rettelser (1)',
      `Hændelser i logbogen, der nævner medarbejderen (${record.events.length})`,
      record.consent[0]!.eventHash,
      'personalesagen',
    ])
      expect(text).toContain(part);
    expect(text.toLowerCase()).not.toContain(ANNE.email);
  });

  it('refuses an employee who is not there', async () => {
    await expect(accessExport('nobody', { db, now: () => NOW })).rejects.toMatchObject({ key: 'error.notFound.employee' });
  });
});
