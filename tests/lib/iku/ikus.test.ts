import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, loadCycle } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import type { IkuVersion } from '../../../lib/domain/types';
import { ikuPdfBytes } from '../../../lib/iku/pdf-bytes';
import { correctAgreement, generateAllIkus, LockedError, latestIkus, reviseIkus } from '../../../lib/iku/store';
import { zipFiles } from '../../../lib/iku/zip';
import { setSetting } from '../../../lib/settings/store';
import { addAfterTusRow, saveAgreement } from '../../../lib/sheet/store';
import { ikuOf } from '../../../machines/cycle.machine';
import { DEADLINE, SESSION_AT } from '../../support/cycle-events';

const pdfText = async (pdf: IkuVersion['pdf']) => {
  const file = join(mkdtempSync(join(tmpdir(), 'iku-')), 'iku.pdf');
  writeFileSync(file, await ikuPdfBytes({ pdf }));
  // Without -layout: text in reading order, lines joined as a reader would see them.
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

let db: TusDb;
const people = Array.from({ length: 12 }, (_, i) => ({
  id: `e${i}`,
  name: `Medarbejder ${String.fromCharCode(65 + i)}${i === 0 ? ' Ærø' : ''}`,
  email: `m${i}@x.dk`,
}));

beforeEach(async () => {
  db = new TusDb(`ikus-${crypto.randomUUID()}`);
  const events = scriptEvents(
    'tus-iku',
    people.map((p) => p.id),
    SESSION_AT,
    'corrections',
  );
  const started = events.findIndex((e) => e.type === 'leader.startSession') + 1;
  const [session, afterSession] = [events.slice(0, started), events.slice(started)];
  await importDataset(db, {
    teams: [{ id: 't', name: 'Hjemmeplejen Øst', archived: 0, createdAt: 0 }],
    employees: people.map((p) => ({ ...p, teamId: 't' })),
    cycles: [{ id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: session }],
  });
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@x.dk', workplace: 'Randers Kommune, Ældreområdet' });
  // The sheet is written during the session; it freezes when the session ends.
  let n = 0;
  const add = (employeeId: string | null, text: string) =>
    saveAgreement(db, { id: `a${n}`, cycleId: 'c', employeeId, text, owner: 'Lene', due: '2027-03-01' }, SESSION_AT + ++n);
  await add(null, 'Vi holder sparring hver fredag – ÆØÅ æøå');
  await add(null, 'Sidemandsoplæring i det nye journalsystem');
  for (const p of people) await add(p.id, `Individuel aftale for ${p.name}: kursus i forflytning`);
  for (const event of afterSession) await appendEvent(db, 'c', event);
});

describe('IKUs', () => {
  it('makes 12 IKUs, each with the team agreements and that employee’s own, and nobody else’s', async () => {
    await appendEvent(db, 'c', { type: 'leader.closeCorrectionsEarly', at: SESSION_AT + 86_400_000 });
    const progress: string[] = [];
    const { made } = await generateAllIkus(db, 'c', DEADLINE + 1, (done, total) => progress.push(`${done}/${total}`));
    expect(made).toHaveLength(12);
    // One call per document, in order (the PDFs' hashes are awaited together, the calls are not).
    expect(progress).toEqual(made.map((_, i) => `${i + 1}/12`));
    for (const iku of made) {
      const me = people.find((p) => p.id === iku.employeeId)!;
      const text = await pdfText(iku.pdf);
      expect(text).toContain('Vi holder sparring hver fredag – ÆØÅ æøå');
      expect(text).toContain('Sidemandsoplæring i det nye journalsystem');
      expect(text).toContain(`Individuel aftale for ${me.name}`);
      for (const other of people.filter((p) => p.id !== me.id)) expect(text).not.toContain(`Individuel aftale for ${other.name}:`);
      expect(text).toContain(`IKU version 1 · indhold SHA-256 ${iku.contentHash}`);
      expect(iku.fileName).toBe(`IKU_2026_Hjemmeplejen_Øst_${me.name.replace(/ /g, '_')}.pdf`);
    }
    const { snapshot } = await loadCycle(db, 'c');
    expect(snapshot.value).toBe('ikusGenerated');
    expect(ikuOf(snapshot.context, 'e3')?.context.hash).toBe(made.find((m) => m.employeeId === 'e3')!.contentHash);
  });

  it('wraps a 3,000-character agreement across pages without losing words', async () => {
    const long = Array.from({ length: 300 }, (_, i) => `ord${i}`)
      .join(' ')
      .padEnd(3000, ' slut');
    // Added as logged corrections: after the session that is the only way into the sheet.
    const during = SESSION_AT + 86_400_000;
    await correctAgreement(db, { id: 'long', cycleId: 'c', employeeId: 'e1', text: long, owner: '', due: '' }, during);
    for (let i = 0; i < 40; i++)
      await correctAgreement(
        db,
        {
          id: `many${i}`,
          cycleId: 'c',
          employeeId: 'e1',
          text: `Aftale nummer ${i} med en ret lang beskrivelse af hvad der skal ske og hvornår`,
          owner: 'Bo',
          due: '',
        },
        during + 1 + i,
      );
    // Rows without owner or date: the content check stops them unless the leader gives a reason.
    const { made } = await generateAllIkus(db, 'c', DEADLINE + 1, undefined, [{ employeeId: 'e1', reason: 'Lang tekst med vilje' }]);
    const iku = made.find((m) => m.employeeId === 'e1')!;
    const text = await pdfText(iku.pdf);
    for (const word of ['ord0 ', 'ord150 ', 'ord299 ', 'Aftale nummer 39']) expect(text).toContain(word);
    expect(text).toMatch(/Side 2 af \d/);
  });

  it('a change after generation makes version 2, and consent to version 1 no longer counts', async () => {
    const { made } = await generateAllIkus(db, 'c', DEADLINE + 1);
    const v1 = made.find((m) => m.employeeId === 'e2')!;
    await appendEvent(db, 'c', { type: 'iku.requestConsent', employeeId: 'e2', at: DEADLINE + 2 });
    await appendEvent(db, 'c', {
      type: 'iku.consent',
      employeeId: 'e2',
      at: DEADLINE + 3,
      version: 1,
      hash: v1.contentHash,
      evidence: { channel: 'mail', from: 'm2@x.dk' },
    });
    expect(ikuOf((await loadCycle(db, 'c')).snapshot.context, 'e2')?.value).toBe('consented');

    // The row alone (addAgreementAfterTus writes it with its version; reviseIkus is the repair).
    await addAfterTusRow(
      db,
      { id: 'after', cycleId: 'c', employeeId: 'e2', afterTus: true, text: 'Mentorordning med Bo', owner: 'Bo', due: '' },
      500,
    );
    const revised = await reviseIkus(db, 'c', DEADLINE + 4);
    expect(revised.map((r) => [r.employeeId, r.version])).toEqual([['e2', 2]]);
    const e2 = ikuOf((await loadCycle(db, 'c')).snapshot.context, 'e2')!;
    expect(e2).toMatchObject({ value: 'generated', context: { version: 2, consent: null } });
    expect(await pdfText(revised[0]!.pdf)).toContain('Aftalt mellem dig og lederen efter TUS med IKU');
    // The old consent cannot be used for version 2, and filing is refused without consent.
    await expect(
      appendEvent(db, 'c', {
        type: 'iku.consent',
        employeeId: 'e2',
        at: DEADLINE + 5,
        version: 1,
        hash: v1.contentHash,
        evidence: { channel: 'mail' },
      }),
    ).rejects.toThrow();
    await expect(appendEvent(db, 'c', { type: 'iku.markFiled', employeeId: 'e2', at: DEADLINE + 5, mark: 'ikuFiled' })).rejects.toThrow();
    expect((await latestIkus(db, 'c')).find((v) => v.employeeId === 'e2')?.version).toBe(2);
    expect(await reviseIkus(db, 'c', DEADLINE + 6)).toEqual([]);
  });

  it('logs corrections during the correction period and refuses them after the deadline', async () => {
    await correctAgreement(
      db,
      { id: 'a2', cycleId: 'c', employeeId: 'e0', text: 'Rettet: kursus i demens', owner: 'Lene', due: '2027-03-01' },
      SESSION_AT + 86_400_000,
    );
    expect(await db.corrections.toArray()).toMatchObject([
      {
        agreementId: 'a2',
        employeeId: 'e0',
        by: 'leader',
        oldText: expect.stringContaining('kursus i forflytning'),
        newText: 'Rettet: kursus i demens',
      },
    ]);
    await expect(
      correctAgreement(db, { id: 'a2', cycleId: 'c', employeeId: 'e0', text: 'For sent', owner: '', due: '' }, DEADLINE + 1),
    ).rejects.toBeInstanceOf(LockedError);
    expect((await db.agreements.get('a2'))!.text).toBe('Rettet: kursus i demens');
    await appendEvent(db, 'c', { type: 'leader.reopenCorrections', at: DEADLINE + 2, until: DEADLINE + 86_400_000 });
    await correctAgreement(db, { id: 'a2', cycleId: 'c', employeeId: 'e0', text: 'Genåbnet og rettet', owner: '', due: '' }, DEADLINE + 3);
    expect(await db.corrections.count()).toBe(2);
    // Who and when alone, the text unchanged: logged with both sides, not as "text → same text".
    await correctAgreement(
      db,
      { id: 'a2', cycleId: 'c', employeeId: 'e0', text: 'Genåbnet og rettet', owner: 'Anne', due: '2027-04-01' },
      DEADLINE + 4,
    );
    expect((await db.corrections.toArray()).find((c) => c.at === DEADLINE + 4)).toMatchObject({
      oldText: 'Genåbnet og rettet',
      newText: 'Genåbnet og rettet',
      oldOwner: '',
      newOwner: 'Anne',
      oldDue: '',
      newDue: '2027-04-01',
    });
  });

  it('zips every PDF under its own name', async () => {
    const { made } = await generateAllIkus(db, 'c', DEADLINE + 1);
    const zip = zipFiles(await Promise.all(made.map(async (m) => ({ name: m.fileName, bytes: await ikuPdfBytes(m) }))));
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(made.map((m) => m.fileName).sort());
    expect(new TextDecoder().decode(entries[made[0]!.fileName]!.slice(0, 5))).toBe('%PDF-');
  });
});
