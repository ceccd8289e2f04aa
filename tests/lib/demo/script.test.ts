import { describe, expect, it } from 'vitest';
import { replay, toRow } from '../../../lib/cycles/replay';
import { stagesOf } from '../../../lib/cycles/stages';
import { scriptEvents } from '../../../lib/demo/script';
import type { Variant } from '../../../lib/domain/types';
import { topState } from '../../../machines/next-step';

const SESSION_AT = Date.UTC(2026, 2, 10, 8);

describe('scriptEvents', () => {
  // Each stage of each variant is reached exactly: a stage the other variant has (corrections,
  // teamPlan) must not count as passed, or a script "to the session" runs the session to its end.
  for (const variant of ['tus', 'tus-iku'] as Variant[]) {
    for (const stage of stagesOf(variant)) {
      it(`${variant}: stops in ${stage}`, () => {
        const events = scriptEvents(variant, ['a', 'b'], SESSION_AT, stage);
        const snapshot = replay(
          variant,
          events.map((e, i) => toRow('c', i + 1, e)),
        );
        expect(topState(snapshot.value)).toBe(stage);
      });
    }
  }
});
