import { type IkuEvent, type IkuState, type IkuStateValue, ikuMachine, initialIkuContext } from './iku.machine';
import { pureStep } from './pure-step';

// The cycle's guard and its action ask for the same step one after the other, so one
// remembered answer is enough; a WeakMap keyed by every event made garbage collection slower.
let last: { state: IkuState | undefined; event: IkuEvent; to: IkuState | null } | null = null;

/**
 * Runs one event through an employee's IKU machine, purely. Returns null when the machine
 * refuses it (no transition taken), so the cycle can refuse the event as a whole.
 */
export function stepIku(state: IkuState | undefined, event: IkuEvent): IkuState | null {
  if (last && last.state === state && last.event === event) return last.to;
  const before = ikuMachine.resolveState(state ?? { value: 'drafted', context: initialIkuContext() });
  const next = pureStep(ikuMachine, before, event);
  const to = next === before ? null : { value: next.value as IkuStateValue, context: next.context };
  last = { state, event, to };
  return to;
}
