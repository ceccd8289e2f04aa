import { beforeEach, describe, expect, it } from 'vitest';
import { cycleDocumentsOf } from '../../../lib/cycles/documents';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import type { IkuVersion } from '../../../lib/domain/types';
import { ikuPdfBlob } from '../../../lib/iku/pdf-bytes';
import type { CycleEvent } from '../../../machines/cycle.machine';

const DAY = 86_400_000;
const SESSION = Date.UTC(2025, 9, 6, 8);
const pdf = (text: string) => new Blob([`%PDF-1.4 ${text}`], { type: 'application/pdf' });

let db: TusDb;
beforeEach(async () => {
  db = new TusDb(`documents-${crypto.randomUUID()}`);
  // Three employees; 'gone' has since been erased (no row), 'bo' is the one whose IKU got a second version.
  const ids = ['anne', 'bo', 'gone'];
  const open = scriptEvents('tus-iku', ids, SESSION, 'followUps');
  const last = SESSION + 200 * DAY;
  const marks: CycleEvent[] = [
    { type: 'leader.markAgreement', at: last, agreementId: 'a-team', status: 'underWay' },
    { type: 'leader.markAgreement', at: last + 1, agreementId: 'a-team', status: 'done' },
    { type: 'leader.markAgreement', at: last + 2, agreementId: 'a-gone', status: 'dropped', note: 'Ikke længere relevant' },
    { type: 'leader.recordFollowUp', at: last + 3, index: 0 },
    { type: 'leader.recordFollowUp', at: last + 4, index: 1 },
    { type: 'leader.closeCycle', at: last + 5 },
  ];
  await importDataset(db, {
    teams: [{ id: 't', name: 'Hjemmeplejen Nord', archived: 0, createdAt: 0 }],
    employees: [
      { id: 'anne', teamId: 't', name: 'Anne Holm', email: 'anne@x.dk' },
      { id: 'bo', teamId: 't', name: 'Bo Ege', email: 'bo@x.dk' },
    ],
    cycles: [
      { id: 'c', teamId: 't', variant: 'tus-iku', createdAt: SESSION - 30 * DAY, events: [...open, ...marks] },
      { id: 'p', teamId: 't', variant: 'tus', createdAt: SESSION, events: scriptEvents('tus', ids, SESSION, 'closed') },
    ],
  });
  const version = (employeeId: string, v: number): IkuVersion => ({
    id: `c:${employeeId}:${v}`,
    cycleId: 'c',
    employeeId,
    version: v,
    contentHash: `h-${employeeId}-${v}`,
    pdfSha256: 'x',
    pdf: pdf(`${employeeId} v${v}`),
    fileName: `IKU_${employeeId}_v${v}.pdf`,
    createdAt: SESSION + v * DAY,
  });
  await db.ikus.bulkAdd([version('bo', 2), version('anne', 1), version('bo', 1), version('gone', 1)]);
  await db.agreements.bulkAdd([
    {
      id: 'a-team',
      cycleId: 'c',
      employeeId: null,
      text: 'Sparring hver fredag',
      owner: 'Teamet',
      due: '2026-01-01',
      createdAt: 0,
      updatedAt: 0,
    },
  ]);
  await db.teamPlans.bulkAdd(
    [2, 1].map((v) => ({
      id: `p:${v}`,
      cycleId: 'p',
      version: v,
      hash: `plan-${v}`,
      madeBy: v === 1 ? ('team' as const) : ('trio' as const),
      pdf: pdf(`plan ${v}`),
      fileName: `Teamudviklingsplan_v${v}.pdf`,
      createdAt: SESSION + v * DAY,
    })),
  );
});

describe('a cycle’s documents (its page)', () => {
  it('lists every IKU version, the consents, the meetings and the marks of a closed cycle', async () => {
    const docs = (await cycleDocumentsOf(db, 'c'))!;
    expect(docs.cycle).toMatchObject({ id: 'c', teamId: 't', variant: 'tus-iku', open: 0 });
    expect(docs.teamName).toBe('Hjemmeplejen Nord');
    expect(docs.value).toBe('closed');
    expect(docs.ikus.map((v) => v.id)).toEqual(['c:anne:1', 'c:bo:1', 'c:bo:2', 'c:gone:1']);
    expect(await ikuPdfBlob(docs.ikus[2]!).text()).toBe('%PDF-1.4 bo v2');
    // The erased employee has no name (the page says so); the others keep theirs.
    expect(docs.names).toEqual({ anne: 'Anne Holm', bo: 'Bo Ege' });
    expect(docs.consents.map((c) => c.employeeId)).toEqual(['anne', 'bo', 'gone']);
    expect(docs.followUps.map((f) => [f.form, f.place, f.heldAt !== null])).toEqual([
      ['teamMeeting', 'Mødelokale 1', true],
      ['staffMeeting', 'Mødelokale 1', true],
    ]);
    // Every mark as logged, the later one too; an agreement that is gone shows without its text.
    expect(docs.marks.map((m) => [m.agreementId, m.text, m.status, m.note])).toEqual([
      ['a-team', 'Sparring hver fredag', 'underWay', null],
      ['a-team', 'Sparring hver fredag', 'done', null],
      ['a-gone', null, 'dropped', 'Ikke længere relevant'],
    ]);
    expect(docs.teamPlans).toEqual([]);
  });

  it('lists a plain TUS cycle’s stored team plans in version order', async () => {
    const docs = (await cycleDocumentsOf(db, 'p'))!;
    expect(docs.teamPlans.map((p) => [p.version, p.madeBy, p.fileName])).toEqual([
      [1, 'team', 'Teamudviklingsplan_v1.pdf'],
      [2, 'trio', 'Teamudviklingsplan_v2.pdf'],
    ]);
    expect(docs.ikus).toEqual([]);
  });

  it('replays a cache of an older machine without writing it, and answers null for no such cycle', async () => {
    await db.cycles.update('c', { cache: null });
    const docs = (await cycleDocumentsOf(db, 'c'))!;
    expect(docs.value).toBe('closed');
    expect(docs.marks).toHaveLength(3);
    expect((await db.cycles.get('c'))!.cache).toBeNull();
    expect(await cycleDocumentsOf(db, 'nope')).toBeNull();
  });
});
