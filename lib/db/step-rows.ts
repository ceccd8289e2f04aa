import { CYCLE_MACHINE_VERSION } from '../../machines/machine-version';
import type { StepOptions } from '../../machines/step-options';
import { STEP_SCHEDULE_VERSION, stepSchedule } from '../../machines/step-schedule';
import type { CycleRow, StepRow } from './rows';

/**
 * The popup's row for a cycle, derived from its cached snapshot and the leader's settings
 * (`readStepOptions`); null while the cache is missing or from another machine version (the
 * row is written again when it is rebuilt).
 */
export function toStepRow(row: CycleRow, options: StepOptions): StepRow | null {
  if (!row.cache || row.cache.machineVersion !== CYCLE_MACHINE_VERSION) return null;
  return {
    cycleId: row.id,
    teamId: row.teamId,
    open: row.open,
    machineVersion: CYCLE_MACHINE_VERSION,
    scheduleVersion: STEP_SCHEDULE_VERSION,
    options: { ...options },
    schedule: stepSchedule(row.cache, options),
  };
}

/** The step rows of those cycles that have a current cache. */
export const toStepRows = (rows: readonly CycleRow[], options: StepOptions): StepRow[] =>
  rows.map((row) => toStepRow(row, options)).filter((r): r is StepRow => r !== null);

/** Whether a stored row says what toStepRow would say now: same machine, same rules, same settings. */
export const isStepRowCurrent = (row: StepRow | undefined, options: StepOptions): boolean =>
  row !== undefined &&
  row.machineVersion === CYCLE_MACHINE_VERSION &&
  row.scheduleVersion === STEP_SCHEDULE_VERSION &&
  (Object.keys(options) as (keyof StepOptions)[]).every((key) => row.options?.[key] === options[key]);
