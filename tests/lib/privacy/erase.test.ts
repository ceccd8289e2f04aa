import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { teamActions } from '../../../lib/actions/teams';
import { appendEvent, loadCycle, readCycleLog, verifyCycleLog } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { ikuPdfBlob } from '../../../lib/iku/pdf-bytes';
import { eraseEmployee, IkuUnfinishedError, planErasure } from '../../../lib/privacy/erase';
import { TOMBSTONE } from '../../../lib/privacy/scrub';
import { DAY } from '../../support/cycle-events';
import { ANNE, BO, BOEH, dumpAll, KIM, NOTIFIED, seed, withoutNamesake } from './fixture';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
let db: TusDb;
beforeEach(async () => {
  db = new TusDb(`erase-${crypto.randomUUID()}`);
  await seed(db, NOW);
});
afterEach(() => db.close());

const CYCLES = ['old', 'now', 'vest'];
const states = async () => Promise.all(CYCLES.map(async (id) => (await loadCycle(db, id, NOW)).snapshot.value));

describe('erasing one employee', () => {
  it('says first what will go', async () => {
    const plan = await planErasure(db, 'bo');
    expect(plan).toMatchObject({ teamName: 'Team Øst', agreements: 2, ikuVersions: 1, corrections: 1, unfinishedIn: [] });
    expect(plan.cycles.map((c) => c.cycleId).sort()).toEqual(['now', 'old']);
    // Nothing was written by the plan.
    expect(await db.employees.get('bo')).toBeDefined();
  });

  it('leaves no trace of their name or address in any table, while every cycle replays and verifies', async () => {
    const before = await states();
    expect((await dumpAll(db)).toLowerCase()).toContain('bo ege');
    const result = await eraseEmployee(db, 'bo', NOW);
    expect(result).toMatchObject({ cycles: 2, agreements: 2, ikuVersions: 1, corrections: 1 });

    const dump = withoutNamesake(await dumpAll(db));
    for (const trace of [BO.name, BO.email, `"${BO.id}"`, `:${BO.id}:`]) expect(dump).not.toContain(trace.toLowerCase());
    for (const id of CYCLES) {
      const { row } = await loadCycle(db, id, NOW);
      expect(row.integrity ?? null).toBeNull();
      expect((await verifyCycleLog(db, id, NOW)).verdict).toEqual({ ok: true });
    }
    // The same states as before: the tombstoned events still replay, to the same place.
    expect(await states()).toEqual(before);
    expect(dump).toContain(TOMBSTONE);
    // The open cycle goes on, chained after the erasure event.
    await appendEvent(db, 'now', { type: 'leader.nextPhase', at: NOW });
    expect((await verifyCycleLog(db, 'now', NOW)).verdict).toEqual({ ok: true });
  });

  it('logs the erasure after the rewritten events, with the head before and the number rewritten', async () => {
    const headBefore = (await db.cycles.get('old'))!.head!;
    const firstBefore = (await readCycleLog(db, 'old'))[0]!;
    await eraseEmployee(db, 'bo', NOW);
    const log = await readCycleLog(db, 'old');
    const last = log.at(-1)!;
    expect(last).toMatchObject({ type: 'log.erasure', seq: headBefore.seq + 1, at: NOW });
    expect(last.payload).toMatchObject({ subject: 'employee', previousHead: headBefore });
    expect(last.payload.rewritten).toBeGreaterThan(5);
    expect((await db.cycles.get('old'))!.head).toEqual({ seq: last.seq, hash: last.hash });
    // The first event (the plan) did not name Bo: its hash is unchanged, the chain renewed after it.
    expect(log[0]).toEqual(firstBefore);
    expect(log[1]!.hash).not.toBe((await readCycleLog(db, 'old'))[0]!.hash);
  });

  it("leaves other employees' rows and events as they were, apart from Bo's name in their words", async () => {
    const anneRows = async () => ({
      employee: await db.employees.get('anne'),
      kim: await db.employees.get('kim'),
      iku: { ...(await db.ikus.get('old:anne:1')), pdf: await ikuPdfBlob((await db.ikus.get('old:anne:1'))!).text() },
      correction: await db.corrections.get('c-anne'),
      vest: await readCycleLog(db, 'vest'),
    });
    const before = await anneRows();
    const anneEvents = async () =>
      (await readCycleLog(db, 'old'))
        .filter((e) => e.payload.employeeId === 'anne')
        .map(({ seq, type, at, payload }) => ({ seq, type, at, payload }));
    const eventsBefore = await anneEvents();
    await eraseEmployee(db, 'bo', NOW);
    expect(await anneRows()).toEqual(before);
    const after = await anneEvents();
    expect(after.length).toBe(eventsBefore.length);
    expect(after.filter((e) => e.type !== 'iku.consent')).toEqual(eventsBefore.filter((e) => e.type !== 'iku.consent'));
    const consent = after.find((e) => e.type === 'iku.consent')!.payload.evidence as Record<string, string>;
    expect(consent.text).toBe(`Jeg godkender min IKU. ${TOMBSTONE} og jeg tager kurset sammen.`);
    expect(consent.from).toBe(`${ANNE.name} <${ANNE.email.toUpperCase()}>`);
    expect((await db.agreements.get('a-anne'))!.text).toBe(`Kursus i journalføring med ${TOMBSTONE}`);
    expect((await db.agreements.get('a-team'))!.owner).toBe(TOMBSTONE);
    expect((await db.employees.toArray()).map((e) => e.name).sort()).toEqual([ANNE.name, BOEH.name, KIM.name]);
    // The hyphenated namesake and the longer address are someone else's: untouched.
    expect((await db.agreements.get('a-vest'))!.text).toBe('Oplæg ved Bo Ege-Hansen (bo.ege-hansen@randers.dk)');
    expect((await db.settings.get('notified'))!.value).toEqual(NOTIFIED.filter((k) => !k.includes(':bo:')));
  });

  it("says how many colleagues' approved IKUs name them, and how many reminders about them go", async () => {
    const plan = await planErasure(db, 'bo');
    // Anne's IKU in the old cycle prints the team agreement Bo owns; it was approved, so it stays.
    expect(plan.colleagueIkus).toBe(1);
    expect(plan.settings).toBe(2);
    await eraseEmployee(db, 'bo', NOW);
    expect(await ikuPdfBlob((await db.ikus.get('old:anne:1'))!).text()).toContain('Anne Holm');
  });

  it('still finds a change made before the erasure, and one made after it', async () => {
    const log = await readCycleLog(db, 'old');
    const target = log.find((e) => e.type === 'leader.planFollowUp')!;
    await db.events.put({ ...target, payload: { meeting: { at: 1, form: 'teamMeeting', place: '' } } });
    const seen = (await verifyCycleLog(db, 'old', NOW)).verdict;
    expect(seen).toMatchObject({ ok: false, firstBadSeq: target.seq, kind: 'modified' });

    await eraseEmployee(db, 'bo', NOW);
    expect((await verifyCycleLog(db, 'old', NOW)).verdict).toMatchObject({ ok: false, firstBadSeq: target.seq, kind: 'modified' });
    expect((await loadCycle(db, 'old', NOW)).row.integrity?.chain?.firstBadSeq).toBe(target.seq);

    const now = await readCycleLog(db, 'now');
    const row = now.find((e) => e.type === 'leader.setAbsent')!;
    await db.events.put({ ...row, payload: { ...row.payload, absent: false } });
    expect((await verifyCycleLog(db, 'now', NOW)).verdict).toMatchObject({ ok: false, firstBadSeq: row.seq, kind: 'modified' });
  });

  it('changes nothing when a step fails', async () => {
    const before = await dumpAll(db);
    await expect(
      eraseEmployee(db, 'bo', NOW, {
        beforeLastWrite: () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await dumpAll(db)).toBe(before);
  });

  it('is what "Fjern" does: no agreement, IKU or correction is left behind without its employee', async () => {
    await teamActions('ost', { db, now: () => NOW }).removeEmployee('bo');
    const ids = new Set((await db.employees.toArray()).map((e) => e.id));
    const orphans = [...(await db.agreements.toArray()), ...(await db.ikus.toArray()), ...(await db.corrections.toArray())].filter(
      (r) => r.employeeId !== null && !ids.has(r.employeeId),
    );
    expect(ids.has('bo')).toBe(false);
    expect(orphans).toEqual([]);
  });

  it('is refused while an open cycle waits for their IKU, and writes nothing', async () => {
    const other = new TusDb(`erase-${crypto.randomUUID()}`);
    const { importDataset } = await import('../../../lib/demo/import-dataset');
    const { scriptEvents } = await import('../../../lib/demo/script');
    await importDataset(other, {
      teams: [{ id: 't', name: 'Team Nord', archived: 0, createdAt: 0 }],
      employees: [{ ...BO, teamId: 't' }],
      cycles: [
        { id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: scriptEvents('tus-iku', ['bo'], NOW - 20 * DAY, 'consent') },
      ],
    });
    const before = await dumpAll(other);
    expect((await planErasure(other, 'bo')).unfinishedIn).toEqual(['Team Nord']);
    await expect(eraseEmployee(other, 'bo', NOW)).rejects.toBeInstanceOf(IkuUnfinishedError);
    expect(await dumpAll(other)).toBe(before);
    other.close();
  });
});
