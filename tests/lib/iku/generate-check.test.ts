import { execFileSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, loadCycle, readCycleLog } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import type { IkuVersion } from '../../../lib/domain/types';
import { changedIkus } from '../../../lib/iku/changes';
import { legacyContentHash } from '../../../lib/iku/content-v1';
import { ikuPdfBytes } from '../../../lib/iku/pdf-bytes';
import { ikuPreview, ikusThatWouldChange } from '../../../lib/iku/preview';
import { correctAgreement, generateAllIkus, reviseIkus } from '../../../lib/iku/store';
import { setSetting } from '../../../lib/settings/store';
import { saveAgreement } from '../../../lib/sheet/store';
import { DAY, DEADLINE, SESSION_AT } from '../../support/cycle-events';
import { seedCycleInSession } from '../../support/iku-cycle';

/** The PDF's text in reading order, whitespace folded, as a reader (or HR) sees it. */
const pdfText = async (pdf: IkuVersion['pdf']) =>
  execFileSync('pdftotext', ['-', '-'], { input: await ikuPdfBytes({ pdf }), encoding: 'utf8' }).replace(/\s+/g, ' ');

let db: TusDb;
const people = [
  { id: 'anne', name: 'Anne Holm', email: 'anne@x.dk', number: '1042' },
  { id: 'bo', name: 'Bo Berg', email: 'bo@x.dk' },
];

beforeEach(async () => {
  db = new TusDb(`generate-check-${crypto.randomUUID()}`);
  const rest = await seedCycleInSession(db, people);
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@x.dk', workplace: 'Randers Kommune, Ældreområdet' });
  let n = 0;
  const add = (employeeId: string | null, text: string, owner = 'Lene', due = '2027-03-01') =>
    saveAgreement(db, { id: `a${n}`, cycleId: 'c', employeeId, text, owner, due }, SESSION_AT + ++n);
  await add(null, 'Sparring hver fredag ✓ 🎯', 'Hele teamet');
  await add('anne', 'Kursus i forflytning', 'Anne Holm', '2027-02-01');
  await add('anne', 'Vi talte om at Dorthe synes det er hårdt med aftenvagterne', '', '');
  for (const event of rest) await appendEvent(db, 'c', event);
});

const close = () => appendEvent(db, 'c', { type: 'leader.closeCorrectionsEarly', at: SESSION_AT + DAY });

describe('generating IKUs after the content check', () => {
  it('the preview names what is missing per employee and every character the PDFs will not show as typed', async () => {
    const preview = (await ikuPreview(db, 'c'))!;
    expect(preview.checks).toEqual([
      {
        employeeId: 'anne',
        empty: false,
        rows: [
          {
            agreementId: 'a2',
            text: 'Vi talte om at Dorthe synes det er hårdt med aftenvagterne',
            missing: ['owner', 'due'],
            minutes: true,
          },
        ],
      },
      { employeeId: 'bo', empty: true, rows: [] },
    ]);
    expect(preview.characters).toEqual([
      { char: '✓', becomes: 'v' },
      { char: '🎯', becomes: '?' },
    ]);
    expect(preview.followUpsPlanned).toBe(false);
  });

  it('refuses, naming the employees, and writes nothing while a problem has no reason', async () => {
    await close();
    const before = (await readCycleLog(db, 'c')).length;
    await expect(generateAllIkus(db, 'c', DEADLINE + 1)).rejects.toMatchObject({
      key: 'ikus.check.refused',
      params: { names: 'Anne Holm, Bo Berg' },
    });
    // A blank reason is no reason.
    await expect(
      generateAllIkus(db, 'c', DEADLINE + 1, undefined, [
        { employeeId: 'anne', reason: 'Aftales senere' },
        { employeeId: 'bo', reason: '   ' },
      ]),
    ).rejects.toMatchObject({ params: { names: 'Bo Berg' } });
    expect(await db.ikus.count()).toBe(0);
    expect(await readCycleLog(db, 'c')).toHaveLength(before);
  });

  it('generates once the rows are fixed, and logs only the reasons given for employees with problems', async () => {
    // Fixed during the correction period (the logged correction), before it closes.
    await correctAgreement(
      db,
      { id: 'a2', cycleId: 'c', employeeId: 'anne', text: 'Sidemandsoplæring i aftenvagten', owner: 'Anne Holm', due: '2027-04-01' },
      SESSION_AT + DAY / 2,
    );
    await close();
    const { made, changed } = await generateAllIkus(db, 'c', DEADLINE + 1, undefined, [
      { employeeId: 'bo', reason: '  Bo var syg; aftales efter TUS  ' },
      { employeeId: 'anne', reason: 'Ikke nødvendig' },
    ]);
    expect(made).toHaveLength(2);
    expect(changed).toEqual([
      { char: '✓', becomes: 'v' },
      { char: '🎯', becomes: '?' },
    ]);
    const log = await readCycleLog(db, 'c');
    expect(log.at(-1)).toMatchObject({
      type: 'leader.generateIkus',
      payload: { overrides: [{ employeeId: 'bo', reason: 'Bo var syg; aftales efter TUS' }] },
    });
    expect((await loadCycle(db, 'c')).snapshot.context.contentOverrides).toEqual([
      { employeeId: 'bo', reason: 'Bo var syg; aftales efter TUS', at: DEADLINE + 1 },
    ]);
  });

  it('prints every part HR files, in order, with the version and the hash the PDF shows', async () => {
    await appendEvent(db, 'c', {
      type: 'leader.planFollowUp',
      at: SESSION_AT + DAY / 2,
      meeting: { at: Date.UTC(2026, 5, 2, 8), form: 'staffMeeting', place: 'Mødelokale 2' },
    });
    await close();
    const { made } = await generateAllIkus(db, 'c', DEADLINE + 1, undefined, [
      { employeeId: 'anne', reason: 'Referatet er aftalt sådan' },
      { employeeId: 'bo', reason: 'Aftales efter TUS' },
    ]);
    const anne = made.find((m) => m.employeeId === 'anne')!;
    const text = await pdfText(anne.pdf);
    const parts = [
      'Individuel kompetenceudviklingsplan (IKU)',
      'Arbejdsplads: Randers Kommune, Ældreområdet',
      'Team: Hjemmeplejen Øst',
      'Medarbejder: Anne Holm (nr. 1042)',
      'Leder: Lene Leder',
      'TUS med IKU holdt: 10. mar. 2026',
      'Planen dækker (12 måneder): 10. mar. 2026 – 9. mar. 2027',
      'Teamfokus – teamets aftaler',
      'Sparring hver fredag v ?',
      'Ansvarlig: Hele teamet · Dato: 1. mar. 2027',
      'Individuelt fokus – dine aftaler',
      'Kursus i forflytning',
      'Ansvarlig: Anne Holm · Dato: 1. feb. 2027',
      'Vi talte om at Dorthe synes',
      'Ansvarlig: ikke angivet · Dato: ikke angivet',
      'Aftalt mellem dig og lederen efter TUS med IKU',
      'Ingen aftaler efter TUS med IKU.',
      'Opfølgning',
      '2. jun. 2026 kl. 10.00, personalemøde, Mødelokale 2',
      'Godkendelse',
      `Version 1 · indhold SHA-256 ${anne.contentHash}`,
      'Jeg godkender min IKU version 1.',
      'Medarbejder (navn): ',
      'Dato: ',
      'Leder (navn): ',
    ];
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
    expect(text).not.toContain('Bo Berg');
  });

  it('without follow-up meetings the IKU says the follow-up is agreed with the leader', async () => {
    await close();
    const { made } = await generateAllIkus(db, 'c', DEADLINE + 1, undefined, [
      { employeeId: 'anne', reason: 'x' },
      { employeeId: 'bo', reason: 'y' },
    ]);
    expect(await pdfText(made[1]!.pdf)).toMatch(
      /Opfølgning Der er endnu ikke planlagt opfølgningsmøder\. Hvordan og hvornår aftalerne følges op, aftaler du med din leder\./,
    );
  });

  it('"Ny version" only where the content would change, never for an archived IKU', async () => {
    await close();
    await generateAllIkus(db, 'c', DEADLINE + 1, undefined, [
      { employeeId: 'anne', reason: 'x' },
      { employeeId: 'bo', reason: 'y' },
    ]);
    expect(await ikusThatWouldChange(db, 'c')).toEqual([]);
    await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@x.dk', workplace: 'Randers Kommune' });
    expect(await ikusThatWouldChange(db, 'c')).toEqual(['anne', 'bo']);
    expect((await reviseIkus(db, 'c', DEADLINE + DAY, ['bo'])).map((v) => v.employeeId)).toEqual(['bo']);
    expect(await ikusThatWouldChange(db, 'c')).toEqual(['anne']);
  });
});

describe('follow-up meetings in the IKUs', () => {
  const meeting = (at: number, plannedAt: number) =>
    appendEvent(db, 'c', { type: 'leader.planFollowUp', at: plannedAt, meeting: { at, form: 'teamMeeting', place: 'Mødelokale 2' } });

  it('prints the meetings planned before the IKUs were made; one planned later changes no IKU (a consent stays valid)', async () => {
    await meeting(SESSION_AT + 90 * DAY, SESSION_AT + 2 * DAY);
    await close();
    const { made } = await generateAllIkus(db, 'c', DEADLINE + 1, undefined, [
      { employeeId: 'anne', reason: 'x' },
      { employeeId: 'bo', reason: 'y' },
    ]);
    expect(await pdfText(made[0]!.pdf)).toContain('Mødelokale 2');
    await meeting(SESSION_AT + 180 * DAY, DEADLINE + DAY);
    expect(await ikusThatWouldChange(db, 'c')).toEqual([]);
    expect(await reviseIkus(db, 'c', DEADLINE + 2 * DAY)).toEqual([]);
  });
});

describe('IKUs made by the first release (content without follow-ups)', () => {
  it('are not taken for changed while their data is the same, and are when it changes', async () => {
    await close();
    const agreements = await db.agreements.toArray();
    const hash = (employee: (typeof people)[number], workplace: string) =>
      legacyContentHash({ workplace, team: 'Hjemmeplejen Øst', leader: 'Lene Leder', employee, sessionAt: SESSION_AT, agreements });
    const ikus = await Promise.all(people.map(async (p) => ({ employeeId: p.id, hash: await hash(p, 'Randers Kommune, Ældreområdet') })));
    await appendEvent(db, 'c', { type: 'leader.generateIkus', at: DEADLINE + 1, ikus });
    expect(await ikusThatWouldChange(db, 'c')).toEqual([]);
    await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@x.dk', workplace: 'Randers Kommune' });
    expect(await ikusThatWouldChange(db, 'c')).toEqual(['anne', 'bo']);
  });
});

describe('changedIkus (pure)', () => {
  const iku = (employeeId: string, hash: string | null, value = 'generated') => ({ employeeId, value, context: { hash } });
  it('lists the IKUs whose content hash differs from the current version', () => {
    const current = new Map([
      ['a', 'h1'],
      ['b', 'h2-new'],
      ['c', 'h3-new'],
    ]);
    expect(changedIkus([iku('a', 'h1'), iku('b', 'h2'), iku('c', 'h3', 'archived'), iku('d', 'h4')], current)).toEqual(['b']);
  });
  it('lists nothing before a version exists or without a current hash', () => {
    expect(changedIkus([iku('a', null)], new Map([['a', 'h']]))).toEqual([]);
    expect(changedIkus([iku('a', 'h')], new Map())).toEqual([]);
  });
});
