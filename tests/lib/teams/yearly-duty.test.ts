import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { zonedToEpoch } from '../../../lib/dates/datetime';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import type { Employee } from '../../../lib/domain/types';
import { DUTY_LOOKBACK_MS, yearlyDutyOf } from '../../../lib/teams/queries';
import { approvalsOf, aYearAfter, dutyByTeam, employeeDuty, employeesDuty } from '../../../lib/teams/yearly-duty';
import type { IkuEntry } from '../../../machines/cycle.machine';
import { initialIkuContext } from '../../../machines/iku.machine';

const DAY = 86_400_000;
/** Copenhagen wall-clock time, as the leader reads the calendar. */
const cph = (date: string, time = '12:00') => zonedToEpoch(date, time);

afterEach(() => vi.useRealTimers());

const consented = (employeeId: string, at: number, version = 1): IkuEntry => ({
  employeeId,
  value: 'consented',
  context: {
    ...initialIkuContext(),
    version,
    hash: `h${version}`,
    consent: { version, hash: `h${version}`, at, evidence: { channel: 'paper' } },
    approvals: [{ version, hash: `h${version}`, at }],
  },
});

describe('approvals in a cycle', () => {
  it('counts every approval given, also to a version a later one replaced, and nothing before consent', () => {
    const replaced: IkuEntry = {
      employeeId: 'b',
      value: 'generated',
      // A newer version after the consent voids the consent, not the fact that v1 was approved at 5.
      context: { ...consented('b', 5).context, version: 2, hash: 'h2', consent: null },
    };
    // A cache from before machine v7 holds no list: its current consent is what it has.
    const older: IkuEntry = { ...consented('e', 9), context: { ...consented('e', 9).context, approvals: undefined } };
    const archived: IkuEntry = { ...consented('c', 7), value: 'archived' };
    const requested: IkuEntry = { employeeId: 'd', value: 'consentRequested', context: { ...initialIkuContext(), version: 1, hash: 'h1' } };
    expect(approvalsOf({ ikus: [consented('a', 3), replaced, archived, requested, older] })).toEqual([
      { employeeId: 'a', at: 3 },
      { employeeId: 'b', at: 5 },
      { employeeId: 'c', at: 7 },
      { employeeId: 'e', at: 9 },
    ]);
  });

  it('dates the next IKU a calendar year on, 29 February to 28 February', () => {
    expect(aYearAfter('2025-12-31')).toBe('2026-12-31');
    expect(aYearAfter('2028-02-29')).toBe('2029-02-28');
  });
});

describe('the yearly duty with a fake clock across the new year', () => {
  const team = (id: string, teamId: string, startedAt?: string): Employee => ({
    id,
    teamId,
    name: id,
    email: `${id}@x.dk`,
    ...(startedAt ? { startedAt } : {}),
  });
  const employees = [
    team('anne', 'nord'),
    // Moved from nord to syd: her IKU was made in nord's cycle, and she counts in syd.
    team('bo', 'syd'),
    // Joined three weeks ago: due a year after starting, not at once.
    team('cai', 'nord', '2026-12-01'),
    // No IKU and no start date: none in the last twelve months.
    team('dorte', 'nord'),
    // Approved on New Year's Eve a year ago.
    team('erik', 'syd'),
    // Started long ago, approved since: the later date counts.
    team('frida', 'syd', '2019-04-01'),
  ];
  const approvals = [
    { employeeId: 'anne', at: cph('2025-06-01') },
    { employeeId: 'anne', at: cph('2026-01-05') },
    { employeeId: 'bo', at: cph('2026-03-01') },
    { employeeId: 'erik', at: cph('2025-12-31', '15:00') },
    { employeeId: 'frida', at: cph('2026-06-15') },
    // Departed (their row is gone): their approval counts for no one.
    { employeeId: 'gone', at: cph('2024-01-01') },
  ];
  const duties = () => new Map(employeesDuty(employees, approvals, Date.now()).map((d) => [d.employeeId, d]));

  it('on 20 December marks those due within 30 days and those with none', () => {
    vi.useFakeTimers();
    vi.setSystemTime(cph('2026-12-20', '10:00'));
    const d = duties();
    expect([...d.keys()]).not.toContain('gone');
    expect(d.get('anne')).toMatchObject({ lastApprovedAt: cph('2026-01-05'), dueDate: '2027-01-05', status: 'dueSoon' });
    expect(d.get('bo')).toMatchObject({ teamId: 'syd', dueDate: '2027-03-01', status: 'ok' });
    expect(d.get('cai')).toMatchObject({ lastApprovedAt: null, dueDate: '2027-12-01', status: 'ok' });
    expect(d.get('dorte')).toMatchObject({ dueDate: null, dueAt: null, status: 'none' });
    expect(d.get('erik')).toMatchObject({ dueDate: '2026-12-31', status: 'dueSoon' });
    expect(d.get('frida')).toMatchObject({ dueDate: '2027-06-15', status: 'ok' });
    const teams = dutyByTeam([...d.values()]);
    expect(teams.get('nord')).toEqual({ dueSoon: 1, overdue: 1, dueAt: d.get('anne')!.dueAt, isOverdue: true });
    expect(teams.get('syd')).toEqual({ dueSoon: 1, overdue: 0, dueAt: d.get('erik')!.dueAt, isOverdue: false });
  });

  it('turns overdue at Copenhagen midnight, not at UTC midnight', () => {
    vi.useFakeTimers();
    // 23:30 on New Year's Eve in Copenhagen (22:30 UTC): still the due day.
    vi.setSystemTime(Date.UTC(2026, 11, 31, 22, 30));
    expect(duties().get('erik')!.status).toBe('dueSoon');
    // 00:30 on 1 January in Copenhagen, though still 31 December in UTC.
    vi.setSystemTime(Date.UTC(2026, 11, 31, 23, 30));
    expect(duties().get('erik')!.status).toBe('overdue');
    expect(duties().get('anne')!.status).toBe('dueSoon');
  });

  it('in the new year: overdue once the date has passed, the next ones due within 30 days', () => {
    vi.useFakeTimers();
    vi.setSystemTime(cph('2027-02-10', '08:00'));
    const d = duties();
    expect(d.get('anne')!.status).toBe('overdue');
    expect(d.get('erik')!.status).toBe('overdue');
    expect(d.get('bo')!.status).toBe('dueSoon');
    expect(d.get('cai')!.status).toBe('ok');
    expect(dutyByTeam([...d.values()]).get('syd')).toMatchObject({ dueSoon: 1, overdue: 1, isOverdue: true });
  });

  it('a newcomer approved before the start date (rehired) counts from the start', () => {
    expect(employeeDuty(team('x', 'nord', '2026-09-01'), cph('2026-02-01'), cph('2026-12-20')).dueDate).toBe('2027-09-01');
  });
});

describe('the yearly duty read from the database', () => {
  let db: TusDb;
  beforeEach(() => {
    db = new TusDb(`duty-${crypto.randomUUID()}`);
  });

  it('reads approvals from any team’s recent cycles, and leaves out the departed and old history', async () => {
    const now = cph('2027-01-20', '09:00');
    const lastYear = cph('2026-02-02', '09:00');
    const longAgo = now - DUTY_LOOKBACK_MS - 100 * DAY;
    await importDataset(db, {
      teams: [
        { id: 'nord', name: 'Nord', archived: 0, createdAt: 0 },
        { id: 'syd', name: 'Syd', archived: 0, createdAt: 0 },
      ],
      employees: [
        { id: 'anne', teamId: 'nord', name: 'Anne', email: 'anne@x.dk' },
        // Moved to syd after nord's cycle.
        { id: 'bo', teamId: 'syd', name: 'Bo', email: 'bo@x.dk' },
        { id: 'cai', teamId: 'syd', name: 'Cai', email: 'cai@x.dk', startedAt: '2026-11-01' },
      ],
      cycles: [
        // 'gone' has left: the cycle still holds their IKU.
        {
          id: 'c1',
          teamId: 'nord',
          variant: 'tus-iku',
          createdAt: lastYear - 30 * DAY,
          events: scriptEvents('tus-iku', ['anne', 'bo', 'gone'], lastYear, 'closed'),
        },
        // Beyond the look-back: not read.
        {
          id: 'c0',
          teamId: 'syd',
          variant: 'tus-iku',
          createdAt: longAgo,
          events: scriptEvents('tus-iku', ['cai'], longAgo + 30 * DAY, 'closed'),
        },
      ],
    });
    const duty = await yearlyDutyOf(db, now);
    const by = new Map(duty.map((d) => [d.employeeId, d]));
    expect([...by.keys()].sort()).toEqual(['anne', 'bo', 'cai']);
    // scriptEvents: consent eleven days after the session.
    expect(by.get('anne')).toMatchObject({ teamId: 'nord', dueDate: '2027-02-13', status: 'dueSoon' });
    expect(by.get('bo')).toMatchObject({ teamId: 'syd', dueDate: '2027-02-13', status: 'dueSoon' });
    expect(by.get('cai')).toMatchObject({ lastApprovedAt: null, dueDate: '2027-11-01', status: 'ok' });
  });
});
