import { transition, type SnapshotFrom } from 'xstate';
import { ikuMachine, initialIkuContext, type IkuEvent, type IkuState, type IkuStateValue } from './iku.machine';

/**
 * Runs one event through an employee's IKU machine, purely. Returns null when the machine
 * refuses it (no transition taken), so the cycle can refuse the event as a whole.
 */
export function stepIku(state: IkuState | undefined, event: IkuEvent): IkuState | null {
  const snapshot: SnapshotFrom<typeof ikuMachine> = ikuMachine.resolveState(
    state ?? { value: 'drafted', context: initialIkuContext() },
  );
  if (!snapshot.can(event)) return null;
  const [next] = transition(ikuMachine, snapshot, event);
  return { value: next.value as IkuStateValue, context: next.context };
}
