import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backupActions } from '../../../lib/actions/backup';
import { BACKED_UP_TABLES, type BackupContent, REBUILT_TABLES } from '../../../lib/backup/content';
import { dumpDatabase } from '../../../lib/backup/dump';
import { makeBackupFile, openBackupFile } from '../../../lib/backup/file';
import { MAGIC, MIN_ITERATIONS } from '../../../lib/backup/format';
import { checkPassphrase } from '../../../lib/backup/passphrase';
import { BackupError, type BackupProblem } from '../../../lib/backup/problems';
import { readBackup } from '../../../lib/backup/read';
import { mergeConflicts, mergeMissing, replaceAll } from '../../../lib/backup/restore';
import { backupReminder, lastBackupAt } from '../../../lib/backup/store';
import { previewOf } from '../../../lib/backup/validate';
import { appendEvent, loadCycle } from '../../../lib/cycles/store';
import { chainEvents, verifyChain } from '../../../lib/db/chain';
import { TusDb } from '../../../lib/db/database';
import { t } from '../../../lib/i18n';
import { SESSION_AT } from '../../support/cycle-events';
import { clearAll, fullDump, seedEverything } from './seed';

const PASS = 'Korrekt hest batteri hæfteklamme';
const NOW = Date.UTC(2026, 10, 28, 9);
let db: TusDb;
let file: Uint8Array<ArrayBuffer>;
let saved: { name: string; bytes: Uint8Array } | null;

const actions = () =>
  backupActions({
    db,
    now: () => NOW,
    save: (data, name) => {
      saved = { name, bytes: data as Uint8Array };
    },
  });

/** The thrown BackupError's problem, or what else happened. */
async function problemOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'no error';
  } catch (e) {
    return e instanceof BackupError ? e.problem : `other: ${String(e)}`;
  }
}

// One real backup for the file cases (PBKDF2 at 600,000 rounds takes a moment).
beforeAll(async () => {
  db = new TusDb(`backup-src-${crypto.randomUUID()}`);
  await seedEverything(db);
  saved = null;
  await actions().makeBackup(PASS, PASS);
  file = new Uint8Array(saved!.bytes);
}, 60_000);

beforeEach(async () => {
  db = new TusDb(`backup-${crypto.randomUUID()}`);
  saved = null;
});

describe('backup and restore', () => {
  it('holds every table but the step rows, which are rebuilt', () => {
    const all = new TusDb('tables-only').tables.map((t) => t.name).sort();
    expect([...BACKED_UP_TABLES, ...REBUILT_TABLES].sort()).toEqual(all);
  });

  it('backup → clear → restore gives the same rows in every table, PDFs by hash', async () => {
    await seedEverything(db);
    await actions().makeBackup(PASS, PASS);
    expect(saved!.name).toBe('TUS-assistent_sikkerhedskopi_2026-11-28.tusbackup');
    expect(new TextDecoder().decode(saved!.bytes.subarray(0, MAGIC.length))).toBe(MAGIC);
    const before = await fullDump(db);
    expect(before.ikus!.length).toBeGreaterThan(0);
    expect(before.corrections!.length).toBeGreaterThan(0);
    expect(before.agreements!.length).toBeGreaterThan(0);
    expect(before.steps!.length).toBeGreaterThan(0);
    await clearAll(db);
    expect((await fullDump(db)).events).toEqual([]);

    const opened = await actions().openBackup(saved!.bytes, PASS);
    expect(opened.preview.counts.ikus).toBe(before.ikus!.length);
    expect(opened.preview.teams).toContain('Hjemmeplejen Øst');
    expect(opened.preview.madeAt).toBe(NOW);
    await opened.replace();
    expect(await fullDump(db)).toEqual(before);
    expect(await lastBackupAt(db)).toBe(NOW);
    for (const c of await db.cycles.toArray()) {
      const rows = await db.events.where('[cycleId+seq]').between([c.id, 0], [c.id, Infinity]).toArray();
      expect(verifyChain(rows, c.head ?? null).ok).toBe(true);
    }
  }, 60_000);

  it('restores into a fresh database from the file made before', async () => {
    const opened = await actions().openBackup(file, PASS);
    await opened.replace();
    const dump = await fullDump(db);
    expect(dump.teams!.map((t) => (t as { name: string }).name)).toContain('Hjemmeplejen Øst');
    expect(dump.ikus!.length).toBe(opened.preview.counts.ikus);
  }, 60_000);

  it('records the last backup and reminds after 30 days, or when none was made and there is a cycle', async () => {
    expect(backupReminder(null, false, NOW)).toBeNull();
    expect(backupReminder(null, true, NOW)).toBe('never');
    expect(backupReminder(NOW - 30 * 86_400_000, true, NOW)).toBeNull();
    expect(backupReminder(NOW - 30 * 86_400_000 - 1, true, NOW)).toBe('old');
  });
});

describe('bad files: each its own message, the database untouched', () => {
  const flip = (bytes: Uint8Array, at: number) => {
    const copy = new Uint8Array(bytes);
    copy[at] = copy[at]! ^ 0x01;
    return copy;
  };
  const headerEnd = () =>
    file.length -
    (JSON.parse(new TextDecoder().decode(file.subarray(MAGIC.length + 6, file.length)).split('}')[0]! + '}') as { length: number }).length;
  const setHeader = (patch: (h: Record<string, unknown>) => void) => {
    const start = MAGIC.length + 6;
    const end = headerEnd();
    const header = JSON.parse(new TextDecoder().decode(file.subarray(start, end))) as Record<string, unknown>;
    patch(header);
    const json = new TextEncoder().encode(JSON.stringify(header));
    const out = new Uint8Array(start + json.length + (file.length - end));
    out.set(file.subarray(0, start));
    new DataView(out.buffer).setUint32(MAGIC.length + 2, json.length);
    out.set(json, start);
    out.set(file.subarray(end), start + json.length);
    return out;
  };
  const cases: [string, () => Uint8Array, string][] = [
    ['a wrong passphrase', () => file, 'wrongPassphrase'],
    ['a file cut off in the ciphertext', () => file.slice(0, file.length - 100), 'truncated'],
    ['a file cut off in the header', () => file.slice(0, MAGIC.length + 20), 'truncated'],
    ['a file cut off in the magic line', () => file.slice(0, 5), 'truncated'],
    ['a changed byte in the ciphertext', () => flip(file, file.length - 200), 'altered'],
    ['a changed tag', () => flip(file, file.length - 1), 'altered'],
    ['a changed IV in the header', () => setHeader((h) => void (h.iv = btoa('x'.repeat(12)))), 'altered'],
    ['a header asking for fewer iterations', () => setHeader((h) => void (h.iterations = MIN_ITERATIONS - 1)), 'altered'],
    ['a header that does not parse', () => flip(file, MAGIC.length + 7), 'altered'],
    ['bytes added after the end', () => new Uint8Array([...file, 0]), 'altered'],
    ['a newer format version', () => flip(file, MAGIC.length + 1).map((b, i) => (i === MAGIC.length + 1 ? 2 : b)), 'newerFormat'],
    ['a PDF', () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'notOurs'],
    ['an empty file', () => new Uint8Array(0), 'notOurs'],
  ];
  it.each(cases)(
    '%s',
    async (_, make, problem) => {
      await seedEverything(db);
      const before = await fullDump(db);
      const pass = problem === 'wrongPassphrase' ? 'Forkert hest batteri' : PASS;
      expect(await problemOf(actions().openBackup(make(), pass))).toBe(problem);
      expect(await fullDump(db)).toEqual(before);
    },
    60_000,
  );

  // The check value is compared before decrypting, and the key depends on the salt and the
  // iteration count: a changed salt, iteration count or check value reads as a wrong passphrase
  // even with the right one. The message says both (see docs/architecture.md, "Keys").
  const headerPatches: [string, (h: Record<string, unknown>) => void][] = [
    ['salt', (h) => void (h.salt = btoa('y'.repeat(16)))],
    ['check value', (h) => void (h.check = btoa('z'.repeat(16)))],
    ['iteration count', (h) => void (h.iterations = (h.iterations as number) + 1)],
  ];
  it.each(headerPatches)(
    'a changed %s in the header, with the right passphrase',
    async (_, patch) => {
      await seedEverything(db);
      const before = await fullDump(db);
      expect(await problemOf(actions().openBackup(setHeader(patch), PASS))).toBe('wrongPassphrase');
      expect(await fullDump(db)).toEqual(before);
      expect(t('backup.error.wrongPassphrase', {}, 'da')).toContain('eller filens hoved er ændret');
      expect(t('backup.error.wrongPassphrase', {}, 'en')).toContain("or the file's header was changed");
    },
    60_000,
  );

  it('has its own Danish and English message for each', () => {
    const problems = cases.map(([, , problem]) => problem as BackupProblem);
    const kinds = [...new Set([...problems, 'invalidContent', 'newerSchema', 'brokenChain'] as BackupProblem[])];
    for (const locale of ['da', 'en'] as const) {
      const texts = kinds.map((k) => t(`backup.error.${k}`, { detail: '' }, locale));
      expect(new Set(texts).size).toBe(kinds.length);
    }
    expect(new BackupError('wrongPassphrase').message).toMatch(/Forkert adgangsfrase/);
  });

  it('never makes a file with fewer than 600,000 PBKDF2 iterations', async () => {
    await expect(makeBackupFile(await dumpDatabase(db, NOW), PASS, { iterations: MIN_ITERATIONS - 1 })).rejects.toThrow(/600000/);
  });

  it('refuses a short passphrase and one typed differently twice, before reading anything', async () => {
    expect(() => checkPassphrase('kort')).toThrow(/mindst 12 tegn/);
    expect(() => checkPassphrase('æ'.repeat(12))).not.toThrow();
    expect(await problemOf(actions().makeBackup(PASS, `${PASS}x`))).toBe('passphraseMismatch');
    expect(saved).toBeNull();
  });
});

describe('content checked whole before writing', () => {
  /** A file of the given content, made and read. */
  async function roundTrip(content: BackupContent) {
    const bytes = await makeBackupFile(content, PASS);
    return readBackup(bytes, PASS);
  }

  it('refuses a log whose chain does not verify, unless the cycle row already records that break', async () => {
    await seedEverything(db);
    const content = await dumpDatabase(db, NOW);
    const event = content.tables.events.find((e) => e.cycleId === 'c' && e.seq === 3)!;
    event.payload = { ...event.payload, forged: true };
    const refused = await roundTrip(content);
    expect(refused).toMatchObject({ ok: false, problem: 'brokenChain' });
    const cycle = content.tables.cycles.find((c) => c.id === 'c')!;
    const breaks = [{ seq: 3, kind: 'modified' as const }];
    cycle.integrity = { chain: { firstBadSeq: 3, kind: 'modified', breaks, unseen: breaks, detectedAt: NOW, seenAt: null }, refused: null };
    expect((await roundTrip(content)).ok).toBe(true);
  }, 60_000);

  it('holds employee addresses to the one e-mail rule (lib/domain/email.ts), stored in lower case', async () => {
    await seedEverything(db);
    const content = await dumpDatabase(db, NOW);
    for (const email of ['ikke en adresse', '', 'a@b', 'P0@Randers.dk', ' p0@randers.dk']) {
      const bad = structuredClone(content);
      bad.tables.employees[0]!.email = email;
      expect(await roundTrip(bad), email).toMatchObject({ ok: false, problem: 'invalidContent', detail: 'employees #1' });
    }
    const apostrophe = structuredClone(content);
    apostrophe.tables.employees[0]!.email = "o'brien@randers.dk";
    expect((await roundTrip(apostrophe)).ok).toBe(true);
  }, 60_000);

  it('refuses a log with events but no head (its last events could be cut off unseen)', async () => {
    await seedEverything(db);
    const content = await dumpDatabase(db, NOW);
    const noHead = structuredClone(content);
    delete noHead.tables.cycles.find((c) => c.id === 'c')!.head;
    expect(await roundTrip(noHead)).toMatchObject({ ok: false, problem: 'brokenChain' });
    const cut = structuredClone(noHead);
    const last = Math.max(...cut.tables.events.filter((e) => e.cycleId === 'c').map((e) => e.seq));
    cut.tables.events = cut.tables.events.filter((e) => !(e.cycleId === 'c' && e.seq >= last - 2));
    expect(await roundTrip(cut)).toMatchObject({ ok: false, problem: 'brokenChain' });
    // A head of null is the same claim as none.
    const nullHead = structuredClone(content);
    nullHead.tables.cycles.find((c) => c.id === 'c')!.head = null;
    expect(await roundTrip(nullHead)).toMatchObject({ ok: false, problem: 'brokenChain' });
  }, 60_000);

  it("replaces each cycle's cache and refusal with what its verified log replays to: a forged cache is not trusted", async () => {
    await seedEverything(db);
    const content = await dumpDatabase(db, NOW);
    const cycle = content.tables.cycles.find((c) => c.id === 'c')!;
    const logged = cycle.cache!.context.ikus.map((i) => i.value);
    expect(logged.every((v) => v !== 'archived')).toBe(true);
    cycle.cache = {
      ...cycle.cache!,
      context: { ...cycle.cache!.context, ikus: cycle.cache!.context.ikus.map((i) => ({ ...i, value: 'archived' })) },
    };
    cycle.integrity = { chain: null, refused: { seq: 2, type: 'forged', machineVersion: 1, detectedAt: NOW } };
    const read = await roundTrip(content);
    if (!read.ok) throw new Error(read.problem);
    const restored = read.value.tables.cycles.find((c) => c.id === 'c')!;
    expect(restored.cache!.context.ikus.map((i) => i.value)).toEqual(logged);
    expect(restored.integrity ?? null).toBeNull();
    await replaceAll(db, read.value);
    expect((await loadCycle(db, 'c', NOW)).snapshot.context.ikus.map((i) => i.value)).toEqual(logged);
    expect((await db.steps.get('c'))?.open).toBe(1);
  }, 60_000);

  it('refuses a newer schema version, a row that does not fit its table, a PDF that does not match its hash', async () => {
    await seedEverything(db);
    const content = await dumpDatabase(db, NOW);
    expect(await roundTrip({ ...content, schemaVersion: content.schemaVersion + 1 })).toMatchObject({ ok: false, problem: 'newerSchema' });
    const badTeam = structuredClone(content);
    (badTeam.tables.teams[0] as { archived: number }).archived = 2;
    expect(await roundTrip(badTeam)).toMatchObject({ ok: false, problem: 'invalidContent', detail: 'teams #1' });
    const badPdf = {
      ...content,
      tables: { ...content.tables, ikus: content.tables.ikus.map((r, i) => (i === 0 ? { ...r, pdf: new Blob(['x']) } : r)) },
    };
    expect(await roundTrip(badPdf)).toMatchObject({ ok: false, problem: 'invalidContent' });
  }, 60_000);

  it('upgrades a file made at schema version 5 with the same named upgrades (the chain is made)', async () => {
    await seedEverything(db);
    const content = await dumpDatabase(db, NOW);
    const strip = <T extends object>(row: T, keys: string[]) =>
      Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k))) as T;
    // A version 5 file has no team plans table (schema v7).
    const { teamPlans: _newer, ...v5Tables } = content.tables;
    const v5: BackupContent = {
      ...content,
      schemaVersion: 5,
      tables: {
        ...(v5Tables as BackupContent['tables']),
        events: content.tables.events.map((e) => strip(e, ['hash', 'prev'])),
        cycles: content.tables.cycles.map((c) => strip(c, ['head', 'integrity'])),
      },
    };
    const read = await roundTrip(v5);
    if (!read.ok) throw new Error(read.problem);
    expect(read.value.schemaVersion).toBe(content.schemaVersion);
    expect(read.value.tables.events).toEqual(content.tables.events);
    expect(read.value.tables.cycles.map((c) => c.head)).toEqual(content.tables.cycles.map((c) => c.head));
    // Chained on restoring, not when written: the preview says how many, and a current file says none.
    const withEvents = new Set(content.tables.events.map((e) => e.cycleId)).size;
    expect(withEvents).toBeGreaterThan(1);
    expect(previewOf(read.value).unchained).toBe(withEvents);
    const current = await roundTrip(content);
    if (!current.ok) throw new Error(current.problem);
    expect(previewOf(current.value).unchained).toBe(0);
  }, 60_000);

  it('opens the unchanged file with a wrong passphrase as a wrong passphrase (the file itself is right)', async () => {
    const opened = await openBackupFile(file, 'noget helt andet');
    expect(opened).toMatchObject({ ok: false, problem: 'wrongPassphrase' });
  }, 30_000);
});

describe('merge', () => {
  it('adds what is missing and never overwrites an existing cycle, event or IKU; says what it skipped', async () => {
    // Here: the dataset's teams and the IKU team. In the file: the same, plus a second IKU team "x-".
    const other = new TusDb(`backup-other-${crypto.randomUUID()}`);
    await seedEverything(other);
    await seedEverything(other, { prefix: 'x-', dataset: false });
    // Here the same cycle 'c' has one more event than in the file: ours to keep, the file's never added.
    await seedEverything(db);
    await appendEvent(db, 'c', { type: 'iku.requestConsent', employeeId: 'p0', at: SESSION_AT + 4 * 86_400_000 });
    saved = null;
    await backupActions({ db: other, now: () => NOW, save: (d, name) => void (saved = { name, bytes: d as Uint8Array }) }).makeBackup(
      PASS,
      PASS,
    );
    const before = await fullDump(db);

    const opened = await actions().openBackup(saved!.bytes, PASS);
    const result = await opened.merge();
    const after = await fullDump(db);
    // Every row that was here is here unchanged.
    for (const [name, rows] of Object.entries(before)) {
      if (name === 'steps') continue;
      for (const row of rows) expect(after[name]).toContainEqual(row);
    }
    expect(result.added.teams).toBe(1);
    // The other team's open TUS med IKU and its closed plain TUS, with its team plan.
    expect(result.added.cycles).toBe(2);
    expect(result.skipped.cycles).toBe(before.cycles!.length);
    expect(result.added.teamPlans).toBe(1);
    expect(result.skipped.teamPlans).toBe(before.teamPlans!.length);
    // Every event of the file's copies of our cycles (ours has one more, which the file lacks).
    expect(result.skipped.events).toBe(before.events!.length - 1);
    expect(await db.events.get(['c', before.events!.filter((e) => (e as { cycleId: string }).cycleId === 'c').length])).toMatchObject({
      type: 'iku.requestConsent',
    });
    expect(result.skipped.ikus).toBe(before.ikus!.length);
    expect(result.added.ikus).toBe(before.ikus!.length);
    expect(after.steps!.length).toBe(before.steps!.length + 2);
    expect(await db.teams.get('x-t')).toMatchObject({ name: 'x-Hjemmeplejen Øst' });
  }, 120_000);

  it('skips what the store would refuse: a second open cycle in a team, an address already used in the team; the preview says so', async () => {
    await seedEverything(db);
    const content = await dumpDatabase(db, NOW);
    const open = content.tables.cycles.find((c) => c.id === 'c')!;
    expect(open.open).toBe(1);
    const file = structuredClone(content);
    // Another open cycle for team 't', and a new employee with Åse's address in team 't'.
    const copied = chainEvents(
      file.tables.events.filter((e) => e.cycleId === 'c').map(({ seq, type, at, payload }) => ({ cycleId: 'c2', seq, type, at, payload })),
    );
    file.tables.events.push(...copied);
    file.tables.cycles.push({ ...open, id: 'c2', head: { seq: copied.at(-1)!.seq, hash: copied.at(-1)!.hash } });
    file.tables.employees.push({ id: 'p9', teamId: 't', name: 'Åse Ærø (ny)', email: 'p0@randers.dk' });
    const read = await readBackup(await makeBackupFile(file, PASS), PASS);
    if (!read.ok) throw new Error(read.problem);
    expect((await mergeConflicts(db, read.value)).cycles + (await mergeConflicts(db, read.value)).employees).toBe(2);
    const result = await mergeMissing(db, read.value, NOW);
    expect(result.conflicts).toEqual({ cycles: 1, employees: 1 });
    expect(await db.cycles.get('c2')).toBeUndefined();
    expect(await db.events.where('cycleId').equals('c2').count()).toBe(0);
    expect(await db.employees.get('p9')).toBeUndefined();
    expect(
      await db.cycles
        .where('teamId')
        .equals('t')
        .filter((c) => c.open === 1)
        .count(),
    ).toBe(1);
  }, 60_000);

  it('writes nothing when the write fails part-way (one transaction)', async () => {
    await seedEverything(db);
    const opened = await actions().openBackup(file, PASS);
    const before = await fullDump(db);
    db.ikus.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(opened.replace()).rejects.toThrow();
    expect(await fullDump(db)).toEqual(before);
  }, 60_000);
});
