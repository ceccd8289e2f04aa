// The archive round's writes. One upload of the archive file (the IKU with its receipt) files
// both, so it sets both marks; e-Boks can be marked for a whole team. Each is one transaction.
import type { ArchiveMark } from '../../machines/archive-marks';
import { type CycleEvent, ikuOf } from '../../machines/cycle.machine';
import { appendEvents, cycleTables, loadCycle } from '../cycles/store';
import type { TusDb } from '../db/database';
import { KeyedError } from '../i18n/message';

/** What one upload of the archive file puts on the personnel file. */
export const FILED_BY_ARCHIVE: readonly ArchiveMark[] = ['ikuFiled', 'consentFiled'];

const mark = (employeeId: string, m: ArchiveMark, at: number): CycleEvent => ({ type: 'iku.markFiled', employeeId, at, mark: m });

/**
 * The archive file is on the personnel file: the marks it covers that are not set yet, appended
 * together. Both set already is refused (`error.markAlreadySet`), as a repeated single mark is.
 */
export async function markArchiveFiled(db: TusDb, cycleId: string, employeeId: string, at: number): Promise<ArchiveMark[]> {
  return db.transaction('rw', cycleTables(db), async () => {
    const { snapshot } = await loadCycle(db, cycleId, at);
    const marks = ikuOf(snapshot.context, employeeId)?.context.marks ?? {};
    const missing = FILED_BY_ARCHIVE.filter((m) => marks[m] === undefined);
    if (missing.length === 0) throw new KeyedError('error.markAlreadySet', { mark: FILED_BY_ARCHIVE.join(', ') });
    await appendEvents(
      db,
      cycleId,
      missing.map((m) => mark(employeeId, m, at)),
    );
    return missing;
  });
}

export interface TeamMarkOutcome {
  /** Employees whose e-Boks mark this set. */
  marked: string[];
  /** Employees left out because their current IKU is not approved: said, never skipped silently. */
  notApproved: string[];
}

/**
 * e-Boks sent for the whole team: a mark for every employee whose current IKU is approved and not
 * yet marked, all in one transaction (the machine and the store check each). Nobody to mark is refused.
 */
export async function markEBoksForTeam(db: TusDb, cycleId: string, at: number): Promise<TeamMarkOutcome> {
  return db.transaction('rw', cycleTables(db), async () => {
    const { snapshot } = await loadCycle(db, cycleId, at);
    const ikus = snapshot.context.ikus;
    const due = ikus.filter((i) => i.value === 'consented' && i.context.marks.sentToEBoks === undefined).map((i) => i.employeeId);
    const notApproved = ikus.filter((i) => i.value !== 'consented' && i.value !== 'archived').map((i) => i.employeeId);
    if (due.length === 0) throw new KeyedError('personnel.eBoksNoneDue');
    await appendEvents(
      db,
      cycleId,
      due.map((id) => mark(id, 'sentToEBoks', at)),
    );
    return { marked: due, notApproved };
  });
}
