import { beforeEach, describe, expect, it } from 'vitest';
import { receiptInput } from '../../../lib/consent/receipt-input';
import { toRow } from '../../../lib/cycles/replay';
import {
  acknowledgeLogChange,
  appendEvent,
  createCycle,
  LogChangedError,
  LogNeedsAttentionError,
  loadCycle,
  verifyCycleLog,
} from '../../../lib/cycles/store';
import { eventHash, GENESIS, linkEvent, verifyChain } from '../../../lib/db/chain';
import { type EventRow, TusDb } from '../../../lib/db/database';
import { scriptEvents, scriptHash } from '../../../lib/demo/script';
import { addEmployees, createTeam } from '../../../lib/teams/store';
import { type CycleEvent, ikuOf } from '../../../machines/cycle.machine';
import { SESSION_AT } from '../../support/cycle-events';

const DAY = 86_400_000;
let db: TusDb;

beforeEach(async () => {
  db = new TusDb(`integrity-${crypto.randomUUID()}`);
  await createTeam(db, 'Team Syd', 0, 't1');
  await addEmployees(db, 't1', [
    { id: 'e1', name: 'Anne', email: 'anne@randers.dk' },
    { id: 'e2', name: 'Bo', email: 'bo@randers.dk' },
  ]);
});

/** A cycle where both IKUs wait for consent (consent requested). */
async function consentStage() {
  const [plan, ...rest] = scriptEvents('tus-iku', ['e1', 'e2'], SESSION_AT, 'consent');
  const { row } = await createCycle(db, {
    teamId: 't1',
    variant: 'tus-iku',
    plan: plan!.type === 'leader.updatePlan' ? plan!.plan : {},
    now: 1,
  });
  for (const e of rest) await appendEvent(db, row.id, e);
  return row.id;
}

const logOf = (id: string) => db.events.where('[cycleId+seq]').between([id, 0], [id, Infinity]).toArray();
const consentOf = (employeeId: string, at: number): CycleEvent => ({
  type: 'iku.consent',
  employeeId,
  at,
  version: 1,
  hash: scriptHash(employeeId, 1),
  evidence: { channel: 'mail', from: `${employeeId}@randers.dk`, text: 'Jeg godkender min IKU.' },
});
const AFTER = SESSION_AT + 12 * DAY;

describe('the event log as a hash chain', () => {
  it('chains every appended event to the one before and records the head on the cycle row', async () => {
    const id = await consentStage();
    const log = await logOf(id);
    let prev = GENESIS;
    for (const row of log) {
      expect(row).toMatchObject({ prev, hash: eventHash(row, prev) });
      prev = row.hash;
    }
    const { row } = await loadCycle(db, id);
    expect(row.head).toEqual({ seq: log.length, hash: prev });
    expect(row.integrity).toBeNull();
    expect(await verifyCycleLog(db, id)).toMatchObject({ events: log.length, head: row.head, integrity: null, verdict: { ok: true } });
  });

  it('a changed row no longer changes the evidence quietly: loading names the first bad event', async () => {
    const id = await consentStage();
    await appendEvent(db, id, consentOf('e1', AFTER));
    const seq = (await logOf(id)).at(-1)!.seq;
    await db.events.update([id, seq], { 'payload.evidence.from': 'someone@else.dk' });
    // Even a rebuild from the log (a new machine version) carries the warning with it.
    const row = (await db.cycles.get(id))!;
    await db.cycles.put({ ...row, cache: { ...row.cache!, machineVersion: -1 } });
    const loaded = await loadCycle(db, id, 42);
    expect(loaded.row.integrity?.chain).toEqual({
      firstBadSeq: seq,
      kind: 'modified',
      breaks: [{ seq, kind: 'modified' }],
      unseen: [{ seq, kind: 'modified' }],
      detectedAt: 42,
      seenAt: null,
    });
    expect((await db.cycles.get(id))!.integrity).toEqual(loaded.row.integrity);
    // A later load keeps the moment it was first found.
    expect((await loadCycle(db, id, 99)).row.integrity?.chain?.detectedAt).toBe(42);
    expect((await verifyCycleLog(db, id)).verdict).toEqual({
      ok: false,
      firstBadSeq: seq,
      kind: 'modified',
      breaks: [{ seq, kind: 'modified' }],
    });
  });

  it('refuses consent and archive marks while a change is unseen, verifying itself rather than trusting the flag', async () => {
    const id = await consentStage();
    await db.events.update([id, 2], { at: 5 });
    // Nothing has loaded the cycle since, so the stored flag is still clear.
    expect((await db.cycles.get(id))!.integrity).toBeNull();
    const before = await db.events.count();
    const refusal = appendEvent(db, id, consentOf('e1', AFTER));
    await expect(refusal).rejects.toBeInstanceOf(LogChangedError);
    await expect(refusal).rejects.toThrow('Logbogen er ændret efter den blev skrevet: hændelse #2 er ændret');
    expect(await db.events.count()).toBe(before);
    // The refusal recorded what it found.
    expect((await db.cycles.get(id))!.integrity?.chain).toMatchObject({ firstBadSeq: 2, seenAt: null });
    await expect(appendEvent(db, id, { type: 'iku.requestConsent', employeeId: 'e2', at: AFTER })).rejects.toBeInstanceOf(LogChangedError);
    // Other work goes on: a wish for changes is not consent.
    await appendEvent(db, id, { type: 'iku.requestChanges', employeeId: 'e2', at: AFTER, note: 'Ret punkt 2' });
  });

  it('takes consent again once the leader has seen the change; the acknowledgement is a logged, chained event', async () => {
    const id = await consentStage();
    await db.events.update([id, 2], { at: 5 });
    await loadCycle(db, id);
    await acknowledgeLogChange(db, id, AFTER - 1);
    const log = await logOf(id);
    expect(log.at(-1)).toMatchObject({
      type: 'leader.acknowledgeLogChange',
      at: AFTER - 1,
      payload: { breaks: [{ seq: 2, kind: 'modified' }] },
    });
    const { row, snapshot } = await loadCycle(db, id);
    expect(row.integrity?.chain).toMatchObject({ firstBadSeq: 2, unseen: [], seenAt: AFTER - 1 });
    expect(snapshot.value).toBe('consent');
    await appendEvent(db, id, consentOf('e1', AFTER));
    expect(ikuOf((await loadCycle(db, id)).snapshot.context, 'e1')?.context.consent?.at).toBe(AFTER);
    await appendEvent(db, id, { type: 'iku.markFiled', employeeId: 'e1', at: AFTER + 1, mark: 'ikuFiled' });
    // Nothing left to acknowledge now.
    await expect(acknowledgeLogChange(db, id, AFTER + 2)).rejects.toThrow('Der er ingen ændring i logbogen at kvittere for');
  });

  it('blocks again when another change comes after one already seen', async () => {
    const id = await consentStage();
    await db.events.update([id, 2], { at: 5 });
    await loadCycle(db, id);
    await acknowledgeLogChange(db, id, AFTER - 1);
    await db.events.delete([id, 6]);
    await expect(appendEvent(db, id, consentOf('e1', AFTER))).rejects.toThrow('hændelse #6 mangler');
    expect((await loadCycle(db, id)).row.integrity?.chain).toMatchObject({
      firstBadSeq: 2,
      unseen: [{ seq: 6, kind: 'missing' }],
      seenAt: null,
    });
  });

  it('reads acknowledgements from intact rows of the log only: neither the cached state nor a rewritten acknowledgement covers a change', async () => {
    const id = await consentStage();
    await db.events.update([id, 2], { at: 5 });
    await loadCycle(db, id);
    await acknowledgeLogChange(db, id, AFTER - 1);
    const ackSeq = (await logOf(id)).at(-1)!.seq;
    // A second change, and the acknowledgement rewritten to cover it and itself.
    await db.events.update([id, 4], { at: 6 });
    await db.events.update([id, ackSeq], {
      payload: {
        breaks: [
          { seq: 2, kind: 'modified' },
          { seq: 4, kind: 'modified' },
          { seq: ackSeq, kind: 'modified' },
        ],
      },
    });
    await expect(appendEvent(db, id, consentOf('e1', AFTER))).rejects.toBeInstanceOf(LogChangedError);
    // The cached state claiming everything was seen does not help either.
    const row = (await db.cycles.get(id))!;
    const claimed = [2, 4, ackSeq].map((seq) => ({ seq, kind: 'modified', at: AFTER }));
    await db.cycles.put({ ...row, integrity: null, cache: { ...row.cache!, context: { ...row.cache!.context, logChangesSeen: claimed } } });
    await expect(appendEvent(db, id, consentOf('e1', AFTER))).rejects.toBeInstanceOf(LogChangedError);
    expect((await db.cycles.get(id))!.integrity?.chain?.unseen).toEqual([
      { seq: 2, kind: 'modified' },
      { seq: 4, kind: 'modified' },
      { seq: ackSeq, kind: 'modified' },
    ]);
  });

  it('refuses an acknowledgement that does not match what the log shows', async () => {
    const id = await consentStage();
    await expect(
      appendEvent(db, id, { type: 'leader.acknowledgeLogChange', at: AFTER, breaks: [{ seq: 2, kind: 'modified' }] }),
    ).rejects.toThrow('Kvitteringen passer ikke');
    await db.events.update([id, 2], { at: 5 });
    await expect(
      appendEvent(db, id, { type: 'leader.acknowledgeLogChange', at: AFTER, breaks: [{ seq: 3, kind: 'modified' }] }),
    ).rejects.toThrow('Kvitteringen passer ikke');
  });

  it('keeps a cut-off tail visible after further appends', async () => {
    const id = await consentStage();
    const last = (await logOf(id)).at(-1)!.seq;
    await db.events.delete([id, last]);
    expect((await loadCycle(db, id)).row.integrity?.chain).toMatchObject({ firstBadSeq: last, kind: 'missing' });
    await acknowledgeLogChange(db, id, AFTER);
    await appendEvent(db, id, { type: 'iku.requestChanges', employeeId: 'e1', at: AFTER, note: 'x' });
    const { row } = await loadCycle(db, id);
    expect(row.integrity?.chain).toMatchObject({ firstBadSeq: last, kind: 'missing', unseen: [] });
    expect(verifyChain(await logOf(id), row.head)).toMatchObject({ ok: false, firstBadSeq: last, kind: 'missing' });
  });
});

describe('a replay that meets an event the machine refuses', () => {
  /** A logged event the current machine refuses, properly chained: as if an older machine had taken it. */
  async function logRefusedEvent(id: string, event: CycleEvent) {
    const row = (await db.cycles.get(id))!;
    const stored: EventRow = linkEvent(toRow(id, row.head!.seq + 1, event), row.head!.hash);
    await db.events.add(stored);
    // A machine update: the cache is from another version and gets rebuilt from the log.
    await db.cycles.put({ ...row, head: { seq: stored.seq, hash: stored.hash }, cache: { ...row.cache!, machineVersion: -1 } });
    return stored;
  }

  it('stops before it, flags the cycle, keeps the event and refuses appends', async () => {
    const id = await consentStage();
    const stateBefore = (await loadCycle(db, id)).snapshot.value;
    const refused = await logRefusedEvent(id, { type: 'leader.closeCycle', at: AFTER });
    const { row, snapshot } = await loadCycle(db, id, 7);
    expect(row.integrity?.refused).toEqual({
      seq: refused.seq,
      type: 'leader.closeCycle',
      machineVersion: expect.any(Number),
      detectedAt: 7,
    });
    expect(row.integrity?.chain).toBeNull();
    expect(snapshot.value).toBe(stateBefore);
    expect(row.cache?.seq).toBe(refused.seq - 1);
    expect((await logOf(id)).at(-1)).toEqual(refused);

    const count = await db.events.count();
    const attempt = appendEvent(db, id, { type: 'iku.requestChanges', employeeId: 'e1', at: AFTER, note: 'x' });
    await expect(attempt).rejects.toBeInstanceOf(LogNeedsAttentionError);
    await expect(attempt).rejects.toThrow(`Logbogen har hændelse #${refused.seq} (leader.closeCycle)`);
    expect(await db.events.count()).toBe(count);
    // Loading again keeps the flag (the same machine would refuse it again).
    expect((await loadCycle(db, id, 8)).row.integrity?.refused?.detectedAt).toBe(7);
  });

  it('is found by appendEvent too when it is the first to rebuild', async () => {
    const id = await consentStage();
    const refused = await logRefusedEvent(id, { type: 'leader.nextPhase', at: AFTER });
    await expect(appendEvent(db, id, consentOf('e1', AFTER))).rejects.toBeInstanceOf(LogNeedsAttentionError);
    expect((await db.cycles.get(id))!.integrity?.refused).toMatchObject({ seq: refused.seq, type: 'leader.nextPhase' });
  });
});

describe('consent receipt', () => {
  it('states the hash of the logged consent event: the chain head at the moment of consent', async () => {
    const id = await consentStage();
    await appendEvent(db, id, consentOf('e1', AFTER));
    const consentRow = (await logOf(id)).at(-1)!;
    await appendEvent(db, id, { type: 'iku.markFiled', employeeId: 'e1', at: AFTER + 1, mark: 'ikuFiled' });
    const input = await receiptInput(db, id, 'e1');
    expect(input).toMatchObject({ chain: { seq: consentRow.seq, hash: consentRow.hash }, log: { ok: true } });
    await db.events.update([id, 3], { at: 0 });
    expect((await receiptInput(db, id, 'e1'))?.log).toMatchObject({ ok: false, firstBadSeq: 3 });
  });
});
