import { describe, expect, it } from 'vitest';
import { formatClock, phaseClock } from '../../../lib/session/timer';

const START = 1_000_000;
const MIN = 60_000;
const room = { pausedAt: null, pausedMs: 0, extendedMin: 0 };

describe('phase clock', () => {
  it('counts down from the planned minutes', () => {
    expect(phaseClock(START, 20, room, START + 5 * MIN)).toEqual({ elapsedMs: 5 * MIN, remainingMs: 15 * MIN, paused: false, over: false });
  });

  it('stands still while paused and leaves earlier pauses out', () => {
    const paused = { ...room, pausedAt: START + 5 * MIN };
    expect(phaseClock(START, 20, paused, START + 50 * MIN).remainingMs).toBe(15 * MIN);
    // Resumed after a 3-minute pause: 10 minutes later, 8 have counted since the phase began... plus 5 before.
    const resumed = { ...room, pausedMs: 3 * MIN };
    expect(phaseClock(START, 20, resumed, START + 13 * MIN).elapsedMs).toBe(10 * MIN);
  });

  it('adds extensions and reports over time', () => {
    const extended = { ...room, extendedMin: 5 };
    expect(phaseClock(START, 20, extended, START + 22 * MIN)).toMatchObject({ remainingMs: 3 * MIN, over: false });
    expect(phaseClock(START, 20, room, START + 22 * MIN)).toMatchObject({ remainingMs: -2 * MIN, over: true });
  });

  it('formats minutes and seconds, with a sign when over', () => {
    expect(formatClock(7 * MIN + 5_000)).toBe('07:05');
    expect(formatClock(-90_000)).toBe('-01:30');
    expect(formatClock(0)).toBe('00:00');
  });
});
