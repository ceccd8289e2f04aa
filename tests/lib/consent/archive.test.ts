import { execFileSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { allUploadFiles, markEBoksTeam, markFiled, uploadFiles } from '../../../lib/consent/archive-handlers';
import { archiveFileName, archivePdf, archiveZipName } from '../../../lib/consent/archive-pdf';
import { appendEvent, appendEvents, loadCycle, RefusedEventError } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { setSetting } from '../../../lib/settings/store';
import { ikuOf } from '../../../machines/cycle.machine';
import { DEADLINE } from '../../support/cycle-events';
import { endSessionWithIkus, seedCycleInSession } from '../../support/iku-cycle';

/** pdftotext (poppler-utils) reads the file as HR's viewer would; pages split by form feed. */
const pages = (bytes: Uint8Array) =>
  execFileSync('pdftotext', ['-raw', '-', '-'], { input: bytes, encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/\s+/g, ' '));

let db: TusDb;
const people = [
  { id: 'e0', name: 'Åse Ærø', email: 'ase@randers.dk' },
  { id: 'e1', name: 'Bo Berg', email: 'bo@randers.dk' },
  { id: 'e2', name: 'Cecilie Holm', email: 'cecilie@randers.dk' },
];
const AT = DEADLINE + 10;
const ikuOfE = async (id: string) => ikuOf((await loadCycle(db, 'c')).snapshot.context, id)!;
const eventTypes = async () => (await db.events.where('cycleId').equals('c').sortBy('seq')).map((e) => `${e.type}:${e.payload.mark ?? ''}`);

async function consent(id: string, at: number) {
  const { context } = await ikuOfE(id);
  await appendEvent(db, 'c', {
    type: 'iku.consent',
    employeeId: id,
    at,
    version: context.version,
    hash: context.hash!,
    evidence: { channel: 'mail', reading: 'explicit', from: `${id}@randers.dk`, text: 'Jeg godkender min IKU version 1.' },
  });
}

beforeEach(async () => {
  db = new TusDb(`archive-${crypto.randomUUID()}`);
  const rest = await seedCycleInSession(db, people);
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@randers.dk', workplace: 'Randers Kommune' });
  await endSessionWithIkus(db, people, rest);
  // Åse and Bo approve; Cecilie has not answered.
  await consent('e0', Date.UTC(2027, 0, 11, 23, 30));
  await consent('e1', DEADLINE + 3);
});

describe('the archive file', () => {
  it('is named by employee, the Danish day of consent and the version', () => {
    // 23:30 UTC on 11 January is already the 12th in Copenhagen.
    expect(archiveFileName({ employee: 'Åse Ærø', recordedAt: Date.UTC(2027, 0, 11, 23, 30), version: 2 })).toBe(
      'IKU_Åse_Ærø_2027-01-12_v2.pdf',
    );
    expect(archiveFileName({ employee: 'A/B: "C"', recordedAt: Date.UTC(2027, 0, 11, 9), version: 1 })).toBe('IKU_A_B_C_2027-01-11_v1.pdf');
    expect(archiveZipName(Date.UTC(2027, 0, 11, 9))).toBe('IKU_til_personalesag_2027-01-11.zip');
  });

  it('is one PDF: the approved IKU’s pages, then the consent receipt’s, each numbered on its own', async () => {
    const files = await uploadFiles(db, 'c', 'e0');
    expect(files?.kind).toBe('archive');
    if (files?.kind !== 'archive') return;
    const { context } = await ikuOfE('e0');
    const text = pages((await archivePdf(files)).bytes);
    expect(text).toHaveLength(2);
    expect(text[0]).toContain('Individuel kompetenceudviklingsplan (IKU)');
    expect(text[0]).toContain('Kursus for Åse Ærø');
    expect(text[0]).toContain(`IKU version 1 · indhold SHA-256 ${context.hash}`);
    expect(text[0]).toContain('Side 1 af 1');
    expect(text[0]).not.toContain('Kvittering');
    expect(text[1]).toContain('Kvittering: skriftligt samtykke til IKU');
    expect(text[1]).toContain(`IKU’ens indhold, SHA-256: ${context.hash}`);
    expect(text[1]).toContain('Afsender: e0@randers.dk');
    expect(text[1]).toContain('Side 1 af 1');
    // The receipt's page carries no IKU footer: it is its own document.
    expect(text[1]).not.toContain('IKU version 1 ·');
  });

  it('refuses content that is not the one consented to', async () => {
    const files = await uploadFiles(db, 'c', 'e0');
    if (files?.kind !== 'archive') throw new Error('expected an archive file');
    const changed = { ...files, iku: { ...files.iku, individual: [{ text: 'Noget andet', owner: '', due: '' }] } };
    await expect(archivePdf(changed)).rejects.toMatchObject({ key: 'personnel.contentChanged' });
  });

  it('falls back to the stored IKU and the receipt as two files when the content changed since consent', async () => {
    await setSetting(db, 'leader', { name: 'Ny Leder', email: 'ny@randers.dk', workplace: 'Randers Kommune' });
    const files = await uploadFiles(db, 'c', 'e0');
    expect(files?.kind).toBe('separate');
    expect(files?.receipt.employee).toBe('Åse Ærø');
  });

  it('"Hent alle" gives every approved, unarchived employee, and nobody without consent', async () => {
    const all = await allUploadFiles(db);
    expect(all.map((e) => e.employeeId).sort()).toEqual(['e0', 'e1']);
    expect(all.every((e) => e.files.kind === 'archive')).toBe(true);
  });
});

describe('the archive round’s marks', () => {
  it('one upload marks the IKU and the receipt filed, as two events in one go; a second click is refused', async () => {
    const before = (await eventTypes()).length;
    expect(await markFiled(db, 'c', 'e0', AT)).toEqual({ ok: true });
    expect((await eventTypes()).slice(before)).toEqual(['iku.markFiled:ikuFiled', 'iku.markFiled:consentFiled']);
    expect((await ikuOfE('e0')).context.marks).toEqual({ ikuFiled: AT, consentFiled: AT });
    expect(await markFiled(db, 'c', 'e0', AT + 1)).toEqual({ ok: false, error: expect.objectContaining({ key: 'error.markAlreadySet' }) });
    expect((await eventTypes()).length).toBe(before + 2);
  });

  it('sets only the mark still missing when one was set alone before', async () => {
    await appendEvent(db, 'c', { type: 'iku.markFiled', employeeId: 'e0', at: AT, mark: 'ikuFiled' });
    expect(await markFiled(db, 'c', 'e0', AT + 1)).toEqual({ ok: true });
    expect((await ikuOfE('e0')).context.marks).toEqual({ ikuFiled: AT, consentFiled: AT + 1 });
  });

  it('refuses a mark for an IKU without consent and writes nothing', async () => {
    const before = (await eventTypes()).length;
    const result = await markFiled(db, 'c', 'e2', AT);
    expect(result.ok).toBe(false);
    expect((await eventTypes()).length).toBe(before);
  });

  it('e-Boks for the whole team marks every approved, unmarked IKU in one go and names those left out', async () => {
    await appendEvent(db, 'c', { type: 'iku.markFiled', employeeId: 'e1', at: AT, mark: 'sentToEBoks' });
    const before = (await eventTypes()).length;
    expect(await markEBoksTeam(db, 'c', AT + 1)).toEqual({ ok: true, marked: 1, notApproved: ['Cecilie Holm'] });
    expect((await eventTypes()).slice(before)).toEqual(['iku.markFiled:sentToEBoks']);
    expect((await ikuOfE('e0')).context.marks.sentToEBoks).toBe(AT + 1);
    expect((await ikuOfE('e2')).context.marks).toEqual({});
    // Nobody left to mark: said, nothing written.
    expect(await markEBoksTeam(db, 'c', AT + 2)).toEqual({ ok: false, error: expect.objectContaining({ key: 'personnel.eBoksNoneDue' }) });
    expect((await eventTypes()).length).toBe(before + 1);
  });

  it('the three marks archive the IKU: one upload and the team’s e-Boks', async () => {
    expect(await markFiled(db, 'c', 'e0', AT)).toEqual({ ok: true });
    expect(await markEBoksTeam(db, 'c', AT + 1)).toMatchObject({ ok: true, marked: 2 });
    expect((await ikuOfE('e0')).value).toBe('archived');
    expect((await ikuOfE('e1')).value).toBe('consented');
  });
});

describe('appendEvents', () => {
  it('writes all events or none: a refused second event leaves the first unwritten', async () => {
    const before = await eventTypes();
    await expect(
      appendEvents(db, 'c', [
        { type: 'iku.markFiled', employeeId: 'e0', at: AT, mark: 'ikuFiled' },
        { type: 'iku.markFiled', employeeId: 'e2', at: AT, mark: 'ikuFiled' },
      ]),
    ).rejects.toBeInstanceOf(RefusedEventError);
    expect(await eventTypes()).toEqual(before);
    expect((await ikuOfE('e0')).context.marks).toEqual({});
  });

  it('checks each event against the state the ones before it left (the same mark twice is refused)', async () => {
    const before = await eventTypes();
    await expect(
      appendEvents(db, 'c', [
        { type: 'iku.markFiled', employeeId: 'e0', at: AT, mark: 'ikuFiled' },
        { type: 'iku.markFiled', employeeId: 'e0', at: AT, mark: 'ikuFiled' },
      ]),
    ).rejects.toMatchObject({ key: 'error.markAlreadySet' });
    expect(await eventTypes()).toEqual(before);
  });
});
