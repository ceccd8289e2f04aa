import { describe, expect, it } from 'vitest';
import { auditLine } from '../../../lib/cycles/audit';
import { replayLog, toRow } from '../../../lib/cycles/replay';
import { chainEvents, verifyChain } from '../../../lib/db/chain';
import type { EventRow } from '../../../lib/db/database';
import { scriptEvents } from '../../../lib/demo/script';
import { t } from '../../../lib/i18n';
import { relinkLog } from '../../../lib/privacy/relink';
import { needleMatcher, scrubText, TOMBSTONE, tombstonePayload } from '../../../lib/privacy/scrub';
import { SESSION_AT } from '../../support/cycle-events';

describe('scrubbing a name or address out of text', () => {
  const matcher = needleMatcher(['Bo Ege', 'bo@x.dk', ' ']);
  it('takes whole words in any case, and leaves longer names alone', () => {
    expect(scrubText('Hej BO EGE og bo ege, skriv til Bo@X.dk', matcher)).toBe(`Hej ${TOMBSTONE} og ${TOMBSTONE}, skriv til ${TOMBSTONE}`);
    expect(scrubText('Bo Egeberg og Jakob Ege', matcher)).toBe('Bo Egeberg og Jakob Ege');
    expect(needleMatcher(['', '  '])).toBeNull();
  });

  it("tombstones the employee's own event whole, and another's only where it names them", () => {
    const target = { employeeId: 'bo', tombstoneId: 'slettet-1', needles: ['Bo Ege', 'bo@x.dk'] };
    const own = tombstonePayload(
      {
        employeeId: 'bo',
        version: 1,
        hash: 'h',
        evidence: { channel: 'mail', from: 'bo@x.dk', text: 'Ja tak', messageId: '<1@x>', receivedAt: 5 },
      },
      target,
      matcher,
    );
    expect(own).toEqual({
      employeeId: 'slettet-1',
      version: 1,
      hash: 'h',
      evidence: { channel: 'mail', from: TOMBSTONE, text: TOMBSTONE, messageId: TOMBSTONE, receivedAt: 5 },
    });
    expect(
      tombstonePayload(
        {
          ikus: [
            { employeeId: 'bo', hash: 'a' },
            { employeeId: 'anne', hash: 'b' },
          ],
        },
        target,
        matcher,
      ),
    ).toEqual({
      ikus: [
        { employeeId: 'slettet-1', hash: 'a' },
        { employeeId: 'anne', hash: 'b' },
      ],
    });
    expect(tombstonePayload({ employeeId: 'anne', note: 'Spørg Bo Ege' }, target, matcher)).toEqual({
      employeeId: 'anne',
      note: `Spørg ${TOMBSTONE}`,
    });
    expect(tombstonePayload({ employeeId: 'anne', note: 'Intet' }, target, matcher)).toBeNull();
  });
});

describe('renewing the chain after a rewrite', () => {
  const log = (): EventRow[] =>
    chainEvents(scriptEvents('tus-iku', ['bo', 'anne'], SESSION_AT, 'closed').map((e, i) => toRow('c', i + 1, e)));
  const rewrite = (rows: EventRow[]) => {
    const consent = rows.filter((r) => r.type === 'iku.consent');
    return new Map(consent.map((r) => [r.seq, { ...r.payload, evidence: { channel: 'mail', text: TOMBSTONE } }]));
  };
  const apply = (rows: EventRow[], head = { seq: rows.at(-1)!.seq, hash: rows.at(-1)!.hash }) => {
    const out = relinkLog(rows, head, rewrite(rows), 99, 'employee')!;
    const bySeq = new Map(rows.map((r) => [r.seq, r]));
    for (const r of out.rows) bySeq.set(r.seq, r);
    return { rows: [...bySeq.values(), out.erasure], head: out.head, out };
  };

  it('gives a log that verifies and replays to the same state, with the erasure logged last', () => {
    const rows = log();
    const { rows: after, head, out } = apply(rows);
    expect(out.rewritten).toBe(2);
    expect(verifyChain(after, head)).toMatchObject({ ok: true });
    expect(replayLog('tus-iku', after).snapshot.value).toEqual(replayLog('tus-iku', rows).snapshot.value);
    expect(out.erasure.payload).toEqual({
      subject: 'employee',
      rewritten: 2,
      fromSeq: out.fromSeq,
      previousHead: { seq: rows.length, hash: rows.at(-1)!.hash },
    });
    // Rows before the first rewritten one keep their hashes.
    expect(after.filter((r) => r.seq < out.fromSeq)).toEqual(rows.filter((r) => r.seq < out.fromSeq));
  });

  it('keeps every earlier break: a deleted row and a changed row are still found where they were', () => {
    const rows = log();
    const deleted = rows.findIndex((r) => r.type === 'leader.planFollowUps');
    const changed = rows.findIndex((r) => r.type === 'leader.nextPhase');
    const tampered = rows.filter((_, i) => i !== deleted).map((r, i) => (i === changed ? { ...r, at: r.at + 1 } : r));
    const head = { seq: rows.at(-1)!.seq, hash: rows.at(-1)!.hash };
    const before = verifyChain(tampered, head);
    expect(before.ok).toBe(false);
    const { rows: after, head: newHead } = apply(tampered, head);
    const verdict = verifyChain(after, newHead);
    expect(verdict).toMatchObject({ ok: false, breaks: before.ok ? [] : before.breaks });
  });

  it('is labelled in the logbook with the number of events and the head before', () => {
    const { out } = apply(log());
    const line = auditLine(out.erasure);
    expect(t(line.key, line.params, 'da')).toBe('Personoplysninger slettet: 2 hændelser omskrevet og kæden fornyet');
    expect(line.detail).toContain(`#${out.erasure.seq - 1} `);
  });
});
