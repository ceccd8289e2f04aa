// Pure: which writes to Det Fælles Kompetenceskema a cycle's state allows. The sheet store
// enforces it (lib/sheet/store.ts) and the views ask it, so both give the same answer.
// Reads `{ value, context }` only (no XState), like next-step.ts.

import { isCorrectionWindowOpen } from './correction-window';
import type { CycleStateLike } from './next-step';
import { topState } from './next-step';

/** Why the sheet cannot be written freely; the view's message and the store's error follow it. */
export type LockReason = 'corrections' | 'correctionsClosed' | 'ikus' | 'teamPlanDone' | 'archived' | 'followUps' | 'closed';

export interface AgreementWrites {
  /**
   * - `free`: team and individual rows may be added, edited and deleted as typed;
   * - `correction`: only the logged correction of an individual row (lib/iku/store.ts `correctAgreement`);
   * - `afterTus`: only an agreement after the TUS for an employee in `afterTusFor`, followed by a new IKU version;
   * - `none`: nothing.
   */
  mode: 'free' | 'correction' | 'afterTus' | 'none';
  /** null exactly when `mode` is `free`. */
  locked: LockReason | null;
  /** Employees whose IKU is generated and not archived: a new version can still carry a new agreement. */
  afterTusFor: readonly string[];
}

/** What a write would touch: whose row it is, whether it is an agreement after the TUS, and whether the row exists. */
export interface AgreementWrite {
  employeeId: string | null;
  afterTus: boolean;
  /** An edit or delete of a stored row, not a new one. */
  existing: boolean;
}

/** Why a write is refused: a lock, or a misplaced agreement after the TUS. */
export type Refusal = LockReason | 'afterTusTeam' | 'afterTusTooEarly' | 'noOpenIku' | 'afterTusFinal';

const FREE: AgreementWrites = { mode: 'free', locked: null, afterTusFor: [] };
const locked = (reason: LockReason, mode: AgreementWrites['mode'] = 'none', afterTusFor: readonly string[] = []): AgreementWrites => ({
  mode,
  locked: reason,
  afterTusFor,
});

/**
 * The agreements are written during preparation and the session and freeze when it ends.
 * `now` matters only in `corrections`: whether the logged correction is still open.
 */
export function agreementWrites(state: CycleStateLike, now: number): AgreementWrites {
  const { context } = state;
  switch (topState(state.value)) {
    case 'draft':
    case 'invited':
    case 'prepared':
    case 'session':
      return FREE;
    case 'corrections':
      return isCorrectionWindowOpen(context, now) ? locked('corrections', 'correction') : locked('correctionsClosed');
    case 'ikusGenerated':
    case 'consent': {
      // An archived IKU is final: reviseIkus skips it, so a new agreement would never reach it.
      const open = context.ikus.filter((i) => i.value !== 'archived').map((i) => i.employeeId);
      return locked('ikus', open.length ? 'afterTus' : 'none', open);
    }
    case 'teamPlan':
      // Plain TUS has no correction period: the leader writes the team plan from the session's
      // notes after the session, and the session view is where those rows are edited. There is
      // no logged path for that yet, so the sheet stays writable until the plan is completed;
      // then the plan's hash is recorded and a later edit would make that record untrue.
      return context.teamPlanHash === null ? FREE : locked('teamPlanDone');
    case 'archived':
      return locked('archived');
    case 'followUps':
      // A plain TUS whose follow-up was planned before its team plan: the plan is still written from the sheet.
      return context.variant === 'tus' && context.teamPlanHash === null ? FREE : locked('followUps');
    default:
      return locked('closed');
  }
}

/** null when `writes` allows `write` (save or delete of that row), else why not. */
export function refusalOf(writes: AgreementWrites, write: AgreementWrite): Refusal | null {
  if (!write.afterTus) return writes.mode === 'free' ? null : writes.locked;
  if (write.employeeId === null) return 'afterTusTeam';
  // A stored agreement after the TUS is printed in an IKU version the employee may have approved:
  // changing or removing it would make that consent untrue. A new agreement makes a new version.
  if (write.existing) return 'afterTusFinal';
  if (writes.mode === 'afterTus') return writes.afterTusFor.includes(write.employeeId) ? null : 'noOpenIku';
  // Before the IKUs exist an agreement belongs in the session's sheet or in a correction.
  if (writes.mode === 'free' || writes.locked === 'corrections' || writes.locked === 'correctionsClosed') return 'afterTusTooEarly';
  return writes.locked;
}
