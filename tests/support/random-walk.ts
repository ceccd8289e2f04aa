import fc from 'fast-check';
import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import { scriptEvents } from '../../lib/demo/script';
import type { Variant } from '../../lib/domain/types';
import { type CycleEvent, cycleMachine } from '../../machines/cycle.machine';
import { candidateEvents, EMPLOYEES, SESSION_AT } from './cycle-events';

type Snapshot = SnapshotFrom<typeof cycleMachine>;

/** A walk: how far along a leader's real path to go, then random picks from there. */
export const walkArbitrary = (variant: Variant) =>
  fc.tuple(
    fc.nat({ max: scriptEvents(variant, EMPLOYEES, SESSION_AT, 'closed').length }),
    fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 60 }),
  );

/**
 * Follows a leader's real path up to `cut`, then random candidate events (mostly accepted
 * ones, sometimes any, so refusals come up), calling `visit` with each state and event.
 * Every state gets visited, each with accepted and refused events.
 */
export function randomWalk(
  variant: Variant,
  [cut, picks]: [number, [number, boolean][]],
  visit: (before: Snapshot, event: CycleEvent, after: Snapshot) => void = () => {},
): Snapshot {
  const life = scriptEvents(variant, EMPLOYEES, SESSION_AT, 'closed').slice(0, cut);
  const random = picks.map(([pick, anyEvent]) => (s: Snapshot) => {
    const all = candidateEvents(s);
    const accepted = all.filter((e) => s.can(e));
    const options = anyEvent || !accepted.length ? all : accepted;
    return options[pick % options.length]!;
  });
  let [snapshot] = initialTransition(cycleMachine, { variant });
  for (const next of [...life.map((e) => () => e), ...random]) {
    const event = next(snapshot);
    const [after] = transition(cycleMachine, snapshot, event);
    visit(snapshot, event, after);
    snapshot = after;
  }
  return snapshot;
}
