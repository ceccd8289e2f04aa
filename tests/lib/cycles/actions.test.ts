import { describe, expect, it } from 'vitest';
import { availableCycleActions, availableEmployeeActions, buttonsFor, cycleEvent } from '../../../lib/cycles/actions';
import { replay, toRow } from '../../../lib/cycles/replay';
import { scriptEvents } from '../../../lib/demo/script';
import { DEADLINE, SESSION_AT } from '../../support/cycle-events';

const at = (stage: Parameters<typeof scriptEvents>[3], variant: 'tus' | 'tus-iku' = 'tus-iku') =>
  replay(
    variant,
    scriptEvents(variant, ['e1', 'e2'], SESSION_AT, stage).map((e, i) => toRow('c', i + 1, e)),
  );

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

describe('the button a next step points at (the popup opens the dashboard with it)', () => {
  it('maps each step that has a button, and an action to itself', () => {
    expect(buttonsFor('writeTeamPlan')).toEqual(['completeTeamPlan']);
    expect(buttonsFor('holdFollowUp')).toEqual(['recordFollowUp']);
    expect(buttonsFor('collectConsent')).toEqual(['recordConsent']);
    expect(buttonsFor('archiveIkus')).toEqual(['ikuFiled', 'consentFiled', 'sentToEBoks']);
    expect(buttonsFor('generateIkus')).toEqual(['generateIkus']);
    expect(buttonsFor('sentToEBoks')).toEqual(['sentToEBoks']);
  });

  it('points nowhere for a step without a button, or a name it does not know', () => {
    expect(buttonsFor('startCycle')).toEqual([]);
    expect(buttonsFor('none')).toEqual([]);
    expect(buttonsFor('<img src=x>')).toEqual([]);
    expect(buttonsFor('constructor')).toEqual([]);
  });
});

describe('one event per cycle action, for the probe and the real click alike', () => {
  it('takes the follow-up to record from the state, and the rest from the input', () => {
    const s = at('followUps');
    expect(cycleEvent('recordFollowUp', s, 5)).toEqual({ type: 'leader.recordFollowUp', at: 5, index: 0 });
    expect(cycleEvent('planFollowUps', s, 5, { dates: [9] })).toEqual({ type: 'leader.planFollowUps', at: 5, dates: [9] });
    expect(cycleEvent('closeCycle', s, 5, { dates: [9] })).toEqual({ type: 'leader.closeCycle', at: 5 });
  });
});
