// A database with something in every table: two closed-history teams from the demo dataset,
// and one TUS med IKU cycle with agreements typed in the session, a logged correction and IKU PDFs.
import { appendEvent } from '../../../lib/cycles/store';
import type { TusDb } from '../../../lib/db/database';
import { makeDataset } from '../../../lib/demo/dataset';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { correctAgreement, generateAllIkus } from '../../../lib/iku/store';
import { setSetting, setTeamTemplates } from '../../../lib/settings/store';
import { sha256Hex } from '../../../lib/shared/hash';
import { saveAgreement } from '../../../lib/sheet/store';
import { SESSION_AT } from '../../support/cycle-events';

export const PEOPLE = ['Åse Ærø', 'Bo Østergaard', 'Carl O’Brien'].map((name, i) => ({ id: `p${i}`, name, email: `p${i}@randers.dk` }));

export async function seedEverything(db: TusDb, options: { teams?: number; prefix?: string; dataset?: boolean } = {}): Promise<void> {
  const prefix = options.prefix ?? '';
  if (options.dataset !== false)
    await importDataset(db, makeDataset({ teams: options.teams ?? 2, employeesPerTeam: 4, closedCyclesPerTeam: 2, now: SESSION_AT }));
  const ids = PEOPLE.map((p) => `${prefix}${p.id}`);
  const cycleId = `${prefix}c`;
  const events = scriptEvents('tus-iku', ids, SESSION_AT, 'corrections');
  const started = events.findIndex((e) => e.type === 'leader.startSession') + 1;
  await importDataset(db, {
    teams: [{ id: `${prefix}t`, name: `${prefix}Hjemmeplejen Øst`, archived: 0, createdAt: 1 }],
    employees: PEOPLE.map((p, i) => ({ ...p, id: ids[i]!, teamId: `${prefix}t` })),
    cycles: [
      { id: cycleId, teamId: `${prefix}t`, variant: 'tus-iku', createdAt: 2, events: events.slice(0, started) },
      // A closed plain TUS of the year before, with its stored team plan, backed up like an IKU's PDF.
      {
        id: `${prefix}tp`,
        teamId: `${prefix}t`,
        variant: 'tus',
        createdAt: 1,
        events: scriptEvents('tus', ids, SESSION_AT - 400 * 86_400_000, 'closed'),
      },
    ],
  });
  const plan = new TextEncoder().encode(`%PDF-1.4 Teamudviklingsplan ${prefix}`);
  await db.teamPlans.add({
    id: `${prefix}tp:1`,
    cycleId: `${prefix}tp`,
    version: 1,
    hash: await sha256Hex(plan),
    madeBy: 'trio',
    pdf: new Blob([plan], { type: 'application/pdf' }),
    fileName: 'Teamudviklingsplan.pdf',
    createdAt: SESSION_AT - 399 * 86_400_000,
  });
  let n = 0;
  const add = (employeeId: string | null, text: string) =>
    saveAgreement(db, { id: `${prefix}a${n}`, cycleId, employeeId, text, owner: 'Lene', due: '2027-03-01' }, SESSION_AT + ++n);
  await add(null, 'Vi holder sparring hver fredag – ÆØÅ');
  for (const [i, p] of PEOPLE.entries()) await add(ids[i]!, `Kursus for ${p.name}`);
  for (const event of events.slice(started)) await appendEvent(db, cycleId, event);
  await correctAgreement(
    db,
    { id: `${prefix}a1`, cycleId, employeeId: `${prefix}p0`, text: 'Kursus i forflytning', owner: 'Lene', due: '' },
    SESSION_AT + 86_400_000,
  );
  await appendEvent(db, cycleId, { type: 'leader.closeCorrectionsEarly', at: SESSION_AT + 2 * 86_400_000 });
  // The corrected row has no date: generated anyway, as the content check allows with a reason.
  await generateAllIkus(
    db,
    cycleId,
    SESSION_AT + 3 * 86_400_000,
    undefined,
    ids.map((employeeId) => ({ employeeId, reason: 'Testdata' })),
  );
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@randers.dk', workplace: 'Randers Kommune' });
  await setTeamTemplates(db, `${prefix}t`, { subject: 'Invitation – {team}' });
}

/** Every table of the database, rows in key order, Blobs replaced by their SHA-256. */
export async function fullDump(db: TusDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = await Promise.all(
      rows.map(async (row: Record<string, unknown>) => {
        const copy: Record<string, unknown> = { ...row };
        for (const [k, value] of Object.entries(copy))
          if (value instanceof Blob) copy[k] = { blobSha256: await sha256Hex(new Uint8Array(await value.arrayBuffer())), type: value.type };
        return copy;
      }),
    );
  }
  return out;
}

export async function clearAll(db: TusDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}
