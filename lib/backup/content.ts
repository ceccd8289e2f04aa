// What a backup holds, as JSON: every table but the popup's step rows, the PDFs as base64 with
// their type, the schema version the rows were written at and when the file was made.
import { deflateSync, inflateSync } from 'fflate';
import * as v from 'valibot';
import { LATEST_VERSION, storesOf } from '../db/database';
import type { CycleRow, EventRow, SettingRow } from '../db/rows';
import type { Agreement, Correction, Employee, IkuVersion, Team, TeamPlanVersion } from '../domain/types';
import { ikuPdfBytes } from '../iku/pdf-bytes';
import { base64ToBytes, bytesToBase64 } from '../messaging/base64';
import { fail, type Outcome } from './problems';

/**
 * The tables a backup holds. `steps` is left out: each row is derived from its cycle's cache and
 * the settings (lib/db/step-rows.ts), so it is rebuilt on restore with the rules of the version
 * restoring it, never carried over stale from the version that made the file.
 */
export const BACKED_UP_TABLES = [
  'teams',
  'employees',
  'cycles',
  'events',
  'settings',
  'agreements',
  'ikus',
  'corrections',
  'teamPlans',
] as const;
export type TableName = (typeof BACKED_UP_TABLES)[number];
export const REBUILT_TABLES = ['steps'] as const;

export interface BackupTables {
  teams: Team[];
  employees: Employee[];
  cycles: CycleRow[];
  events: EventRow[];
  settings: SettingRow[];
  agreements: Agreement[];
  ikus: IkuVersion[];
  corrections: Correction[];
  teamPlans: TeamPlanVersion[];
}

/** The tables whose rows hold a PDF: an IKU's as bytes (a Blob from earlier builds), a team plan's as a Blob. */
const WITH_PDF = ['ikus', 'teamPlans'] as const;

export interface BackupContent {
  /** The database schema version the rows were written at. */
  schemaVersion: number;
  madeAt: number;
  tables: BackupTables;
  /**
   * Cycles whose logs were chained only on restoring (the file is from before the hash chain):
   * their chain proves nothing about what was written before. Not stored; the preview says it.
   */
  unchained?: number;
}

/** Rows as read from a file, PDFs made bytes (IKUs) or Blobs (team plans) again, not yet checked against the tables' schemas. */
export interface RawContent {
  schemaVersion: number;
  madeAt: number;
  tables: Partial<Record<TableName, Record<string, unknown>[]>>;
  unchained?: number;
}

const APP = 'tus-assistent';

/**
 * The JSON text, deflated. PDFs become `{ type, base64 }`, so the bytes come back exactly; an
 * IKU's bytes as `application/pdf`, the type its Blob had, so files from before and after read alike.
 */
export async function encodeContent(content: BackupContent): Promise<Uint8Array<ArrayBuffer>> {
  const encoded = async (rows: readonly Pick<IkuVersion, 'pdf'>[]) =>
    Promise.all(
      rows.map(async (row) => ({
        ...row,
        pdf: { type: ArrayBuffer.isView(row.pdf) ? 'application/pdf' : row.pdf.type, base64: bytesToBase64(await ikuPdfBytes(row)) },
      })),
    );
  const tables: Record<string, unknown> = { ...content.tables };
  // Only the tables the content has: an older version's (a test's) has no team plans.
  for (const name of WITH_PDF) if (content.tables[name]) tables[name] = await encoded(content.tables[name]);
  const json = JSON.stringify({ app: APP, schemaVersion: content.schemaVersion, madeAt: content.madeAt, tables });
  return new Uint8Array(deflateSync(new TextEncoder().encode(json), { level: 6 }));
}

const Envelope = v.strictObject({
  app: v.literal(APP),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  madeAt: v.pipe(v.number(), v.finite()),
  tables: v.record(v.string(), v.array(v.looseObject({}))),
});

const EncodedBlob = v.strictObject({ type: v.pipe(v.string(), v.maxLength(100)), base64: v.string() });

/** An encoded PDF: bytes for an IKU (restored as new builds store it), a Blob for a team plan. */
function toPdf(value: unknown, table: (typeof WITH_PDF)[number]): Uint8Array<ArrayBuffer> | Blob | null {
  const parsed = v.safeParse(EncodedBlob, value);
  if (!parsed.success) return null;
  try {
    const bytes = base64ToBytes(parsed.output.base64);
    return table === 'ikus' ? bytes : new Blob([bytes], { type: parsed.output.type });
  } catch {
    return null;
  }
}

function inflate(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflateSync(bytes));
  } catch {
    return null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The decrypted bytes as rows: inflated, parsed, the envelope checked, only tables that the file's
 * schema version had, the PDFs as bytes or Blobs (toPdf). Never throws. A schema version newer than this extension
 * knows is refused here: its rows cannot be read back correctly.
 */
export function decodeContent(bytes: Uint8Array): Outcome<RawContent> {
  const text = inflate(bytes);
  if (text === null) return fail('invalidContent', 'inflate');
  const parsed = v.safeParse(Envelope, parseJson(text));
  if (!parsed.success) return fail('invalidContent', 'envelope');
  const { schemaVersion, madeAt, tables } = parsed.output;
  if (schemaVersion > LATEST_VERSION) return fail('newerSchema', String(schemaVersion));
  const known = Object.keys(storesOf(schemaVersion));
  const out: RawContent['tables'] = {};
  for (const [name, rows] of Object.entries(tables)) {
    if (!known.includes(name) || !(BACKED_UP_TABLES as readonly string[]).includes(name)) return fail('invalidContent', `table ${name}`);
    if (!(WITH_PDF as readonly string[]).includes(name)) {
      out[name as TableName] = rows;
      continue;
    }
    const withPdf: Record<string, unknown>[] = [];
    for (const row of rows) {
      const pdf = toPdf(row.pdf, name as (typeof WITH_PDF)[number]);
      if (!pdf) return fail('invalidContent', 'pdf');
      withPdf.push({ ...row, pdf });
    }
    out[name as TableName] = withPdf;
  }
  return { ok: true, value: { schemaVersion, madeAt, tables: out } };
}
