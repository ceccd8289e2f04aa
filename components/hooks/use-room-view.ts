import { useMemo } from 'preact/hooks';
import type { Employee } from '../../lib/domain/types';
import { phaseById, phaseOf } from '../../lib/session/agenda';
import { splitGroups, splitPairs } from '../../lib/session/groups';
import { phaseClock } from '../../lib/session/timer';
import { agreementWrites } from '../../machines/agreement-writes';
import { topState } from '../../machines/next-step';
import type { ReadySession } from './use-session';

/** What the session view shows of the cycle's state at `now`: phase, clock, room and the sheet's lock. */
export function useRoomView(snapshot: ReadySession['snapshot'], employees: Employee[], now: number) {
  const { context } = snapshot;
  const { room } = context;
  const phase = phaseOf(snapshot.value);
  const variant = context.variant;
  const present = employees.filter((e) => !room.absent.includes(e.id));
  const presentIds = present.map((e) => e.id).join();
  const groups = useMemo(() => splitGroups(present, room.seed), [presentIds, room.seed]);
  const pairs = useMemo(() => splitPairs(present, room.seed), [presentIds, room.seed]);
  const phaseInfo = phase ? phaseById(variant, phase) : null;
  const clock = phaseInfo && context.phaseStartedAt ? phaseClock(context.phaseStartedAt, phaseInfo.minutes, room, now) : null;
  return {
    context,
    room,
    phase,
    variant,
    groups,
    pairs,
    format: phaseInfo?.format ?? 'plenum',
    clock,
    top: topState(snapshot.value),
    // The store refuses what the state does not allow; the view only mirrors that rule.
    sheetLock: agreementWrites(snapshot, now).locked,
  };
}

export type RoomView = ReturnType<typeof useRoomView>;
