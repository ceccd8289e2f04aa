import { describe, expect, it } from 'vitest';
import { availableCycleActions, availableEmployeeActions, buttonsFor, cycleEvent } from '../../../lib/cycles/actions';
import { replay, toRow } from '../../../lib/cycles/replay';
import { scriptEvents } from '../../../lib/demo/script';
import type { CycleEvent } from '../../../machines/cycle.machine';
import { DAY, DEADLINE, SESSION_AT } from '../../support/cycle-events';

const at = (stage: Parameters<typeof scriptEvents>[3], variant: 'tus' | 'tus-iku' = 'tus-iku') =>
  replay(
    variant,
    scriptEvents(variant, ['e1', 'e2'], SESSION_AT, stage).map((e, i) => toRow('c', i + 1, e)),
  );

describe('available actions (the machine decides which buttons exist)', () => {
  // Every stage of both variants, and exactly the actions that make sense there (issue 15).
  const IKU_AFTER = ['planFollowUps', 'cancelCycle'];
  const cases: [string, Parameters<typeof at>[0], 'tus' | 'tus-iku', number, string[]][] = [
    ['draft', 'draft', 'tus-iku', SESSION_AT, ['invitationSent', 'updatePlan', 'cancelCycle']],
    ['invited', 'invited', 'tus-iku', SESSION_AT, ['markPrepared', 'updatePlan', 'cancelCycle']],
    ['prepared', 'prepared', 'tus', SESSION_AT, ['startSession', 'updatePlan', 'cancelCycle']],
    // Not cancelled mid-session: the session is ended first.
    ['session', 'session', 'tus-iku', SESSION_AT, ['nextPhase']],
    ['corrections, window open', 'corrections', 'tus-iku', DEADLINE - 1, ['closeCorrectionsEarly', 'reopenCorrections', ...IKU_AFTER]],
    // After the deadline "Luk for rettelser nu" means nothing; moving the deadline reopens.
    ['corrections, window over', 'corrections', 'tus-iku', DEADLINE + 1, ['reopenCorrections', 'generateIkus', ...IKU_AFTER]],
    ['ikusGenerated', 'ikusGenerated', 'tus-iku', DEADLINE + 1, IKU_AFTER],
    ['consent', 'consent', 'tus-iku', DEADLINE + 1, IKU_AFTER],
    ['archived', 'archived', 'tus-iku', DEADLINE + 1, IKU_AFTER],
    // A meeting is held from its day on, never months before (the script's first is 90 days after the session).
    ['followUps (iku)', 'followUps', 'tus-iku', DEADLINE + 1, ['planFollowUps', 'markAgreement', 'cancelCycle']],
    [
      'followUps (iku), its day',
      'followUps',
      'tus-iku',
      SESSION_AT + 90 * DAY,
      ['planFollowUps', 'recordFollowUp', 'markAgreement', 'cancelCycle'],
    ],
    // The script's plan is completed: a second version would say nothing new until a meeting is planned.
    ['teamPlan, plan completed', 'teamPlan', 'tus', SESSION_AT + 1, ['planFollowUps', 'cancelCycle']],
    ['followUps (tus)', 'followUps', 'tus', SESSION_AT + 1, ['completeTeamPlan', 'planFollowUps', 'markAgreement', 'cancelCycle']],
    ['closed (tus)', 'closed', 'tus', SESSION_AT + 1, []],
    ['closed (iku)', 'closed', 'tus-iku', SESSION_AT + 1, []],
  ];
  it.each(cases)('%s offers only its meaningful actions', (_name, stage, variant, now, expected) => {
    expect(availableCycleActions(at(stage, variant), ['e1', 'e2'], now)).toEqual(expected);
  });

  it('offers IKU generation only with employees', () => {
    expect(availableCycleActions(at('corrections'), [], DEADLINE + 1)).not.toContain('generateIkus');
  });

  it('offers closing only when every follow-up was held', () => {
    const events = scriptEvents('tus', ['e1', 'e2'], SESSION_AT, 'closed').filter((e) => e.type !== 'leader.closeCycle');
    const held = replay(
      'tus',
      events.map((e, i) => toRow('c', i + 1, e)),
    );
    expect(availableCycleActions(held, ['e1'], SESSION_AT)).toContain('closeCycle');
    expect(availableCycleActions(at('followUps', 'tus'), ['e1'], SESSION_AT)).not.toContain('closeCycle');
  });

  it('offers per-employee steps that fit each IKU state, and an archive mark only once', () => {
    const s = at('consent');
    expect(availableEmployeeActions(s, 'e1', SESSION_AT)).toEqual(['requestConsent', 'recordConsent', 'requestChanges', 'regenerate']);
    const archived = at('archived');
    expect(availableEmployeeActions(archived, 'e1', SESSION_AT)).toEqual([]);
    const extra: CycleEvent[] = [
      {
        type: 'iku.consent',
        employeeId: 'e1',
        at: SESSION_AT + 12 * 86_400_000,
        version: 1,
        hash: s.context.ikus[0]!.context.hash!,
        evidence: { channel: 'paper' },
      },
      { type: 'iku.markFiled', employeeId: 'e1', at: SESSION_AT + 13 * 86_400_000, mark: 'ikuFiled' },
    ];
    const consented = replay(
      'tus-iku',
      [...scriptEvents('tus-iku', ['e1', 'e2'], SESSION_AT, 'consent'), ...extra].map((e, i) => toRow('c', i + 1, e)),
    );
    expect(availableEmployeeActions(consented, 'e1', SESSION_AT)).toEqual(['regenerate', 'consentFiled', 'sentToEBoks']);
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
    const meeting = { at: 9, form: 'oneToOne' as const, place: 'Kontoret' };
    expect(cycleEvent('planFollowUps', s, 5, { meeting })).toEqual({ type: 'leader.planFollowUp', at: 5, meeting });
    expect(cycleEvent('closeCycle', s, 5, { meeting })).toEqual({ type: 'leader.closeCycle', at: 5 });
    expect(cycleEvent('completeTeamPlan', s, 5, { hash: 'h', madeBy: 'trio' })).toEqual({
      type: 'leader.completeTeamPlan',
      at: 5,
      hash: 'h',
      madeBy: 'trio',
      version: 1,
    });
    expect(cycleEvent('markAgreement', s, 5, { agreementId: 'a', status: 'dropped', note: ' x ' })).toMatchObject({ note: 'x' });
  });
});
