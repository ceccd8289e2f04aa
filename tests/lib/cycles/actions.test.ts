import { describe, expect, it } from 'vitest';
import { replay, toRow } from '../../../lib/cycles/replay';
import { availableCycleActions, availableEmployeeActions } from '../../../lib/cycles/actions';
import { scriptEvents } from '../../../lib/demo/script';
import { DEADLINE, SESSION_AT } from '../../support/cycle-events';

const at = (stage: Parameters<typeof scriptEvents>[3], variant: 'tus' | 'tus-iku' = 'tus-iku') =>
  replay(variant, scriptEvents(variant, ['e1', 'e2'], SESSION_AT, stage).map((e, i) => toRow('c', i + 1, e)));

describe('available actions (the machine decides which buttons exist)', () => {
  it('offers only the invitation in draft', () => {
    expect(availableCycleActions(at('draft'), ['e1', 'e2'], SESSION_AT)).toEqual(['invitationSent']);
  });

  it('offers IKU generation only after the deadline or an early close', () => {
    const s = at('corrections');
    expect(availableCycleActions(s, ['e1', 'e2'], DEADLINE - 1)).toEqual(['closeCorrectionsEarly', 'reopenCorrections']);
    expect(availableCycleActions(s, ['e1', 'e2'], DEADLINE + 1)).toContain('generateIkus');
    expect(availableCycleActions(s, [], DEADLINE + 1)).not.toContain('generateIkus');
  });

  it('offers per-employee steps that fit each IKU state', () => {
    const s = at('consent');
    expect(availableEmployeeActions(s, 'e1', SESSION_AT)).toEqual(['requestConsent', 'recordConsent', 'requestChanges', 'regenerate']);
    const archived = at('archived');
    expect(availableEmployeeActions(archived, 'e1', SESSION_AT)).toEqual([]);
    expect(availableCycleActions(archived, ['e1', 'e2'], SESSION_AT)).toEqual(['planFollowUps']);
  });

  it('offers the team plan and follow-ups in plain TUS, never IKU steps', () => {
    const s = at('teamPlan', 'tus');
    expect(availableCycleActions(s, ['e1'], SESSION_AT)).toEqual(['completeTeamPlan', 'planFollowUps']);
  });
});
