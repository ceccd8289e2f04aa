import type { SessionRoom } from '../../machines/cycle.machine';

export interface PhaseClock {
  /** Time spent in the phase, pauses left out. */
  elapsedMs: number;
  /** Time left of the planned minutes plus extensions; negative when over. */
  remainingMs: number;
  paused: boolean;
  over: boolean;
}

/**
 * The phase clock from stored timestamps only, so it shows true time after a closed tab or a
 * restarted browser: elapsed = (pause start or now) − phase start − earlier pauses.
 */
export function phaseClock(
  phaseStartedAt: number,
  minutes: number,
  room: Pick<SessionRoom, 'pausedAt' | 'pausedMs' | 'extendedMin'>,
  now: number,
): PhaseClock {
  const until = room.pausedAt ?? now;
  const elapsedMs = Math.max(0, until - phaseStartedAt - room.pausedMs);
  const remainingMs = (minutes + room.extendedMin) * 60_000 - elapsedMs;
  return { elapsedMs, remainingMs, paused: room.pausedAt !== null, over: remainingMs <= 0 };
}

/** "07:05", or "-01:30" when over time. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.ceil(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  return `${sign}${String(minutes).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
