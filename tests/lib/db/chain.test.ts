import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { toRow } from '../../../lib/cycles/replay';
import { type ChainHead, canonicalEvent, chainEvents, eventHash, GENESIS, linkEvent, verifyChain } from '../../../lib/db/chain';
import type { EventRow } from '../../../lib/db/database';
import { scriptEvents } from '../../../lib/demo/script';
import { canonicalJson } from '../../../lib/shared/canonical-json';
import { SESSION_AT } from '../../support/cycle-events';

/** A cycle's log as the store writes it: ten events, chained from GENESIS. */
function log(): { rows: EventRow[]; head: ChainHead } {
  const rows = chainEvents(
    scriptEvents('tus-iku', ['e1'], SESSION_AT, 'archived')
      .slice(0, 10)
      .map((e, i) => toRow('c1', i + 1, e)),
  );
  return { rows, head: { seq: 10, hash: rows[9]!.hash } };
}

/** What IndexedDB holds after rows were given other keys: the seq field is the key. */
const renumber = (rows: EventRow[], from: number, by: number) => rows.map((r) => (r.seq >= from ? { ...r, seq: r.seq + by } : r));

describe('event hash chain', () => {
  it('hashes the previous hash and the canonical content with SHA-256, whatever the key order', () => {
    const [first] = log().rows;
    expect(first!.prev).toBe(GENESIS);
    expect(first!.hash).toBe(bytesToHex(sha256(utf8ToBytes(`${GENESIS}\n${canonicalEvent(first!)}`))));
    for (const row of log().rows) {
      expect(canonicalEvent(row)).toBe(
        canonicalJson({ cycleId: row.cycleId, seq: row.seq, type: row.type, at: row.at, payload: row.payload }),
      );
    }
    const shuffled = { payload: first!.payload, at: first!.at, type: first!.type, seq: first!.seq, cycleId: first!.cycleId };
    expect(eventHash(shuffled, GENESIS)).toBe(first!.hash);
    // Every field counts, and so does the chain before it.
    expect(eventHash({ ...first!, cycleId: 'c2' }, GENESIS)).not.toBe(first!.hash);
    expect(eventHash({ ...first!, seq: 2 }, GENESIS)).not.toBe(first!.hash);
    expect(eventHash(first!, 'f'.repeat(64))).not.toBe(first!.hash);
  });

  it('verifies an untouched log and names its head', () => {
    const { rows, head } = log();
    expect(verifyChain(rows, head)).toEqual({ ok: true, head });
    expect(verifyChain([], null)).toEqual({ ok: true, head: null });
  });

  it('detects a modified event: its content no longer matches its hash', () => {
    const { rows, head } = log();
    rows[2] = { ...rows[2]!, at: rows[2]!.at + 1 };
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, firstBadSeq: 3, kind: 'modified', breaks: [{ seq: 3, kind: 'modified' }] });
  });

  it('detects a modified event whose hash was recomputed: the next event was chained to the old one', () => {
    const { rows, head } = log();
    rows[2] = linkEvent({ ...rows[2]!, payload: { forged: true } }, rows[2]!.prev);
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, firstBadSeq: 3, kind: 'modified' });
    const last = log();
    last.rows[9] = linkEvent({ ...last.rows[9]!, at: 1 }, last.rows[9]!.prev);
    expect(verifyChain(last.rows, last.head)).toMatchObject({ ok: false, firstBadSeq: 10, kind: 'modified' });
  });

  it('detects a deleted event, with or without the later ones renumbered, and a cut-off tail', () => {
    const { rows, head } = log();
    const gap = rows.filter((r) => r.seq !== 4);
    expect(verifyChain(gap, head)).toMatchObject({ ok: false, firstBadSeq: 4, kind: 'missing', breaks: [{ seq: 4, kind: 'missing' }] });
    expect(verifyChain(renumber(gap, 5, -1), head)).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      kind: 'missing',
      breaks: [{ seq: 4, kind: 'missing' }],
    });
    expect(verifyChain(rows.slice(1), head)).toMatchObject({ ok: false, firstBadSeq: 1, kind: 'missing' });
    expect(verifyChain(rows.slice(0, 8), head)).toMatchObject({ ok: false, firstBadSeq: 9, kind: 'missing' });
    // Without the head the store wrote, a cut-off tail cannot be told from a short log.
    expect(verifyChain(rows.slice(0, 8), null).ok).toBe(true);
  });

  it('detects reordered events: two swapped, and one moved further down', () => {
    const { rows, head } = log();
    const swapped = rows.map((r) => (r.seq === 4 ? { ...rows[4]!, seq: 4 } : r.seq === 5 ? { ...rows[3]!, seq: 5 } : r));
    expect(verifyChain(swapped, head)).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      kind: 'reordered',
      breaks: [{ seq: 4, kind: 'reordered' }],
    });
    // Event 3 taken out and put back after event 6; 4–6 move up one place.
    const moved = [...rows.slice(0, 2), rows[3]!, rows[4]!, rows[5]!, rows[2]!, ...rows.slice(6)].map((r, i) => ({ ...r, seq: i + 1 }));
    expect(verifyChain(moved, head)).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      kind: 'reordered',
      breaks: [{ seq: 3, kind: 'reordered' }],
    });
  });

  it('detects an inserted event: between two keys, with the later ones renumbered, even with a valid hash, and after the head', () => {
    const { rows, head } = log();
    const forged = {
      cycleId: 'c1',
      seq: 4.5,
      type: 'iku.consent',
      at: SESSION_AT,
      payload: { employeeId: 'e1' },
      prev: rows[3]!.hash,
      hash: 'f'.repeat(64),
    };
    expect(verifyChain([...rows.slice(0, 4), forged, ...rows.slice(4)], head)).toMatchObject({
      ok: false,
      firstBadSeq: 4.5,
      kind: 'inserted',
      breaks: [{ seq: 4.5, kind: 'inserted' }],
    });

    const shifted = renumber(rows, 5, 1);
    const atFive = [...shifted.slice(0, 4), { ...forged, seq: 5 }, ...shifted.slice(4)];
    expect(verifyChain(atFive, head)).toMatchObject({
      ok: false,
      firstBadSeq: 5,
      kind: 'inserted',
      breaks: [{ seq: 5, kind: 'inserted' }],
    });

    // Someone who knows the scheme hashes the forged event properly: the next one still points past it.
    const valid = [...shifted.slice(0, 4), linkEvent({ ...forged, seq: 5 }, rows[3]!.hash), ...shifted.slice(4)];
    expect(verifyChain(valid, head)).toMatchObject({ ok: false, firstBadSeq: 5, kind: 'inserted', breaks: [{ seq: 5, kind: 'inserted' }] });

    const appended = [...rows, linkEvent({ ...forged, seq: 11 }, head.hash)];
    expect(verifyChain(appended, head)).toMatchObject({ ok: false, firstBadSeq: 11, kind: 'inserted' });
    expect(verifyChain([...rows, { ...forged, seq: 11 }], head)).toMatchObject({ ok: false, firstBadSeq: 11, kind: 'inserted' });
  });

  it('lists every break, not only the first, so a second change is not hidden behind one already seen', () => {
    const { rows, head } = log();
    rows[1] = { ...rows[1]!, payload: { plan: {} } };
    rows[7] = { ...rows[7]!, type: 'iku.consent' };
    const verdict = verifyChain(
      rows.filter((r) => r.seq !== 5),
      head,
    );
    expect(verdict).toMatchObject({ ok: false, firstBadSeq: 2, kind: 'modified' });
    expect(verdict.ok ? [] : verdict.breaks).toEqual([
      { seq: 2, kind: 'modified' },
      { seq: 5, kind: 'missing' },
      { seq: 8, kind: 'modified' },
    ]);
  });

  it('reads a row moved in from another cycle as changed', () => {
    const { rows, head } = log();
    const other = chainEvents(rows.map(({ hash: _h, prev: _p, ...e }) => ({ ...e, cycleId: 'c2' })));
    rows[5] = { ...other[5]!, cycleId: 'c1' };
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, firstBadSeq: 6 });
  });
});
