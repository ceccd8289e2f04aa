import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, loadCycle, readCycleLog } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { setSetting } from '../../../lib/settings/store';
import { sha256Hex } from '../../../lib/shared/hash';
import { saveAgreement } from '../../../lib/sheet/store';
import { completeTeamPlan, teamPlanCharacters, teamPlanVersions } from '../../../lib/sheet/team-plan-store';
import { DAY, SESSION_AT } from '../../support/cycle-events';

let db: TusDb;
const AT = SESSION_AT + 2 * DAY;

beforeEach(async () => {
  db = new TusDb(`team-plan-${crypto.randomUUID()}`);
  // A plain TUS cycle that has reached `teamPlan` with no plan completed yet.
  const events = scriptEvents('tus', ['e1', 'e2'], SESSION_AT, 'teamPlan').filter((e) => e.type !== 'leader.completeTeamPlan');
  const started = events.findIndex((e) => e.type === 'leader.startSession') + 1;
  await importDataset(db, {
    teams: [{ id: 't', name: 'Rengøringen', archived: 0, createdAt: 0 }],
    employees: [],
    cycles: [{ id: 'c', teamId: 't', variant: 'tus', createdAt: 0, events: events.slice(0, started) }],
  });
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@x.dk', workplace: 'Randers Kommune' });
  await saveAgreement(
    db,
    { id: 'a1', cycleId: 'c', employeeId: null, text: 'Morgenmøde hver mandag ✓', owner: 'Alle', due: '2027-01-04', term: 'short' },
    SESSION_AT + 1,
  );
  await saveAgreement(
    db,
    { id: 'a2', cycleId: 'c', employeeId: null, text: 'Jobbytte med naboteamet', owner: 'Bo', due: '2027-09-01', term: 'long' },
    SESSION_AT + 2,
  );
  for (const event of events.slice(started)) await appendEvent(db, 'c', event);
});
afterEach(() => db.close());

const text = async (blob: Blob) =>
  execFileSync('pdftotext', ['-', '-'], { input: new Uint8Array(await blob.arrayBuffer()), encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('the team plan, stored as versions', () => {
  it('reports the characters before the plan is made', async () => {
    expect(await teamPlanCharacters(db, 'c')).toEqual([{ char: '✓', becomes: 'v' }]);
  });

  it('stores each completed plan with the event that records its hash, and reads them back after a "reload"', async () => {
    const first = await completeTeamPlan(db, 'c', 'team', AT);
    expect(first.changed).toEqual([{ char: '✓', becomes: 'v' }]);
    await appendEvent(db, 'c', {
      type: 'leader.planFollowUp',
      at: AT + 1,
      meeting: { at: AT + 30 * DAY, form: 'teamMeeting', place: 'Kantinen' },
    });
    const second = await completeTeamPlan(db, 'c', 'trio', AT + 2);

    const reopened = new TusDb(db.name);
    const versions = await teamPlanVersions(reopened, 'c');
    reopened.close();
    expect(versions.map((v) => [v.id, v.version, v.madeBy, v.fileName])).toEqual([
      ['c:1', 1, 'team', 'Teamudviklingsplan_Rengøringen.pdf'],
      ['c:2', 2, 'trio', 'Teamudviklingsplan_Rengøringen_v2.pdf'],
    ]);
    for (const v of versions) expect(v.hash).toBe(await sha256Hex(new Uint8Array(await v.pdf.arrayBuffer())));
    expect(second.version.hash).toBe(versions[1]!.hash);

    const { snapshot } = await loadCycle(db, 'c');
    expect(snapshot.value).toBe('followUps');
    expect(snapshot.context.teamPlans.map((p) => [p.version, p.hash, p.madeBy])).toEqual(
      versions.map((v) => [v.version, v.hash, v.madeBy]),
    );
    expect(snapshot.context.teamPlanHash).toBe(versions[1]!.hash);

    const v2 = await text(versions[1]!.pdf);
    expect(v2).toContain('Udarbejdet af: Arbejdspladsens TRIO (leder, tillidsrepræsentant og arbejdsmiljørepræsentant) Version: 2');
    expect(v2).toMatch(/Aftaler på kort sigt • Morgenmøde hver mandag v .*Aftaler på lang sigt • Jobbytte med naboteamet/);
    expect(v2).toMatch(/Opfølgning Vi gør status på aftalerne på disse møder: • .* kl\. \d\d\.\d\d, teammøde, Kantinen/);
  });

  it('writes nothing when the event is refused: the version row and the event go together', async () => {
    await completeTeamPlan(db, 'c', 'team', AT);
    const events = (await readCycleLog(db, 'c')).length;
    // The cycle is closed before the second plan is written: the machine refuses the event.
    await appendEvent(db, 'c', { type: 'leader.cancelCycle', at: AT + 1, reason: 'Teamet er nedlagt' });
    await expect(completeTeamPlan(db, 'c', 'trio', AT + 2)).rejects.toThrow();
    expect(await db.teamPlans.count()).toBe(1);
    expect(await readCycleLog(db, 'c')).toHaveLength(events + 1);
  });

  it('writes no event when the version row cannot be written: the two go together', async () => {
    const events = (await readCycleLog(db, 'c')).length;
    // A row already under the next version's key makes the add fail after the event was appended.
    await db.teamPlans.add({
      id: 'c:1',
      cycleId: 'c',
      version: 1,
      hash: 'x',
      madeBy: 'team',
      pdf: new Blob(['x']),
      fileName: 'x.pdf',
      createdAt: 0,
    });
    await expect(completeTeamPlan(db, 'c', 'team', AT)).rejects.toThrow();
    expect(await readCycleLog(db, 'c')).toHaveLength(events);
    expect((await loadCycle(db, 'c')).snapshot.context.teamPlans).toEqual([]);
  });

  it('two tabs completing at once: one version is stored, the other is refused with nothing half-written', async () => {
    // Both read version 1 as the next one before either writes; the machine's version guard refuses the second.
    const results = await Promise.allSettled([completeTeamPlan(db, 'c', 'team', AT), completeTeamPlan(db, 'c', 'trio', AT + 1)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const stored = await db.teamPlans.toArray();
    expect(stored).toHaveLength(1);
    const { snapshot } = await loadCycle(db, 'c');
    expect(snapshot.context.teamPlans).toEqual([
      { version: 1, hash: stored[0]!.hash, madeBy: stored[0]!.madeBy, at: stored[0]!.createdAt, followUps: 0 },
    ]);
  });
});
