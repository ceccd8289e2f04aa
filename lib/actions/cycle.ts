// The leader's actions on a cycle from the team page: each turns an intent into one event for the
// cycle's log (or the store's IKU versions), and the store asks the machine again before writing.
import { type ActionInput, type CycleActionId, cycleEvent, type EmployeeActionId, employeeEvent } from '../cycles/actions';
import type { CycleRow } from '../cycles/queries';
import { fromCache } from '../cycles/replay';
import { acknowledgeLogChange, appendEvent, createCycle, loadCycle } from '../cycles/store';
import type { Agreement, CyclePlan, Variant } from '../domain/types';
import { KeyedError, type Message, message } from '../i18n/message';
import { type AfterTusDraft, addAgreementAfterTus, correctAgreement, generateAllIkus, reviseIkus } from '../iku/store';
import { type CharChange, describeCharChanges } from '../pdf/winansi';
import { completeTeamPlan } from '../sheet/team-plan-store';
import { type ActionDeps, withDeps } from './deps';

export type { ActionInput, CycleActionId, EmployeeActionId };

/** What the page shows after an action: a notice. (The team plan's link comes from its stored version.) */
export interface Outcome {
  notice?: Message;
}

/** The progress of a long action (IKU generation), one call per finished document. */
export type OnProgress = (done: number, total: number) => void;

const revised = (count: number): Message => (count ? message('ikus.revised', { count }) : message('ikus.unchanged'));

/** The characters a finished PDF did not show as typed, said once more after it is made. */
const characters = (changed: readonly CharChange[]): Outcome =>
  changed.length ? { notice: message('pdf.chars.made', { chars: describeCharChanges(changed) }) } : {};

/** A new cycle for the team, from the start form's plan. */
export async function startCycle(teamId: string, variant: Variant, plan: CyclePlan, deps: Partial<ActionDeps> = {}): Promise<void> {
  const { db, now } = withDeps(deps);
  await createCycle(db, { teamId, variant, plan, now: now() });
}

/** An individual row as the correction form sends it. */
export type CorrectionDraft = Pick<Agreement, 'id' | 'cycleId' | 'employeeId' | 'text' | 'owner' | 'due'>;

type CycleOf = Pick<CycleRow, 'id' | 'createdAt' | 'cache'>;

/** The actions on one cycle, bound to the row as the page last read it. */
// The team's name stays in the signature for callers; the documents now read it with the cycle.
export function cycleActions(cycle: CycleOf, _teamName: string, deps: Partial<ActionDeps> = {}) {
  const { db, now } = withDeps(deps);
  return {
    /** Verifies the log and rebuilds a stale cache (writes the outcome on the cycle row). */
    check: async (): Promise<void> => {
      await loadCycle(db, cycle.id);
    },
    acknowledgeLogChange: async (): Promise<void> => {
      await acknowledgeLogChange(db, cycle.id, now());
    },

    run: async (id: CycleActionId, input: ActionInput = {}, onProgress: OnProgress = () => {}): Promise<Outcome> => {
      if (!cycle.cache) return {};
      const at = now();
      const snapshot = fromCache(cycle.cache);
      if (id === 'generateIkus') {
        // The store checks the content, makes every PDF, then writes the versions and the event together.
        return characters((await generateAllIkus(db, cycle.id, at, onProgress, input.overrides ?? [])).changed);
      }
      if (id === 'completeTeamPlan') {
        // Who made the plan is the leader's choice, never a default.
        if (!input.madeBy) throw new KeyedError('teamplan.madeBy.missing');
        return characters((await completeTeamPlan(db, cycle.id, input.madeBy, at)).changed);
      }
      await appendEvent(db, cycle.id, cycleEvent(id, snapshot, at, input));
      return {};
    },

    runForEmployee: async (id: EmployeeActionId, employeeId: string, input: ActionInput = {}): Promise<Outcome> => {
      if (!cycle.cache) return {};
      const at = now();
      if (id === 'regenerate') {
        // A new version only when the content changed; the machine then voids the old consent.
        return { notice: revised((await reviseIkus(db, cycle.id, at, [employeeId])).length) };
      }
      await appendEvent(db, cycle.id, employeeEvent(id, fromCache(cycle.cache), employeeId, at, input.note ? { note: input.note } : {}));
      return {};
    },

    /** New versions of every IKU whose content changed. */
    reviseAll: async (): Promise<Outcome> => ({ notice: revised((await reviseIkus(db, cycle.id, now())).length) }),

    /** An agreement made after the TUS (what, who, when), and at once the employee's new IKU version. */
    addAfterTus: async (employeeId: string, draft: AfterTusDraft): Promise<void> => {
      await addAgreementAfterTus(db, cycle.id, employeeId, draft, now());
    },

    /** A logged correction of an individual row while the correction window is open. */
    correct: (agreement: CorrectionDraft): Promise<void> => correctAgreement(db, agreement, now()),
  };
}

export type CycleActions = ReturnType<typeof cycleActions>;
