import type { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { setSetting } from '../../../lib/settings/store';
import type { CycleEvent } from '../../../machines/cycle.machine';
import { DAY } from '../../support/cycle-events';

export const BO = { id: 'bo', name: 'Bo Ege', email: 'bo.ege@randers.dk' };
export const ANNE = { id: 'anne', name: 'Anne Holm', email: 'anne@randers.dk' };
export const KIM = { id: 'kim', name: 'Kim Lund', email: 'kim@randers.dk' };
/** A namesake with a hyphenated surname and a longer dotted address: an erasure of Bo must not touch them. */
export const BOEH = { id: 'boeh', name: 'Bo Ege-Hansen', email: 'bo.ege-hansen@randers.dk' };
/** Reminder keys as lib/reminders writes them: two name Bo by id, one names the namesake. */
export const NOTIFIED = [
  'consent-missing:now:bo:1',
  'consent-filed:old:bo:2',
  'consent-filed:old:anne:3',
  'consent-filed:old:boeh:4',
  'deadline:now:5',
];
const YEAR = 365 * DAY;

/** Consent by mail with the employee's own address and signature, and Anne's reply naming Bo. */
function withEvidence(events: CycleEvent[], people: Record<string, { name: string; email: string }>): CycleEvent[] {
  return events.map((e) => {
    if (e.type !== 'iku.consent') return e;
    const p = people[e.employeeId]!;
    const text = p === ANNE ? 'Jeg godkender min IKU. Bo Ege og jeg tager kurset sammen.' : `Jeg godkender min IKU.\nMvh ${p.name}`;
    return {
      ...e,
      evidence: { channel: 'mail', from: `${p.name} <${p.email.toUpperCase()}>`, subject: 'Din IKU', text, messageId: `<1@${p.email}>` },
    };
  });
}

/**
 * Two teams. Team Øst (Bo, Anne): a closed TUS med IKU cycle six years ago (consent, marks,
 * follow-ups) and an open one in the session, where Bo is absent and note-taker; agreements, IKU
 * versions and corrections for both. Team Vest (Kim): a closed plain TUS cycle two years ago.
 */
export async function seed(db: TusDb, now: number): Promise<void> {
  const people = { bo: BO, anne: ANNE, kim: KIM };
  const oldAt = now - 6 * YEAR;
  const closed = withEvidence(scriptEvents('tus-iku', ['bo', 'anne'], oldAt, 'closed'), people);
  const open: CycleEvent[] = [
    ...scriptEvents('tus-iku', ['bo', 'anne'], now - DAY, 'session'),
    { type: 'leader.setAbsent', employeeId: 'bo', absent: true, at: now - DAY + 1 },
    { type: 'leader.setNoteTaker', group: 0, employeeId: 'anne', at: now - DAY + 2 },
    { type: 'leader.setNoteTaker', group: 1, employeeId: 'bo', at: now - DAY + 3 },
  ];
  open[0] = {
    type: 'leader.updatePlan',
    at: now - 30 * DAY,
    plan: { sessionAt: now - DAY, place: 'Hos Bo Ege', facilitator: { kind: 'delegate', name: 'Anne Holm' } },
  };
  await importDataset(db, {
    teams: [
      { id: 'ost', name: 'Team Øst', archived: 0, createdAt: 0 },
      { id: 'vest', name: 'Team Vest', archived: 0, createdAt: 0 },
    ],
    employees: [
      { ...BO, teamId: 'ost', number: '4711' },
      { ...ANNE, teamId: 'ost' },
      { ...KIM, teamId: 'vest' },
      { ...BOEH, teamId: 'vest' },
    ],
    cycles: [
      { id: 'old', teamId: 'ost', variant: 'tus-iku', createdAt: oldAt - 40 * DAY, events: closed },
      { id: 'now', teamId: 'ost', variant: 'tus-iku', createdAt: now - 40 * DAY, events: open },
      {
        id: 'vest',
        teamId: 'vest',
        variant: 'tus',
        createdAt: now - 2 * YEAR - 200 * DAY,
        events: scriptEvents('tus', [], now - 2 * YEAR - 190 * DAY, 'closed'),
      },
    ],
  });
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@randers.dk', workplace: 'Randers Kommune' });
  await setSetting(db, 'notified', NOTIFIED);
  const agreement = (id: string, cycleId: string, employeeId: string | null, text: string, owner: string) => ({
    id,
    cycleId,
    employeeId,
    text,
    owner,
    due: '2027-01-01',
    createdAt: oldAt,
    updatedAt: oldAt,
  });
  await db.agreements.bulkAdd([
    agreement('a-team', 'old', null, 'Sparring hver fredag', 'Bo Ege'),
    agreement('a-bo', 'old', 'bo', 'Kursus i forflytning for Bo Ege', 'Bo'),
    agreement('a-anne', 'old', 'anne', 'Kursus i journalføring med bo.ege@randers.dk', 'Anne'),
    agreement('a-now', 'now', 'bo', 'Ny aftale', 'Bo'),
    agreement('a-vest', 'vest', null, 'Oplæg ved Bo Ege-Hansen (bo.ege-hansen@randers.dk)', 'Bo Ege-Hansen'),
  ]);
  const iku = (employeeId: string, name: string) => ({
    id: `old:${employeeId}:1`,
    cycleId: 'old',
    employeeId,
    version: 1,
    contentHash: `sha256-${employeeId}-v1`,
    pdfSha256: `pdf-${employeeId}`,
    pdf: new Blob([`%PDF-1.4 IKU for ${name}`], { type: 'application/pdf' }),
    fileName: `IKU_2020_Team_Øst_${name.replace(' ', '_')}_v1.pdf`,
    createdAt: oldAt + 8 * DAY,
  });
  await db.ikus.bulkAdd([iku('bo', BO.name), iku('anne', ANNE.name)]);
  await db.corrections.bulkAdd([
    {
      id: 'c-bo',
      cycleId: 'old',
      agreementId: 'a-bo',
      employeeId: 'bo',
      at: oldAt + DAY,
      by: 'leader',
      oldText: 'Kursus',
      newText: 'Kursus i forflytning for Bo Ege',
    },
    {
      id: 'c-anne',
      cycleId: 'old',
      agreementId: 'a-anne',
      employeeId: 'anne',
      at: oldAt + DAY,
      by: 'leader',
      oldText: 'Kursus',
      newText: 'Kursus i journalføring',
    },
  ]);
}

/** Every row of every table as JSON, blobs read as text: what a search for a trace reads. */
export async function dumpAll(db: TusDb): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = await Promise.all(
      rows.map(async (row: Record<string, unknown>) => {
        const copy: Record<string, unknown> = { ...row };
        for (const [k, v] of Object.entries(copy)) if (v instanceof Blob) copy[k] = await v.text();
        return copy;
      }),
    );
  }
  return JSON.stringify(out);
}

/** The dump with the namesake's own name and address taken out, after checking they are intact. */
export function withoutNamesake(dump: string): string {
  const lower = dump.toLowerCase();
  for (const kept of [BOEH.name, BOEH.email]) if (!lower.includes(kept.toLowerCase())) throw new Error(`the namesake lost ${kept}`);
  return lower.replaceAll(BOEH.name.toLowerCase(), '').replaceAll(BOEH.email.toLowerCase(), '');
}
