import type { StepOptions } from '../../machines/step-options';
import type { TusDb } from '../db/database';
import { isStepRowCurrent, toStepRow } from '../db/step-rows';
import { KeyedError } from '../i18n/message';
import { readStepOptions, writeStepOptions } from '../settings/store';
import { cycleTables, loadCycle } from './store';

/** The consent wait the settings page offers; the store refuses anything else. */
export const CONSENT_WAIT_RANGE = { min: 1, max: 30 } as const;

export class InvalidStepOptionsError extends KeyedError {
  constructor(readonly days: number) {
    super('error.consentWait', { min: CONSENT_WAIT_RANGE.min, max: CONSENT_WAIT_RANGE.max, days });
    this.name = 'InvalidStepOptionsError';
  }
}

/**
 * Saves the settings the next step depends on and, in the same transaction, rewrites every
 * open cycle's step row with them, so the popup and the badge never show a due date made with
 * the old value. Returns how many rows were rewritten.
 */
export async function saveStepOptions(db: TusDb, options: StepOptions): Promise<number> {
  const days = options.consentWaitWorkingDays;
  if (!Number.isInteger(days) || days < CONSENT_WAIT_RANGE.min || days > CONSENT_WAIT_RANGE.max) throw new InvalidStepOptionsError(days);
  return db.transaction('rw', cycleTables(db), async () => {
    await writeStepOptions(db, options);
    const saved = await readStepOptions(db);
    const open = await db.cycles.where('open').equals(1).toArray();
    const steps = await db.steps.bulkGet(open.map((c) => c.id));
    let rewritten = 0;
    for (const [i, row] of open.entries()) {
      if (isStepRowCurrent(steps[i], saved)) continue;
      rewritten++;
      // A current cache gives the row at once; a stale one is replayed (its log verified) first.
      const step = toStepRow(row, saved);
      if (step) await db.steps.put(step);
      else await loadCycle(db, row.id);
    }
    return rewritten;
  });
}
