import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ActionInput, type CycleActionId, cycleActions, type EmployeeActionId, startCycle } from '../../../lib/actions/cycle';
import { toEvent } from '../../../lib/cycles/replay';
import type { Stage } from '../../../lib/cycles/stages';
import { readCycleLog } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents, scriptHash } from '../../../lib/demo/script';
import type { Variant } from '../../../lib/domain/types';
import { sha256Hex } from '../../../lib/shared/hash';
import { ARCHIVE_MARKS } from '../../../machines/archive-marks';
import { type CycleEvent, DEFAULT_PLAN } from '../../../machines/cycle.machine';
import { DAY, DEADLINE, SESSION_AT } from '../../support/cycle-events';

const IDS = ['e1', 'e2'];
let db: TusDb;

beforeEach(() => {
  db = new TusDb(`actions-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

/** A team with two employees and a cycle scripted up to `stage`, plus any further events. */
async function cycleAt(variant: Variant, stage: Stage, more: CycleEvent[] = []) {
  await importDataset(db, {
    teams: [{ id: 't', name: 'Team Syd', archived: 0, createdAt: 0 }],
    employees: IDS.map((id) => ({ id, teamId: 't', name: `Navn ${id}`, email: `${id}@randers.dk` })),
    cycles: [{ id: 'c', teamId: 't', variant, createdAt: 0, events: [...scriptEvents(variant, IDS, SESSION_AT, stage), ...more] }],
  });
  return (await db.cycles.get('c'))!;
}

const lastEvent = async () => toEvent((await readCycleLog(db, 'c')).at(-1)!);
const FOLLOW_UPS = [SESSION_AT + 90 * DAY, SESSION_AT + 180 * DAY];

// What the team page's old if-chain sent for each cycle action, from the same input.
const cycleCases: [CycleActionId, Variant, Stage, CycleEvent[], number, ActionInput, CycleEvent][] = [
  ['invitationSent', 'tus-iku', 'draft', [], SESSION_AT - 20 * DAY, {}, { type: 'leader.invitationSent', at: SESSION_AT - 20 * DAY }],
  ['markPrepared', 'tus-iku', 'invited', [], SESSION_AT - DAY, {}, { type: 'leader.markPrepared', at: SESSION_AT - DAY }],
  ['startSession', 'tus', 'prepared', [], SESSION_AT, {}, { type: 'leader.startSession', at: SESSION_AT }],
  [
    'nextPhase',
    'tus-iku',
    'prepared',
    [{ type: 'leader.startSession', at: SESSION_AT }],
    SESSION_AT + 3_600_000,
    {},
    { type: 'leader.nextPhase', at: SESSION_AT + 3_600_000 },
  ],
  [
    'closeCorrectionsEarly',
    'tus-iku',
    'corrections',
    [],
    SESSION_AT + DAY,
    {},
    { type: 'leader.closeCorrectionsEarly', at: SESSION_AT + DAY },
  ],
  [
    'reopenCorrections',
    'tus-iku',
    'corrections',
    [],
    DEADLINE - DAY,
    { until: DEADLINE + 3 * DAY },
    { type: 'leader.reopenCorrections', at: DEADLINE - DAY, until: DEADLINE + 3 * DAY },
  ],
  [
    'planFollowUps',
    'tus-iku',
    'archived',
    [],
    SESSION_AT + 20 * DAY,
    { meeting: { at: FOLLOW_UPS[0]!, form: 'staffMeeting', place: 'Kantinen' } },
    { type: 'leader.planFollowUp', at: SESSION_AT + 20 * DAY, meeting: { at: FOLLOW_UPS[0]!, form: 'staffMeeting', place: 'Kantinen' } },
  ],
  [
    'recordFollowUp',
    'tus',
    'followUps',
    [{ type: 'leader.recordFollowUp', at: FOLLOW_UPS[0]!, index: 0 }],
    FOLLOW_UPS[1]!,
    {},
    { type: 'leader.recordFollowUp', at: FOLLOW_UPS[1]!, index: 1 },
  ],
  [
    'closeCycle',
    'tus',
    'followUps',
    FOLLOW_UPS.map((at, index) => ({ type: 'leader.recordFollowUp', at, index })),
    FOLLOW_UPS[1]! + DAY,
    {},
    { type: 'leader.closeCycle', at: FOLLOW_UPS[1]! + DAY },
  ],
];

describe('cycle actions from the team page', () => {
  it.each(cycleCases)('%s appends the event the page sent before', async (id, variant, stage, more, at, input, expected) => {
    const row = await cycleAt(variant, stage, more);
    expect(await cycleActions(row, 'Team Syd', { db, now: () => at }).run(id, input)).toEqual({});
    expect(await lastEvent()).toEqual(expected);
  });

  it('refuses what the machine does not take, and logs nothing', async () => {
    const row = await cycleAt('tus-iku', 'draft');
    const before = (await readCycleLog(db, 'c')).length;
    await expect(cycleActions(row, 'Team Syd', { db, now: () => SESSION_AT }).run('closeCycle')).rejects.toThrow();
    expect(await readCycleLog(db, 'c')).toHaveLength(before);
  });

  it('completes the team plan: the stored version is the very PDF whose hash the log holds, made by whom the leader chose', async () => {
    const row = await cycleAt('tus', 'teamPlan');
    const at = SESSION_AT + 2 * DAY;
    // The scripted plan is already complete; a plain TUS cycle at teamPlan without it:
    await db.delete();
    db = new TusDb(`actions-${crypto.randomUUID()}`);
    const events = scriptEvents('tus', IDS, SESSION_AT, 'teamPlan').filter((e) => e.type !== 'leader.completeTeamPlan');
    await importDataset(db, {
      teams: [{ id: 't', name: 'Team Syd', archived: 0, createdAt: 0 }],
      employees: [],
      cycles: [{ id: 'c', teamId: 't', variant: 'tus', createdAt: row.createdAt, events }],
    });
    const actions = () => db.cycles.get('c').then((c) => cycleActions(c!, 'Team Syd', { db, now: () => at }));
    // Who made it is chosen, never defaulted: without it nothing is written.
    await expect((await actions()).run('completeTeamPlan')).rejects.toMatchObject({ key: 'teamplan.madeBy.missing' });
    expect(await db.teamPlans.count()).toBe(0);

    expect(await (await actions()).run('completeTeamPlan', { madeBy: 'trio' })).toEqual({});
    const [stored] = await db.teamPlans.toArray();
    expect(stored).toMatchObject({
      id: 'c:1',
      cycleId: 'c',
      version: 1,
      madeBy: 'trio',
      fileName: 'Teamudviklingsplan_Team_Syd.pdf',
      createdAt: at,
    });
    const pdf = new Uint8Array(await stored!.pdf.arrayBuffer());
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(stored!.hash).toBe(await sha256Hex(pdf));
    expect(await lastEvent()).toEqual({ type: 'leader.completeTeamPlan', at, hash: stored!.hash, madeBy: 'trio', version: 1 });
  });

  it('generates the IKUs through the store, with progress', async () => {
    const row = await cycleAt('tus-iku', 'corrections');
    const progress: string[] = [];
    // The sheet is empty, so the content check stops a plain click; the leader's reasons let it through.
    await expect(cycleActions(row, 'Team Syd', { db, now: () => DEADLINE + 1 }).run('generateIkus')).rejects.toMatchObject({
      key: 'ikus.check.refused',
    });
    const overrides = IDS.map((employeeId) => ({ employeeId, reason: 'Aftales efter TUS' }));
    await cycleActions(row, 'Team Syd', { db, now: () => DEADLINE + 1 }).run('generateIkus', { overrides }, (done, total) =>
      progress.push(`${done}/${total}`),
    );
    expect(progress).toEqual(['1/2', '2/2']);
    const event = await lastEvent();
    expect(event).toMatchObject({ type: 'leader.generateIkus', at: DEADLINE + 1 });
    expect(event.type === 'leader.generateIkus' && event.ikus.map((i) => i.employeeId).sort()).toEqual(IDS);
    expect(event).toMatchObject({ overrides });
  });
});

// What the old page sent for each employee action (the note as typed).
const employeeCases: [EmployeeActionId, Stage, ActionInput, CycleEvent][] = [
  ['requestConsent', 'ikusGenerated', {}, { type: 'iku.requestConsent', employeeId: 'e1', at: DEADLINE + 2 * DAY }],
  [
    'recordConsent',
    'consent',
    { note: 'Underskrevet på papir' },
    {
      type: 'iku.consent',
      employeeId: 'e1',
      at: DEADLINE + 2 * DAY,
      version: 1,
      hash: scriptHash('e1', 1),
      evidence: { channel: 'paper', note: 'Underskrevet på papir' },
    },
  ],
  [
    'recordConsent',
    'consent',
    {},
    {
      type: 'iku.consent',
      employeeId: 'e1',
      at: DEADLINE + 2 * DAY,
      version: 1,
      hash: scriptHash('e1', 1),
      evidence: { channel: 'paper' },
    },
  ],
  [
    'requestChanges',
    'consent',
    { note: 'Tilføj kursus' },
    { type: 'iku.requestChanges', employeeId: 'e1', at: DEADLINE + 2 * DAY, note: 'Tilføj kursus' },
  ],
];

describe('employee actions from the team page', () => {
  it.each(employeeCases)('%s appends the event the page sent before (%#)', async (id, stage, input, expected) => {
    const row = await cycleAt('tus-iku', stage);
    await cycleActions(row, 'Team Syd', { db, now: () => DEADLINE + 2 * DAY }).runForEmployee(id, 'e1', input);
    expect(await lastEvent()).toEqual(expected);
  });

  it.each(ARCHIVE_MARKS)('files the mark %s', async (mark) => {
    const consent: CycleEvent = {
      type: 'iku.consent',
      employeeId: 'e1',
      at: DEADLINE + DAY,
      version: 1,
      hash: scriptHash('e1', 1),
      evidence: { channel: 'paper' },
    };
    const row = await cycleAt('tus-iku', 'consent', [consent]);
    await cycleActions(row, 'Team Syd', { db, now: () => DEADLINE + 2 * DAY }).runForEmployee(mark, 'e1');
    expect(await lastEvent()).toEqual({ type: 'iku.markFiled', employeeId: 'e1', at: DEADLINE + 2 * DAY, mark });
  });

  it('makes a new version only where the content changed, and says how many', async () => {
    const row = await cycleAt('tus-iku', 'corrections');
    const at = DEADLINE + 1;
    await cycleActions(row, 'Team Syd', { db, now: () => at }).run('generateIkus', {
      overrides: IDS.map((employeeId) => ({ employeeId, reason: 'Aftales efter TUS' })),
    });
    const generated = (await db.cycles.get('c'))!;
    const actions = cycleActions(generated, 'Team Syd', { db, now: () => at + DAY });
    expect(await actions.runForEmployee('regenerate', 'e1')).toEqual({ notice: { key: 'ikus.unchanged' } });
    await actions.addAfterTus('e1', { text: 'Kursus i forflytning', owner: 'Navn e1', due: '2027-03-01' });
    const event = await lastEvent();
    expect(event).toMatchObject({ type: 'iku.generate', employeeId: 'e1', at: at + DAY });
    expect(await actions.reviseAll()).toEqual({ notice: { key: 'ikus.unchanged' } });
  });
});

describe('starting a cycle', () => {
  it('logs the plan as the first event, at the time of the click', async () => {
    await importDataset(db, { teams: [{ id: 't', name: 'Team Syd', archived: 0, createdAt: 0 }], employees: [], cycles: [] });
    const plan = { ...DEFAULT_PLAN, sessionAt: SESSION_AT, place: 'Mødelokale 2' };
    await startCycle('t', 'tus', plan, { db, now: () => 42 });
    const [cycle] = await db.cycles.toArray();
    expect(toEvent((await readCycleLog(db, cycle!.id))[0]!)).toEqual({ type: 'leader.updatePlan', at: 42, plan });
  });
});
