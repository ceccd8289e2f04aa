import type { CycleContext } from '../../machines/cycle.machine';
import type { CycleRow } from '../db/database';

/**
 * The date a cycle's documents and consent token name as the TUS: when the session started,
 * else when it was planned, else when the cycle was made. One rule, so the IKU, the team plan
 * and the consent mail agree.
 */
export const sessionDateOf = (row: Pick<CycleRow, 'createdAt'>, context: Pick<CycleContext, 'sessionStartedAt' | 'plan'>): number =>
  context.sessionStartedAt ?? context.plan.sessionAt ?? row.createdAt;
