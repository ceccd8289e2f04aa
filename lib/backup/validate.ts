// The whole file checked before anything is written: every row against its table's schema, keys
// unique, every row's cycle and team present, every PDF against its hash, every log against its chain.
import * as v from 'valibot';
import { CYCLE_MACHINE_VERSION } from '../../machines/machine-version';
import { integrityOf, sameIntegrity } from '../cycles/integrity';
import { replayLog, toCache } from '../cycles/replay';
import { verifyChain } from '../db/chain';
import { LATEST_VERSION } from '../db/database';
import type { ChainBreak, CycleRow, EventRow } from '../db/rows';
import { ikuPdfBytes } from '../iku/pdf-bytes';
import { type ErasedIds, isErased } from '../privacy/erased';
import { sha256Hex } from '../shared/hash';
import { BACKED_UP_TABLES, type BackupContent, type BackupTables, type RawContent, type TableName } from './content';
import { fail, type Outcome } from './problems';
import { ROW_SCHEMAS } from './schema';

/** Each table's primary key as one string. */
export const KEY_OF: { [K in TableName]: (row: BackupTables[K][number]) => string } = {
  teams: (r) => r.id,
  employees: (r) => r.id,
  cycles: (r) => r.id,
  events: (r) => `${r.cycleId}\u0000${r.seq}`,
  settings: (r) => r.key,
  agreements: (r) => r.id,
  ikus: (r) => r.id,
  corrections: (r) => r.id,
  teamPlans: (r) => r.id,
};

function parseTables(raw: RawContent): Outcome<BackupTables> {
  const tables: Partial<Record<TableName, unknown[]>> = {};
  for (const name of BACKED_UP_TABLES) {
    const rows = raw.tables[name];
    if (!rows) return fail('invalidContent', `${name} missing`);
    const out: unknown[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const parsed = v.safeParse(ROW_SCHEMAS[name], rows[i]);
      if (!parsed.success) return fail('invalidContent', `${name} #${i + 1}`);
      const key = (KEY_OF[name] as (r: unknown) => string)(parsed.output);
      if (keys.has(key)) return fail('invalidContent', `${name} #${i + 1} twice`);
      keys.add(key);
      out.push(parsed.output);
    }
    tables[name] = out;
  }
  return { ok: true, value: tables as BackupTables };
}

function missingReference(t: BackupTables): string | null {
  const teams = new Set(t.teams.map((r) => r.id));
  const cycles = new Set(t.cycles.map((r) => r.id));
  for (const r of t.employees) if (!teams.has(r.teamId)) return `employees ${r.id}`;
  for (const r of t.cycles) if (!teams.has(r.teamId)) return `cycles ${r.id}`;
  for (const name of ['events', 'agreements', 'ikus', 'corrections', 'teamPlans'] as const)
    for (const r of t[name]) if (!cycles.has(r.cycleId)) return `${name} ${r.cycleId}`;
  return null;
}

const sameBreaks = (a: readonly ChainBreak[], b: readonly ChainBreak[]) => {
  const key = (xs: readonly ChainBreak[]) =>
    JSON.stringify(
      xs
        .map((x) => [x.seq, x.kind])
        .sort((p, q) => (p[0] === q[0] ? String(p[1]).localeCompare(String(q[1])) : Number(p[0]) - Number(q[0]))),
    );
  return key(a) === key(b);
};

/**
 * The first cycle whose log does not verify, as "team, #seq". A break the cycle row already
 * records (found and kept in the database the file was made from) is carried over as it is:
 * refusing it would make the rest of the leader's data unrestorable, and hiding it is not ours to do.
 */
function brokenChain(t: BackupTables): string | null {
  const logs = new Map<string, EventRow[]>();
  for (const e of t.events) (logs.get(e.cycleId) ?? logs.set(e.cycleId, []).get(e.cycleId)!).push(e);
  const teamName = new Map(t.teams.map((r) => [r.id, r.name]));
  for (const c of t.cycles as CycleRow[]) {
    const rows = (logs.get(c.id) ?? []).sort((a, b) => a.seq - b.seq);
    // Every cycle with events has a head at this schema version (appendEvent and the v6 upgrade
    // write it). Without one, a log cut short at its end would verify: a `missing` break.
    if (rows.length > 0 && !c.head) return `${teamName.get(c.teamId) ?? c.teamId}, #${rows.at(-1)!.seq + 1}`;
    const verdict = verifyChain(rows, c.head ?? null);
    if (verdict.ok) continue;
    const recorded = c.integrity?.chain?.breaks;
    if (recorded && sameBreaks(recorded, verdict.breaks)) continue;
    return `${teamName.get(c.teamId) ?? c.teamId}, #${verdict.firstBadSeq}`;
  }
  return null;
}

/**
 * Each cycle's cache and refusal made again from its log, sorted and verified above: the file's
 * cache is only a speed-up, and loadCycle trusts a current one without replaying, so a cache
 * claiming a consent or an archive mark the log does not hold must never reach the database.
 * The step rows are then built from these caches.
 */
function replayedCycles(t: BackupTables, madeAt: number): CycleRow[] {
  const logs = new Map<string, EventRow[]>();
  for (const e of t.events) (logs.get(e.cycleId) ?? logs.set(e.cycleId, []).get(e.cycleId)!).push(e);
  return t.cycles.map((c) => {
    const rows = (logs.get(c.id) ?? []).sort((a, b) => a.seq - b.seq);
    const { snapshot, seq, refused } = replayLog(c.variant, rows);
    const before = c.integrity?.refused;
    const same = before && refused && before.seq === refused.seq && before.type === refused.type;
    const status = refused ? { ...refused, machineVersion: CYCLE_MACHINE_VERSION, detectedAt: same ? before.detectedAt : madeAt } : null;
    const integrity = integrityOf(c.integrity?.chain ?? null, status);
    const next: CycleRow = { ...c, cache: toCache(snapshot, seq) };
    // A row without integrity keeps none, so a restored row equals the one backed up.
    if (!sameIntegrity(c.integrity, integrity)) next.integrity = integrity;
    return next;
  });
}

async function badPdf(t: BackupTables): Promise<string | null> {
  for (const r of t.ikus) if ((await sha256Hex(await ikuPdfBytes(r))) !== r.pdfSha256) return `ikus ${r.id}`;
  for (const r of t.teamPlans) if ((await sha256Hex(new Uint8Array(await r.pdf.arrayBuffer()))) !== r.hash) return `teamPlans ${r.id}`;
  return null;
}

/** Rows at the latest schema version, checked whole; the content to write, or what is wrong. Never throws. */
export async function validateContent(raw: RawContent): Promise<Outcome<BackupContent>> {
  if (raw.schemaVersion !== LATEST_VERSION) return fail('invalidContent', `version ${raw.schemaVersion}`);
  const parsed = parseTables(raw);
  if (!parsed.ok) return parsed;
  const tables = parsed.value;
  const reference = missingReference(tables);
  if (reference) return fail('invalidContent', reference);
  const pdf = await badPdf(tables);
  if (pdf) return fail('invalidContent', pdf);
  const chain = brokenChain(tables);
  if (chain) return fail('brokenChain', chain);
  let cycles: CycleRow[];
  try {
    cycles = replayedCycles(tables, raw.madeAt);
  } catch {
    // A payload the machine's guards cannot read (a field of the wrong type) throws in the replay.
    return fail('invalidContent', 'replay');
  }
  const value: BackupContent = { schemaVersion: raw.schemaVersion, madeAt: raw.madeAt, tables: { ...tables, cycles } };
  if (raw.unchained) value.unchained = raw.unchained;
  return { ok: true, value };
}

/** How many of the file's employees and cycles were erased here after it was made. */
export interface ErasedCounts {
  employees: number;
  cycles: number;
}

export function erasedInFile(content: Pick<BackupContent, 'tables'>, erased: ErasedIds): ErasedCounts {
  const is = isErased(erased);
  return {
    employees: content.tables.employees.filter((e) => is.employee(e.id)).length,
    cycles: content.tables.cycles.filter((c) => is.cycle(c.id)).length,
  };
}

export interface BackupPreview {
  madeAt: number;
  schemaVersion: number;
  counts: Record<TableName, number>;
  teams: string[];
  /** Erased here since the file was made: a restore erases them again (see restore.ts). */
  erased: ErasedCounts;
  /** Cycles from a version before the hash chain, chained only now (upgrade.ts). */
  unchained: number;
}

export const previewOf = (content: BackupContent, erased: ErasedIds = { employees: [], cycles: [] }): BackupPreview => ({
  madeAt: content.madeAt,
  schemaVersion: content.schemaVersion,
  erased: erasedInFile(content, erased),
  unchained: content.unchained ?? 0,
  counts: Object.fromEntries(BACKED_UP_TABLES.map((name) => [name, content.tables[name].length])) as Record<TableName, number>,
  teams: content.tables.teams.map((t) => t.name).sort((a, b) => a.localeCompare(b, 'da')),
});
