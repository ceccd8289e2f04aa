import { CYCLE_MACHINE_VERSION } from '../../machines/machine-version';
import { STEP_SCHEDULE_VERSION, stepSchedule } from '../../machines/step-schedule';
import type { CycleRow, StepRow } from './database';

/**
 * The popup's row for a cycle, derived from its cached snapshot; null while the cache is
 * missing or from another machine version (the row is written again when it is rebuilt).
 */
export function toStepRow(row: CycleRow): StepRow | null {
  if (!row.cache || row.cache.machineVersion !== CYCLE_MACHINE_VERSION) return null;
  return {
    cycleId: row.id,
    teamId: row.teamId,
    open: row.open,
    machineVersion: CYCLE_MACHINE_VERSION,
    scheduleVersion: STEP_SCHEDULE_VERSION,
    schedule: stepSchedule(row.cache),
  };
}

/** The step rows of those cycles that have a current cache. */
export const toStepRows = (rows: readonly CycleRow[]): StepRow[] => rows.map(toStepRow).filter((r): r is StepRow => r !== null);

export const isStepRowCurrent = (row: StepRow | undefined): boolean =>
  row !== undefined && row.machineVersion === CYCLE_MACHINE_VERSION && row.scheduleVersion === STEP_SCHEDULE_VERSION;
