// The TUS med IKU cycle the IKU and consent tests start from: team `t` ("Hjemmeplejen Øst") and
// its cycle `c`, seeded up to its running session, so a test writes the sheet as the session would.
import { appendEvent } from '../../lib/cycles/store';
import type { TusDb } from '../../lib/db/database';
import type { Dataset } from '../../lib/demo/dataset';
import { importDataset } from '../../lib/demo/import-dataset';
import { scriptEvents } from '../../lib/demo/script';
import type { Employee } from '../../lib/domain/types';
import { generateAllIkus } from '../../lib/iku/store';
import { saveAgreement } from '../../lib/sheet/store';
import type { CycleEvent } from '../../machines/cycle.machine';
import { DEADLINE, SESSION_AT } from './cycle-events';

type Person = Omit<Employee, 'teamId'>;

/**
 * Team `t` of `people` and cycle `c`, in its session at SESSION_AT (plus `more` of anything, in
 * the same import). Returns the events that take it to the correction period, to append once the
 * sheet is written: the sheet freezes when the session ends.
 */
export async function seedCycleInSession(db: TusDb, people: readonly Person[], more: Partial<Dataset> = {}): Promise<CycleEvent[]> {
  const events = scriptEvents(
    'tus-iku',
    people.map((p) => p.id),
    SESSION_AT,
    'corrections',
  );
  const started = events.findIndex((e) => e.type === 'leader.startSession') + 1;
  await importDataset(db, {
    teams: [{ id: 't', name: 'Hjemmeplejen Øst', archived: 0, createdAt: 0 }, ...(more.teams ?? [])],
    employees: [...people.map((p) => ({ ...p, teamId: 't' })), ...(more.employees ?? [])],
    cycles: [{ id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: events.slice(0, started) }, ...(more.cycles ?? [])],
  });
  return events.slice(started);
}

/**
 * The consent tests' sheet (one team row, one own row each, neither naming owner or date), the
 * session ended, and every IKU generated after the deadline. The rows name no owner or date, so
 * they are generated anyway, as the content check allows with a reason.
 */
export async function endSessionWithIkus(db: TusDb, people: readonly Person[], rest: readonly CycleEvent[]): Promise<void> {
  await saveAgreement(
    db,
    { id: 'a0', cycleId: 'c', employeeId: null, text: 'Sparring hver fredag', owner: 'Lene', due: '' },
    SESSION_AT + 1,
  );
  for (const [i, p] of people.entries())
    await saveAgreement(
      db,
      { id: `a${i + 1}`, cycleId: 'c', employeeId: p.id, text: `Kursus for ${p.name}`, owner: '', due: '' },
      SESSION_AT + i + 2,
    );
  for (const event of rest) await appendEvent(db, 'c', event);
  await generateAllIkus(
    db,
    'c',
    DEADLINE + 1,
    undefined,
    people.map((p) => ({ employeeId: p.id, reason: 'Testdata' })),
  );
}
