import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditLine } from '../../../lib/cycles/audit';
import { replayLog, toRow } from '../../../lib/cycles/replay';
import { chainEvents, verifyChain } from '../../../lib/db/chain';
import type { EventRow } from '../../../lib/db/database';
import { scriptEvents } from '../../../lib/demo/script';
import { t } from '../../../lib/i18n';
import { relinkLog } from '../../../lib/privacy/relink';
import { namesEmployee, needleMatcher, scrubText, TOMBSTONE, tombstonePayload } from '../../../lib/privacy/scrub';
import { SESSION_AT } from '../../support/cycle-events';

const RUNS = 10_000;

describe('scrubbing a name or address out of text', () => {
  const matcher = needleMatcher(['Bo Ege', 'bo@x.dk', ' ']);
  it('takes whole words in any case, and leaves longer names alone', () => {
    expect(scrubText('Hej BO EGE og bo ege, skriv til Bo@X.dk', matcher)).toBe(`Hej ${TOMBSTONE} og ${TOMBSTONE}, skriv til ${TOMBSTONE}`);
    expect(scrubText('Bo Egeberg og Jakob Ege', matcher)).toBe('Bo Egeberg og Jakob Ege');
    expect(needleMatcher(['', '  '])).toBeNull();
  });

  it("leaves a namesake's hyphenated surname and a longer dotted address alone, and takes the name at a sentence's end", () => {
    const anne = needleMatcher(['Anne Holm', 'anne.holm@randers.dk']);
    for (const other of [
      'Anne Holm-Jensen <anne.holm-jensen@randers.dk>',
      'Mette <mette.anne.holm@randers.dk>',
      'Svar fra Per-Anne Holm',
      'Skriv til anne.holm@randers.dk.uk eller x.anne.holm@randers.dk',
      'anne_holm@randers.dk, anne.holm+tus@randers.dk, Anne Holm_2',
      "D'Anne Holm",
    ])
      expect(scrubText(other, anne)).toBe(other);
    expect(scrubText('Aftalt med Anne Holm. Mail: <anne.holm@randers.dk>; Anne Holm, Anne Holm!', anne)).toBe(
      `Aftalt med ${TOMBSTONE}. Mail: <${TOMBSTONE}>; ${TOMBSTONE}, ${TOMBSTONE}!`,
    );
    // A possessive is still the erased person: "Anne Holm's" and "Anne Holm'" (Danish, after -s).
    expect(scrubText("Anne Holm's kursus og Anne Holm' bog", anne)).toBe(`${TOMBSTONE}'s kursus og ${TOMBSTONE}' bog`);
    expect(namesEmployee({ text: 'Anne Holm-Jensen skrev' }, 'anne', anne)).toBe(false);
    expect(namesEmployee({ text: 'mette.anne.holm@randers.dk' }, 'anne', anne)).toBe(false);
    // Found after a line break too (the JSON text would have had "\\nAnne").
    expect(namesEmployee({ text: 'Hej\nAnne Holm' }, 'anne', anne)).toBe(true);
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
    // A one-to-one follow-up names its employee inside the meeting (machine v9).
    expect(tombstonePayload({ meeting: { at: 5, form: 'oneToOne', place: 'Kontoret', employeeId: 'bo' } }, target, matcher)).toEqual({
      meeting: { at: 5, form: 'oneToOne', place: 'Kontoret', employeeId: 'slettet-1' },
    });
    expect(tombstonePayload({ meeting: { at: 5, form: 'oneToOne', place: '', employeeId: 'anne' } }, target, matcher)).toBeNull();
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
    const deleted = rows.findIndex((r) => r.type === 'leader.planFollowUp');
    const changed = rows.findIndex((r) => r.type === 'leader.nextPhase');
    const tampered = rows.filter((_, i) => i !== deleted).map((r, i) => (i === changed ? { ...r, at: r.at + 1 } : r));
    const head = { seq: rows.at(-1)!.seq, hash: rows.at(-1)!.hash };
    const before = verifyChain(tampered, head);
    expect(before.ok).toBe(false);
    const { rows: after, head: newHead } = apply(tampered, head);
    const verdict = verifyChain(after, newHead);
    expect(verdict).toMatchObject({ ok: false, breaks: before.ok ? [] : before.breaks });
  });

  // The reviewer's property (issue 13): any tampering, any set of rewritten rows. A tampered log
  // never comes out verifying, and its first break keeps its place and kind. Not every later
  // break keeps its name: after a swap, a duplicate or a cut, the erasure event at the end moves
  // what the verifier reads at the log's end or around a moved block (about 3% of such logs lose
  // or rename a later break; one pass lost 21%). See docs/architecture.md, "Erasure".
  it(`keeps ${RUNS} randomly tampered logs failing, with the same first break, whatever rows are rewritten`, () => {
    const base = log();
    const head = { seq: base.at(-1)!.seq, hash: base.at(-1)!.hash };
    const renumber = (rows: EventRow[]) => rows.map((x, k) => ({ ...x, seq: k + 1 }));
    let tampered = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('modify', 'delete', 'swap', 'dup', 'cutTail', 'setHash', 'setPrev'), fc.nat(), fc.nat()), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 5 }),
        (tampers, rewrites) => {
          let rows = base;
          for (const [kind, a, b] of tampers) {
            if (rows.length < 3) break;
            const i = a % rows.length;
            const j = b % rows.length;
            const r = rows[i]!;
            if (kind === 'modify') rows = rows.map((x, k) => (k === i ? { ...r, at: r.at + 1 } : x));
            else if (kind === 'delete') rows = renumber(rows.filter((_, k) => k !== i));
            else if (kind === 'swap' && i !== j) rows = renumber(rows.map((x, k) => (k === i ? rows[j]! : k === j ? r : x)));
            else if (kind === 'dup') rows = renumber([...rows.slice(0, i + 1), { ...r }, ...rows.slice(i + 1)]);
            else if (kind === 'cutTail') rows = rows.slice(0, Math.max(1, i));
            else if (kind === 'setHash') rows = rows.map((x, k) => (k === i ? { ...r, hash: 'f'.repeat(64) } : x));
            else if (kind === 'setPrev') rows = rows.map((x, k) => (k === i ? { ...r, prev: rows[j]!.hash } : x));
          }
          const before = verifyChain(rows, head);
          if (before.ok) return;
          tampered++;
          const payloads = new Map<number, Record<string, unknown>>();
          for (const n of rewrites) {
            const r = rows[n % rows.length]!;
            payloads.set(r.seq, { ...r.payload, erased: true });
          }
          const out = relinkLog(rows, head, payloads, 99, 'employee')!;
          const bySeq = new Map(rows.map((r) => [r.seq, r] as const));
          for (const r of out.rows) bySeq.set(r.seq, r);
          bySeq.set(out.erasure.seq, out.erasure);
          const after = verifyChain(
            [...bySeq.values()].sort((x, y) => x.seq - y.seq),
            out.head,
          );
          expect(after).toMatchObject({ ok: false, firstBadSeq: before.firstBadSeq, kind: before.kind });
          // Every break the log showed before its end is still shown (the end itself may read differently).
          if (!tampers.some(([kind]) => kind === 'swap' || kind === 'dup' || kind === 'setPrev'))
            expect(after.ok ? [] : after.breaks).toEqual(
              expect.arrayContaining(before.breaks.filter((b) => b.seq < Math.min(rows.at(-1)!.seq, head.seq))),
            );
        },
      ),
      { numRuns: RUNS },
    );
    expect(tampered).toBeGreaterThan(RUNS / 2);
  }, 300_000);

  it('is labelled in the logbook with the number of events and the head before', () => {
    const { out } = apply(log());
    const line = auditLine(out.erasure);
    expect(t(line.key, line.params, 'da')).toBe('Personoplysninger slettet: 2 hændelser omskrevet og kæden fornyet');
    expect(line.detail).toContain(`#${out.erasure.seq - 1} `);
  });
});
