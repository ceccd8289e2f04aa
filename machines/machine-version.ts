/**
 * Bump when the cycle machine's states, events or context change shape: cached snapshots and
 * step rows written by another version are ignored and rebuilt from the event log. Kept apart
 * from the machine so the popup and the database schema can read it without loading XState.
 */
export const CYCLE_MACHINE_VERSION = 9;
