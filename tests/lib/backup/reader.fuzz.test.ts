// The backup reader on random and mutated input (issue 13): it never throws, always names a known
// problem, and never writes to the leader's database. The key is derived once: PBKDF2 at 600,000
// rounds per case would take hours. A mutated salt or iteration count gets keys whose check
// value does not match, as a real derivation would give with overwhelming probability.

import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKED_UP_TABLES, type BackupContent, decodeContent, encodeContent, REBUILT_TABLES } from '../../../lib/backup/content';
import { type BackupKeys, type DeriveKeys, deriveKeys, randomBytes, sameBytes } from '../../../lib/backup/crypto';
import { dumpDatabase } from '../../../lib/backup/dump';
import { makeBackupFile } from '../../../lib/backup/file';
import { MAGIC, parseFile } from '../../../lib/backup/format';
import type { BackupProblem } from '../../../lib/backup/problems';
import { readBackup } from '../../../lib/backup/read';
import { mergeMissing, replaceAll } from '../../../lib/backup/restore';
import { upgradeContent } from '../../../lib/backup/upgrade';
import { validateContent } from '../../../lib/backup/validate';
import { TusDb } from '../../../lib/db/database';
import { fullDump, seedEverything } from './seed';

const PASS = 'Korrekt hest batteri hæfteklamme';
const RUNS = 10_000;
// Each run writes a whole file and reads every table back: fewer, slower cases.
const WRITE_RUNS = 1_000;
const PROBLEMS: readonly BackupProblem[] = [
  'notOurs',
  'truncated',
  'altered',
  'newerFormat',
  'wrongPassphrase',
  'invalidContent',
  'newerSchema',
  'brokenChain',
];

let db: TusDb;
let content: BackupContent;
let file: Uint8Array<ArrayBuffer>;
let derive: DeriveKeys;
let json: Record<string, unknown>;

beforeAll(async () => {
  db = new TusDb(`fuzz-${crypto.randomUUID()}`);
  await seedEverything(db, { dataset: false });
  content = await dumpDatabase(db, Date.UTC(2026, 10, 28));
  // One IKU PDF is enough to exercise the Blob path; fewer bytes per case.
  content.tables.ikus = content.tables.ikus.slice(0, 1);
  file = await makeBackupFile(content, PASS);
  const parsed = parseFile(file);
  if (!parsed.ok) throw new Error('own file does not parse');
  const { salt, iterations } = parsed.value.header;
  const real: BackupKeys = await deriveKeys(PASS, { salt, iterations });
  const other: BackupKeys = { key: real.key, check: randomBytes(16) };
  derive = async (pass, h) => (pass === PASS && h.iterations === iterations && sameBytes(h.salt, salt) ? real : other);
  const { inflateSync } = await import('fflate');
  json = JSON.parse(new TextDecoder().decode(inflateSync(await encodeContent(content)))) as Record<string, unknown>;
}, 60_000);

/** Mutations of a file as damage or tampering makes them. */
const mutatedFile = () =>
  fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc.uint8Array({ maxLength: 200 }).map((tail) => new Uint8Array([...new TextEncoder().encode(MAGIC), ...tail])),
    fc.nat().map((n) => file.slice(0, n % file.length)),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => {
      const copy = new Uint8Array(file);
      for (const [at, x] of flips) copy[at % copy.length]! ^= x;
      return copy;
    }),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, bytes]) => {
      const i = at % file.length;
      return new Uint8Array([...file.subarray(0, i), ...bytes, ...file.subarray(i)]);
    }),
  );

/** Every [holder, key] in a JSON value, for picking a place to change. */
function places(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([value, i]), places(v, out)));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      places(v, out);
    }
  return out;
}

describe('backup reader fuzzing', () => {
  // The reader never gets the database, so "writes nothing" above holds by construction; this is
  // the property that can fail: a write that fails at any table and row leaves every table as it was.
  it(`writes nothing when replace or merge fails at a random table and row (${WRITE_RUNS} runs)`, async () => {
    const target = new TusDb(`fuzz-write-${crypto.randomUUID()}`);
    await seedEverything(target, { dataset: false });
    const source = new TusDb(`fuzz-source-${crypto.randomUUID()}`);
    await seedEverything(source, { prefix: 'x-', dataset: false });
    const incoming = await dumpDatabase(source, Date.UTC(2026, 10, 28));
    const before = await fullDump(target);
    const tables = [...BACKED_UP_TABLES, ...REBUILT_TABLES];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...tables), fc.nat(), fc.boolean(), async (name, nth, merge) => {
        // Every row of the prefixed file is new here, but a merge keeps the existing leader setting.
        const rows = name === 'settings' || name === 'steps' ? 1 : incoming.tables[name].length;
        const at = nth % rows;
        let n = 0;
        const fail = () => {
          if (n++ === at) throw new Error('disk full');
        };
        target.table(name).hook('creating', fail);
        try {
          await expect((merge ? mergeMissing : replaceAll)(target, incoming, Date.UTC(2026, 10, 28))).rejects.toThrow();
        } finally {
          target.table(name).hook('creating').unsubscribe(fail);
        }
        expect(await fullDump(target)).toEqual(before);
      }),
      { numRuns: WRITE_RUNS },
    );
  }, 600_000);

  it(`never throws on ${RUNS} random and mutated files, names a known problem, and writes nothing`, async () => {
    const before = await fullDump(db);
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mutatedFile(), async (bytes) => {
        const read = await readBackup(bytes, PASS, { derive });
        const outcome = read.ok ? 'ok' : read.problem;
        seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
        // Only the unchanged file opens (a mutation may by chance give it back, e.g. two equal flips).
        if (read.ok) return sameBytes(bytes, file);
        return PROBLEMS.includes(read.problem);
      }),
      { numRuns: RUNS },
    );
    expect(await fullDump(db)).toEqual(before);
    // The mutations reach every check of the reader, not only the first.
    for (const problem of ['notOurs', 'truncated', 'altered', 'newerFormat', 'wrongPassphrase'] as const)
      expect(seen.get(problem) ?? 0).toBeGreaterThan(0);
  }, 600_000);

  it(`never throws on ${RUNS} mutated contents behind a valid tag (decode, upgrade, validate)`, async () => {
    const before = await fullDump(db);
    const seen = new Map<string, number>();
    const count = (outcome: string) => seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }), { freq: 4 }), fc.boolean(), async (pick, replacement, raw) => {
        let bytes: Uint8Array;
        if (raw) bytes = deflateSync(new TextEncoder().encode(JSON.stringify(replacement ?? null)));
        else {
          const copy = structuredClone(json);
          const all = places(copy);
          const [holder, key] = all[pick % all.length]!;
          if (replacement === null && !Array.isArray(holder)) delete holder[key as string];
          else (holder as Record<string | number, unknown>)[key] = replacement;
          bytes = deflateSync(new TextEncoder().encode(JSON.stringify(copy)));
        }
        const decoded = decodeContent(bytes);
        if (!decoded.ok) return count(decoded.problem) && PROBLEMS.includes(decoded.problem);
        const upgraded = await upgradeContent(decoded.value);
        if (!upgraded.ok) return count(upgraded.problem) && PROBLEMS.includes(upgraded.problem);
        const valid = await validateContent(upgraded.value);
        count(valid.ok ? 'ok' : valid.problem);
        return valid.ok || PROBLEMS.includes(valid.problem);
      }),
      { numRuns: RUNS },
    );
    expect(await fullDump(db)).toEqual(before);
    // (A newer schema version is rarely drawn; backup.test.ts covers it.)
    for (const outcome of ['ok', 'invalidContent', 'brokenChain']) expect(seen.get(outcome) ?? 0).toBeGreaterThan(0);
    // No throw-away upgrade database is left behind.
    expect((await indexedDB.databases()).filter((d) => d.name?.startsWith('tus-assistent-restore-'))).toEqual([]);
  }, 600_000);
});
