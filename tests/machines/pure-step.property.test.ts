import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { replay, replayLog, toRow } from '../../lib/cycles/replay';
import { type CycleEvent, cycleMachine } from '../../machines/cycle.machine';
import { topState } from '../../machines/next-step';
import { initialSnapshot, pureStep } from '../../machines/pure-step';
import { randomWalk, walkArbitrary } from '../support/random-walk';

const whole = (s: SnapshotFrom<typeof cycleMachine>) => ({ value: s.value, status: s.status, context: s.context });

/**
 * The replay path steps the machine with one shared inert scope instead of xstate's own
 * transition(), which builds a fresh actor per call. Both must agree on every event, refused
 * ones included, or a replayed cycle would differ from the one the leader saw. The store logs
 * accepted events only, so the log replays whole; a log with a refused event in it (all events
 * sent) stops right before the first refused one and names it, never skipping it.
 */
describe('pure step agrees with xstate transition()', () => {
  it.each(['tus', 'tus-iku'] as const)('%s: same state and context after every event; a refused event changes nothing', (variant) => {
    let refused = 0;
    const reached = new Set<string>();
    fc.assert(
      fc.property(walkArbitrary(variant), (walk) => {
        let actual = initialSnapshot(cycleMachine, { variant });
        const log: CycleEvent[] = [];
        const sent: CycleEvent[] = [];
        let firstRefusal: { index: number; before: typeof actual } | null = null;
        const expected = randomWalk(variant, walk, (before, event, after) => {
          expect(whole(actual)).toEqual(whole(before));
          sent.push(event);
          const stepped = pureStep(cycleMachine, actual, event);
          if (!before.can(event)) {
            refused++;
            expect(stepped).toBe(actual);
            firstRefusal ??= { index: sent.length - 1, before: actual };
          } else log.push(event);
          actual = stepped;
          expect(whole(actual)).toEqual(whole(after));
          reached.add(topState(actual.value));
        });
        expect(
          whole(
            replay(
              variant,
              log.map((e, i) => toRow('c', i + 1, e)),
            ),
          ),
        ).toEqual(whole(expected));
        const all = replayLog(
          variant,
          sent.map((e, i) => toRow('c', i + 1, e)),
        );
        if (firstRefusal === null) expect(all.refused).toBeNull();
        else {
          const { index, before } = firstRefusal;
          expect(all.refused).toEqual({ seq: index + 1, type: sent[index]!.type });
          expect(all.seq).toBe(index);
          expect(whole(all.snapshot)).toEqual(whole(before));
        }
      }),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(0);
    expect(reached).toContain('closed');
  });
});
