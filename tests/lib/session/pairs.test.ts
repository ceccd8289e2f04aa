import { describe, expect, it } from 'vitest';
import { AGENDA } from '../../../lib/session/agenda';
import { isSwitchSignal, pairHalf, SWITCH_SIGNAL_MS } from '../../../lib/session/pairs';
import { phaseClock } from '../../../lib/session/timer';

const START = 1_000_000;
const SEC = 1000;
const MIN = 60_000;
type Room = { pausedAt: number | null; pausedMs: number; extendedMin: number };
const room: Room = { pausedAt: null, pausedMs: 0, extendedMin: 0 };
const PAIRS = AGENDA['tus-iku'].find((p) => p.id === 'individualFocus.pairs')!;
const halfAt = (r: Room, now: number) => pairHalf(phaseClock(START, PAIRS.minutes, r, now), PAIRS.minutes);

describe('the pairs phase in two halves', () => {
  it('is the seed’s 14 minutes, 7 to each person', () => {
    expect(PAIRS).toMatchObject({ minutes: 14, format: 'pairs' });
  });

  it('is the first person’s half at 6:59, with one second left of it', () => {
    expect(halfAt(room, START + 6 * MIN + 59 * SEC)).toEqual({ half: 1, halfRemainingMs: SEC, sinceSwitchMs: null });
  });

  it('switches at exactly 7:00 and shows the signal from then', () => {
    const at7 = halfAt(room, START + 7 * MIN);
    expect(at7).toEqual({ half: 2, halfRemainingMs: 7 * MIN, sinceSwitchMs: 0 });
    expect(isSwitchSignal(at7)).toBe(true);
  });

  it('keeps the signal for its 30 seconds only, then just the second half', () => {
    expect(isSwitchSignal(halfAt(room, START + 7 * MIN + SWITCH_SIGNAL_MS - 1))).toBe(true);
    const later = halfAt(room, START + 7 * MIN + SWITCH_SIGNAL_MS);
    expect(later.half).toBe(2);
    expect(isSwitchSignal(later)).toBe(false);
    expect(isSwitchSignal(halfAt(room, START + 6 * MIN))).toBe(false);
  });

  it('leaves pauses out: a 2-minute pause moves the switch 2 minutes later on the wall clock', () => {
    const resumed = { ...room, pausedMs: 2 * MIN };
    expect(halfAt(resumed, START + 8 * MIN + 59 * SEC).half).toBe(1);
    expect(halfAt(resumed, START + 9 * MIN)).toMatchObject({ half: 2, sinceSwitchMs: 0 });
    // Paused in the first half at 5:00: however long the pause, still the first person, 2 minutes left.
    const paused = { ...room, pausedAt: START + 5 * MIN };
    expect(halfAt(paused, START + 60 * MIN)).toEqual({ half: 1, halfRemainingMs: 2 * MIN, sinceSwitchMs: null });
  });

  it('gives an extension to the second half: the switch stays at 7:00', () => {
    const extended = { ...room, extendedMin: 5 };
    expect(halfAt(extended, START + 6 * MIN + 59 * SEC)).toMatchObject({ half: 1, halfRemainingMs: SEC });
    expect(halfAt(extended, START + 7 * MIN)).toEqual({ half: 2, halfRemainingMs: 12 * MIN, sinceSwitchMs: 0 });
  });

  it('goes below zero in the second half when the phase runs over', () => {
    expect(halfAt(room, START + 15 * MIN)).toMatchObject({ half: 2, halfRemainingMs: -MIN });
  });
});
