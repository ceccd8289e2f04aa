// The whole file checked before anything is written: every row against its table's schema, keys
// unique, every row's cycle and team present, every PDF against its hash, every log against its chain.
import * as v from 'valibot';
import { verifyChain } from '../db/chain';
import { LATEST_VERSION } from '../db/database';
import type { ChainBreak, CycleRow, EventRow } from '../db/rows';
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
  for (const name of ['events', 'agreements', 'ikus', 'corrections'] as const)
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
    const verdict = verifyChain(rows, c.head ?? null);
    if (verdict.ok) continue;
    const recorded = c.integrity?.chain?.breaks;
    if (recorded && sameBreaks(recorded, verdict.breaks)) continue;
    return `${teamName.get(c.teamId) ?? c.teamId}, #${verdict.firstBadSeq}`;
  }
  return null;
}

async function badPdf(t: BackupTables): Promise<string | null> {
  for (const r of t.ikus) if ((await sha256Hex(new Uint8Array(await r.pdf.arrayBuffer()))) !== r.pdfSha256) return `ikus ${r.id}`;
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
  return { ok: true, value: { schemaVersion: raw.schemaVersion, madeAt: raw.madeAt, tables } };
}

export interface BackupPreview {
  madeAt: number;
  schemaVersion: number;
  counts: Record<TableName, number>;
  teams: string[];
}

export const previewOf = (content: BackupContent): BackupPreview => ({
  madeAt: content.madeAt,
  schemaVersion: content.schemaVersion,
  counts: Object.fromEntries(BACKED_UP_TABLES.map((name) => [name, content.tables[name].length])) as Record<TableName, number>,
  teams: content.tables.teams.map((t) => t.name).sort((a, b) => a.localeCompare(b, 'da')),
});
