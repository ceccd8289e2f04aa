import { phaseById } from '../../lib/session/agenda';
import { type PairHalf, pairHalf } from '../../lib/session/pairs';
import type { RoomView } from '../hooks/use-room-view';
import { useSessionSound } from '../hooks/use-session-sound';
import { useChime } from './chime';

/** Heard within this long of the moment, or not at all (a reload long after stays quiet). */
const FRESH_MS = 5_000;

/**
 * The phase's signals: in the pairs phase, whose turn it is (returned for the views); a chime at
 * the pairs' switch and when a phase runs out, only with the sound on.
 */
export function usePhaseSignals(view: RoomView): PairHalf | null {
  const soundOn = useSessionSound();
  const { clock, phase, variant } = view;
  const started = view.context.phaseStartedAt;
  const info = phase ? phaseById(variant, phase) : null;
  const half = clock && info?.format === 'pairs' ? pairHalf(clock, info.minutes) : null;
  const key = (what: string) => (started ? `${started}:${what}` : null);
  useChime(Boolean(clock?.over), (clock?.remainingMs ?? 0) > -FRESH_MS, key('end'), soundOn);
  useChime(half?.half === 2, (half?.sinceSwitchMs ?? Infinity) < FRESH_MS, key('switch'), soundOn);
  return half;
}
