import { createActor } from 'xstate';
import { ikuMachine, initialIkuContext, type IkuEvent, type IkuState, type IkuStateValue } from './iku.machine';

// The cycle's guard and its action both ask for the same step; replaying a long log makes
// this the hot path, so the answer is remembered per (state, event) pair.
const memo = new WeakMap<IkuEvent, { from: IkuState | undefined; to: IkuState | null }>();

/**
 * Runs one event through an employee's IKU machine, purely. Returns null when the machine
 * refuses it (no transition taken), so the cycle can refuse the event as a whole.
 */
export function stepIku(state: IkuState | undefined, event: IkuEvent): IkuState | null {
  const known = memo.get(event);
  if (known && known.from === state) return known.to;
  const snapshot = ikuMachine.resolveState(state ?? { value: 'drafted', context: initialIkuContext() });
  // An actor restored from the snapshot: cheaper than transition(), which first computes the
  // machine's initial state for a throwaway actor on every call.
  const actor = createActor(ikuMachine, { snapshot }).start();
  const before = actor.getSnapshot();
  actor.send(event);
  const next = actor.getSnapshot();
  actor.stop();
  // The actor keeps the very same snapshot object when no transition was enabled.
  const to = next === before ? null : { value: next.value as IkuStateValue, context: next.context };
  memo.set(event, { from: state, to });
  return to;
}
