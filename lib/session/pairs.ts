// The pairs phase of TUS med IKU: 7 minutes to each person (the seed: "7 min. til hver person – i alt 14 min.").
import type { PhaseClock } from './timer';

export interface PairHalf {
  /** 1 while the first person speaks, 2 after the switch. */
  half: 1 | 2;
  /** Time left of this half; the second half ends with the phase, so it carries any extension. */
  halfRemainingMs: number;
  /** Phase time since the switch (pauses left out); null before it. */
  sinceSwitchMs: number | null;
}

/** How long after the switch the signal stays highlighted. */
export const SWITCH_SIGNAL_MS = 30_000;

/**
 * Which half of the pairs phase the clock is in. The switch comes at half the planned minutes of
 * phase time (pauses do not count), and stays there when the phase is extended: an extension
 * lengthens the second half, because the view cannot move a switch that may already have been made.
 */
export function pairHalf(clock: Pick<PhaseClock, 'elapsedMs' | 'remainingMs'>, plannedMinutes: number): PairHalf {
  const switchAt = (plannedMinutes * 60_000) / 2;
  if (clock.elapsedMs < switchAt) return { half: 1, halfRemainingMs: switchAt - clock.elapsedMs, sinceSwitchMs: null };
  return { half: 2, halfRemainingMs: clock.remainingMs, sinceSwitchMs: clock.elapsedMs - switchAt };
}

/** Whether the switch signal shows now: from the switch for SWITCH_SIGNAL_MS of phase time. */
export const isSwitchSignal = (half: PairHalf): boolean => half.sinceSwitchMs !== null && half.sinceSwitchMs < SWITCH_SIGNAL_MS;
